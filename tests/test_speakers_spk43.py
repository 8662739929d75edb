"""Who speaks, shapes left on round 20's tuning stories (``benchmarks/claims_tune20.md``, branch
spk43). Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a tabloid's epithet for the man named the sentence before: "The brute" was a second speaker
        (
            "Derek Farrow, 48, was jailed for eight years at Leeds Crown Court for plotting to kill "
            "his brother.\nAs well as his shops, Farrow ran a car wash in Selby.\n"
            "The brute estimated his wealth at about two million pounds, telling the court: "
            "'I am a rich man.'\n",
            [["Derek Farrow", "person", 2]],
        ),
        # the epithet is the man named just before, not the one on trial
        (
            "Derek Farrow, 48, was jailed for eight years at Leeds Crown Court.\n"
            "He hired Tom Pike, a former stage magician known as Zippo, to do the killing. But Pike "
            "went to the police a week before.\nThe fiend, who is now in hiding, said: 'I never meant "
            "to hurt anyone.'\n",
            [["Tom Pike", "person", 1]],
        ),
    ],
)
def test_an_epithet_is_the_man_named_before(text, rows):
    assert speaker_rows(text) == rows


def test_an_epithet_with_no_one_named_before_stays_a_description():
    text = "A shop in Selby was robbed last night.\nThe thug told the owner: 'Open the till.'\n"
    assert speaker_rows(text) == [["The thug", "anonymous", 1]]


def test_an_epithet_looks_back_one_sentence_only():
    # the man named two sentences before is no reading of "The thug": it stays a description
    text = (
        "Derek Farrow, 48, was jailed for eight years at Leeds Crown Court.\n"
        "A shop in Selby was robbed a week later.\nThe thug told the owner: 'Open the till.'\n"
    )
    assert speaker_rows(text) == [["The thug", "anonymous", 1]]
