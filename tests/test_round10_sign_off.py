"""Issue 22, round 10: a paper's closing court formula ("The trial continues.") is new unless the
source sentence is itself a closing line; a witness's short sentence with "continued" is none
(benchmarks/claims.md, "Tenth round", R kind 3). Invented texts of the shape the audit found."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.fusion import is_closing_line, sentence_words_

# an invented court wire story whose one short sentence "continued" is a witness's
WIRE = (
    "A television presenter attacked a shopkeeper after a row over a red light, a court heard. "
    "The shopkeeper told the jury the presenter grabbed him by the collar of his coat. "
    "He continued to lift me up and down. "
    "The presenter denies assault causing actual bodily harm."
)


@pytest.mark.parametrize(
    "sign_off",
    ["The trial continues.", "The trial continues today.", "The case continues.", "The hearing resumes."],
)
def test_a_sign_off_is_new_against_a_witness_sentence_that_continued(sign_off):
    # before: aligned to "He continued to lift me up and down" (read as a closing line), rewritten
    corpus = from_records([{"doc_id": "src", "text": WIRE}, {"doc_id": "v", "text": sign_off}])
    a = align_sentences(corpus, source="src")
    assert (a["source_sent_ids"].item(), a["reuse_class"].item()) == ((), "new")


def test_a_sign_off_still_aligns_to_the_source_closing_line():
    corpus = from_records(
        [
            {"doc_id": "src", "text": f"{WIRE} The trial continues tomorrow."},
            {"doc_id": "v", "text": "The case continues."},
        ]
    )
    a = align_sentences(corpus, source="src")
    assert a["source_sent_ids"].item() == (4,)


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("he continued to lift me up and down", False),
        ("she resumed her evidence after lunch", False),
        ("the trial continues", True),
        ("the case was adjourned until thursday", True),
        ("the magistrates adjourned for reports", True),
        ("the trial which is expected to last a week continues tomorrow", True),
    ],
)
def test_a_closing_line_says_the_proceedings_go_on_or_were_adjourned(text, closing):
    # on the lemma keys alignment reads ("continued" -> "continue")
    assert is_closing_line(sentence_words_(text, lemmas=True).keys) is closing
