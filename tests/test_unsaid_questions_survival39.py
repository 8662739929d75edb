"""A question left unanswered is no statement (round 39, branch survival39, ``benchmarks/survival39.md``;
the read series' 10138+10195: "other proponents ... did not say how much the broad approach would
cost" made a speaker kept by the next story). Invented text of the same shape; the behaviour test
fails on the base ``8086ed1``; the guard passes on both."""

from __future__ import annotations

from pairs import speaker_rows

_BUYDOWN = (
    "The Senate farm panel heard proposals today for a broad cut in farm loan interest rates.\n"
    "    Senator Ann Kerr said a buydown of interest rates for all farm borrowers would save family\n"
    "farms.\n"
    "    However, Kerr and other backers of a broad interest rate buydown did not say how much the\n"
    "plan would cost.\n"
)


def test_those_who_did_not_say_how_much_are_no_speakers():
    assert speaker_rows(_BUYDOWN) == [["Senator Ann Kerr", "person", 1]]


# a guard (passes on both): the company speaks; what it does not know is its statement
_PLANT = "Acme Steel Corp said it did not know when its Gary plant would reopen after the fire.\n"


def test_a_statement_of_not_knowing_stays():
    assert [row[0] for row in speaker_rows(_PLANT)] == ["Acme Steel"]
