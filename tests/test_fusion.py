"""Fused sentences aligned to every source sentence they take from; stock phrases are no evidence."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.reuse.alignment import ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse.fusion import fuse, phrase_positions, sentence_words_, stock_words

# an invented court report and a paper's version of it
WIRE = (
    "A 41-year-old baker appeared in court today charged with selling stale bread to a primary school. "
    "Tom Hardy, of Mill Lane, Leeds, denies the charge and says the loaves were fresh. "
    "He was represented by solicitor Ann Cole at the hearing at Leeds Magistrates Court. "
    "The case was adjourned until May 3 and Hardy was granted unconditional bail. "
    "The school's head teacher said the children had fallen ill after lunch."
)
PAPER = (
    # wire sentences 0 and 1 fused: the charge from the lead, the name and address from the next
    "Tom Hardy, 41, of Mill Lane, Leeds, denies selling stale bread to a primary school. "
    # no single wire sentence explains it: 2 and 3 together do
    "He was remanded on bail by Leeds Magistrates Court until May 3. "
    "His wife runs a flower shop in the town centre."
)


def _pair(source: str, version: str):
    corpus = pair(source, version)
    return corpus, align_sentences(corpus, source="src")


def test_a_fused_sentence_is_aligned_to_both_source_sentences():
    corpus, a = _pair(WIRE, PAPER)
    assert a["source_sent_ids"].tolist() == [(0, 1), (2, 3), ()]
    assert a["reuse_class"].tolist() == ["rewritten", "rewritten", "new"]
    assert a["source_doc_id"].tolist() == ["src", "src", "src"]
    cov = source_coverage(corpus, source="src", alignment=a)
    assert cov.set_index("source_sent_id")["status"].to_dict() == {
        0: "rewritten",
        1: "rewritten",
        2: "rewritten",
        3: "rewritten",
        4: "dropped",
    }


def test_fusion_thresholds_are_options():
    # a further sentence must bring more words than the fused one shares: nothing joins
    _, a = _pair(WIRE, PAPER.split(". ")[0] + ".")
    assert a["source_sent_ids"].item() == (0, 1)
    corpus = pair(WIRE, PAPER)
    strict = align_sentences(
        corpus,
        source="src",
        options=ReuseOptions(min_fused_words=20, min_fused_cover=1.0, min_fused_cover_beside=1.0),
    )
    assert strict["source_sent_ids"].tolist() == [(0,), (), ()]


def test_fuse_picks_the_sentences_that_bring_words_the_first_lacks():
    target = sentence_words_("He was remanded on bail by Horseferry Road magistrates until August 31.")
    sources = [
        ("a", sentence_words_("He was represented at Horseferry Road Magistrates Court.")),
        ("b", sentence_words_("The weather was fine in London.")),
        ("c", sentence_words_("The hearing was adjourned until August 31 and he was granted bail.")),
    ]
    assert fuse(target, sources) == [0, 2]
    assert fuse(target, sources, min_words=4) == []


@pytest.mark.parametrize(
    "source,version,aligned",
    [
        # a new quotation that shares only stock phrases with a source quotation: not reuse
        (
            '"We expect a decision by the end of the month," the club said in a statement.',
            '"I will fight this until the end of the season," he said in a statement.',
            (),
        ),
        # the same shape sharing what was said ("the verdict of the appeal"): reuse
        (
            '"We expect a decision after the verdict of the appeal," the club said in a statement.',
            '"I will fight this until the verdict of the appeal," he said in a statement.',
            (0,),
        ),
        # the same words: verbatim, stock phrases or not
        ("It was the end of the day.", "It was the end of the day.", (0,)),
    ],
)
def test_a_match_on_stock_phrases_alone_is_no_alignment(source, version, aligned):
    _, a = _pair(source, version)
    assert a["source_sent_ids"].item() == aligned


def test_stock_words_and_phrase_positions():
    # "statement" is also used outside the stock phrase: it stays evidence
    assert stock_words("he said in a statement that the statement was false".split()) == {"said", "in", "a"}
    assert stock_words("he said in a statement".split()) == {"said", "in", "a", "statement"}
    t = sentence_words_("Mr Hardy is on unconditional bail until the end of the month")
    s = sentence_words_("Mr Hardy was granted unconditional bail at the end of the hearing")
    # "Mr" is a title and "end" stands only in a stock phrase: neither is evidence
    assert sorted(t.keys[p] for p in phrase_positions(t, s)) == ["bail", "hardy", "unconditional"]


def test_a_new_sentence_sharing_only_who_and_where_with_two_source_sentences_stays_new():
    wire = (
        "Three locals of the Steelworkers union rejected a tentative contract, a union representative said. "
        "The strike caused Harbor Metals to declare force majeure."
    )
    # "Harbor Metals" from one, "three locals" from the other: what happened (no meeting) is new
    _, a = _pair(wire, "Harbor Metals said it had no meeting scheduled with the other three locals.")
    assert a["source_sent_ids"].item() == ()
