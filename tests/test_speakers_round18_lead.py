"""A speaker aside in a relative clause is not what a later pronoun stands for (issue #22, round 18).

On the merged main of round 18, tune18's rule (the agent of "who was described by X as" speaks the
description) gave X the next sentence's "He told the jury" and the statements after it, though the
sentence is about the man described. Invented text of the same shape.
"""

from __future__ import annotations

import pytest

import corpus_tools as ct

SOURCE = (
    "Tom Baker, a baker from Hull, is suing the Daily Courier for libel over an article about his shop. "
    "He told the jury he had never gambled."
)
VERSION = (
    "Tom Baker is suing the Courier. The 41-year-old baker, who was described by his barrister, "
    "John Hale, QC, as a man with a 'fine record', said his upbringing had put him off gambling. "
    "He told the jury he had grown up in Hull. "
    "'I saw what it did to my family,' he said."
)


@pytest.fixture(scope="module")
def rows():
    corpus = ct.from_records(
        [
            {"doc_id": "wire", "text": SOURCE, "outlet": "Wire", "role": "source"},
            {"doc_id": "paper", "text": VERSION, "outlet": "Paper"},
        ]
    )
    frame = ct.analyze(corpus).attributions
    return frame[frame.doc_id == "paper"].reset_index(drop=True)


def test_the_barrister_speaks_his_description(rows):
    described = rows[rows.cue == "was described"]
    assert list(described.speaker_label) == ["his barrister, John Hale"]


def test_the_pronouns_after_are_the_man_described(rows):
    said = rows[rows.cue == "said"].speaker_label.tolist()
    told = rows[rows.cue == "told the jury"].speaker_label.tolist()
    assert told == [said[0]]
    assert said[-1] == said[0]
    assert "John Hale" not in " ".join(told + said)
