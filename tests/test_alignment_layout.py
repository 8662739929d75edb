"""Layout is no evidence of reuse: a transcript's speaker labels ("MR HAMILTON:") align to nothing."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.reuse.alignment import align_sentences, speaker_label
from corpus_tools.text.sentences import word_tokens

# an invented libel trial: the wire reports an answer under the speaker's name, a paper prints
# the cross-examination as a transcript
WIRE = (
    "Mr Carman asked the former minister about the gift vouchers from the Harrods boss. "
    'Mr Hamilton: "True." The judge adjourned the libel hearing until Monday.'
)
TRANSCRIPT = (
    "The former minister was asked about the vouchers.\n\nMR CARMAN: Did you take the gift vouchers?\n\n"
    "MR HAMILTON:\n\nI cannot recall the date.\n\n"
    "HAMILTON: The judge adjourned the libel hearing until Monday."
)


def test_a_transcript_speaker_label_aligns_to_nothing():
    corpus = from_records([{"doc_id": "wire", "text": WIRE}, {"doc_id": "paper", "text": TRANSCRIPT}])
    a = align_sentences(corpus, source="wire")
    assert a[["text", "source_sent_ids", "reuse_class"]].values.tolist() == [
        ["The former minister was asked about the vouchers.", (0,), "rewritten"],
        # rewritten to sentence 0 before round 20: the question in direct speech holds words the
        # wire's reported question does not ("Did you take"), sharing no run of four words with
        # it: the paper's own transcript (reuse/own_quotes.py)
        ["MR CARMAN: Did you take the gift vouchers?", (), "new"],
        # before: near verbatim to 'Mr Hamilton: "True."' on the name alone
        ["MR HAMILTON:", (), "new"],
        ["I cannot recall the date.", (), "new"],
        ["HAMILTON:", (), "new"],
        ["The judge adjourned the libel hearing until Monday.", (2,), "verbatim"],
    ]


def test_a_label_in_the_source_is_no_candidate():
    # the wire's own transcript label "MR HAMILTON:" is not the paper's line opening with the name
    # (the same words up to case: verbatim before)
    wire = "MR HAMILTON:\n\nThe gift vouchers were a present from the Harrods boss."
    corpus = from_records([{"doc_id": "wire", "text": wire}, {"doc_id": "paper", "text": "Mr Hamilton:"}])
    a = align_sentences(corpus, source="wire")
    assert a[["source_sent_ids", "reuse_class"]].values.tolist() == [[(), "new"]]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("MR HAMILTON: I am quite happy to abandon that.", 2),
        ("CARMAN: Are you abandoning that?", 1),
        ("Q: What does the judgment mean?", 1),
        ("NEIL Hamilton abandoned his claim.", 0),  # a headline's capitals, no colon
        ("Mr Hamilton: I am happy.", 0),  # a name in running text
        ("THE JURY WAS TOLD TODAY: guilty.", 0),  # longer than a label
        ("At 10:30 the court rose.", 0),
    ],
)
def test_speaker_label(text, n):
    assert speaker_label(word_tokens(text, body_only=False), text) == n
