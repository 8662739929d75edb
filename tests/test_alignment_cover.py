"""Alignment reads inflections as one word, and a paraphrase score needs the source sentence to
hold a fair share of the sentence's words (issues 22 and 24)."""

from __future__ import annotations

from pairs import pair

from corpus_tools import from_records
from corpus_tools.reuse.alignment import ReuseOptions, align_sentences, body_sentences
from corpus_tools.reuse.matching import covers, match
from corpus_tools.reuse.similarity import lemma, sentence_words

# an invented court wire story
WIRE = (
    "Counsel Ann Reed told the court the bakery owners had sold stale bread to three schools. "
    "She said the owners were warned twice by council inspectors last spring. "
    "Defence counsel John Marsh would argue that there was no real evidence to implicate the owners "
    "in the offences alleged."
)


def _align(version: str, options: ReuseOptions | None = None):
    corpus = pair(WIRE, version)
    return align_sentences(corpus, source="src", options=options)


def test_a_long_sentence_sharing_a_few_words_with_a_short_one_is_not_its_rewrite():
    # the second sentence is the prosecution's point about the law; it shares only "evidence",
    # "offences alleged" with the defence's sentence 2 (METER pinochet: the Times's "no need to
    # furnish the court with evidence" aligned to Nicholls' "no real evidence to implicate")
    version = (
        "Ann Reed told the court the bakery owners had sold stale bread to three schools. "
        "She went on to say that under the 1990 Food Act there was no need to furnish the court with "
        "evidence of the offences alleged, merely to show the owners were accused of offences punishable "
        "by a year in prison."
    )
    a = _align(version)
    assert a["source_sent_ids"].tolist() == [(0,), ()]
    # with no floor on the share of its words, the score beside an aligned sentence took it
    loose = _align(version, ReuseOptions(min_score_cover=0.0))
    assert loose["source_sent_ids"].tolist() == [(0,), (2,)]


def test_inflections_meet_in_alignment():
    # "warning", "inspector", "owner" against "warned", "inspectors", "owners": one rewrite
    a = _align("The owner got two warnings from a council inspector in the spring.")
    assert (a["source_sent_ids"].item(), a["reuse_class"].item()) == ((1,), "rewritten")


def test_lemma_keys_leave_names_numbers_and_stop_words():
    w = sentence_words("Mr Jones denied the three charges in 1999".split(), lemmas=True)
    assert w.keys == ("mr", "jon", "deny", "the", "three", "charg", "in", "1999")
    assert (sorted(w.names), sorted(w.numbers)) == (["jon", "mr"], ["1999", "3"])
    # a lemma that would be a stop word keeps the word ("note" is not "not")
    assert [lemma(k) for k in ("note", "notes", "warnings")] == ["note", "notes", "warn"]


def test_a_sign_off_aligns_to_the_closing_line_on_the_same_proceedings():
    # "hearing" is read as "hear", a verb of saying: the sign-off still meets the closing line
    closing = "The hearing, expected to last five days, was adjourned until tomorrow."
    corpus = from_records(
        [
            {"doc_id": "src", "text": f"{WIRE} {closing}"},
            {"doc_id": "v", "text": "The hearing continues. They were committed. The case continues."},
        ]
    )
    a = align_sentences(corpus, source="src")
    assert a["source_sent_ids"].tolist() == [(3,), (), ()]


def test_coverage_is_read_on_every_source_sentence_a_sentence_is_fused_from():
    # the law from sentence 1, the act from sentence 2: together they hold most of its words
    source = (
        "Since the war, a string of food safety laws had widened the duties of bakers towards children. "
        "Under the 1990 Food Act, which Parliament passed after a scandal, councils could prosecute a baker."
    )
    version = (
        "She explained that since the war food safety law had widened and under the 1990 Food Act, "
        "passed by Parliament after a scandal, councils had power to prosecute bakers who harmed children."
    )
    corpus = pair(source, version)
    sents = body_sentences(corpus)
    t = sents["v"][0]
    law, act = (match(s, t, {}, ReuseOptions()) for s in sents["src"])
    # of its 17 evidence words, 7 are in the first, 9 in the second, 14 in the two
    assert (covers(t, [law], 0.6), covers(t, [act], 0.6), covers(t, [law, act], 0.6)) == (False, False, True)
    assert align_sentences(corpus, source="src")["source_sent_ids"].item() == (0, 1)
