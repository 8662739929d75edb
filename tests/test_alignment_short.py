"""Short sentences and court sign-offs: a match on one or two common words is no alignment (issue 22)."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools import from_records
from corpus_tools.reuse.alignment import ReuseOptions, align_sentences
from corpus_tools.reuse.fusion import is_court_formula

# an invented court wire story: long sentences sharing "the hearing", "committed" with the sign-offs
WIRE = (
    "The present hearing simply had to assess whether the offences alleged were crimes in both countries. "
    "Magistrate Ann Lowe said the two men were committed to the crown court after a long legal argument. "
    "Defence counsel John Reed said the bakery owners had never been warned by the council inspectors."
)


def _align(version: str, options: ReuseOptions | None = None):
    corpus = pair(WIRE, version)
    return align_sentences(corpus, source="src", options=options)


@pytest.mark.parametrize(
    ("version", "aligned"),
    [
        # a sign-off sharing "the hearing" with a long source sentence: new
        ("The hearing continues.", ()),
        ("The case continues.", ()),
        # a stock formula whose words a long source sentence holds in a run: still new
        ("They were committed.", ()),
        # a short sentence sharing a run of two of its words with one source sentence: kept
        ("The bakery owners complained.", (2,)),
        # a short sentence sharing two scattered words with a long sentence: new
        ("Inspectors warned owners.", ()),
    ],
)
def test_a_short_sentence_aligns_only_by_a_run_of_its_words(version, aligned):
    assert _align(version)["source_sent_ids"].item() == aligned


def test_a_verbatim_sign_off_is_still_verbatim():
    sign_off = "The hearing continues."
    corpus = from_records(
        [{"doc_id": "src", "text": f"{WIRE} {sign_off}"}, {"doc_id": "v", "text": sign_off}],
    )
    a = align_sentences(corpus, source="src")
    assert (a["source_sent_ids"].item(), a["reuse_class"].item()) == ((3,), "verbatim")


def test_a_sign_off_aligns_to_the_source_sign_off():
    corpus = from_records(
        [
            {"doc_id": "src", "text": f"{WIRE} The case was adjourned until Thursday at 10.30am."},
            {"doc_id": "v", "text": "The case continues. The hearing continues."},
        ]
    )
    a = align_sentences(corpus, source="src")
    # the sign-off is the source's sign-off reworded; the other shares only "the hearing" with sentence 0
    assert a["source_sent_ids"].tolist() == [(3,), ()]


def test_the_short_sentence_bound_is_an_option():
    # with the bound at 2 words, the 3-word formula is read as any sentence again: its words
    # "were committed" sit in a run of sentence 1
    a = _align("They were committed.", ReuseOptions(max_short_words=2))
    assert a["source_sent_ids"].item() == (1,)


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("the hearing continues", True),
        ("the case was adjourned", True),
        ("they were committed for trial", True),
        ("he denies the charges", True),
        ("the hearing heard from his wife", False),
        ("they were committed christians", False),
    ],
)
def test_court_formulas(text, formula):
    assert is_court_formula(text.split()) is formula
