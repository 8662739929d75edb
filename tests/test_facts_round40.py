"""The false fact kinds of round 40's update series across midnight (benchmarks/family_round40.md),
each on invented text: a name ending in a number split into a name and an amount ("Chapter 11", a
well's "1-20"), and a body broken at a lower-case "and" with a country's initials before it in one
text only ("U.S. House Ways and Means Trade Subcommittee")."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts
from corpus_tools.variants.name_spans import named_numbers


def _facts(sentence: str) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text, _ in facts(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a designator and its number are one name, no amount
        ("Ruritan Oil Co said a trustee will oversee its Chapter 11 proceedings.",
         [("name", "Ruritan Oil Co"), ("name", "Chapter 11")]),
        ("The firm filed a Form 10-Q under Section 301 rules.",
         [("name", "Form 10-Q"), ("name", "Section 301")]),
        ("Workers of Tinsel Local 412 voted.", [("name", "Tinsel Local 412")]),
        # a capitalised word and a code of numbers joined by a hyphen: a well's name
        ("It said the Halvorsen 3-14 well in Tarn County tested 200 barrels a day.",
         [("name", "Halvorsen 3-14"), ("name", "Tarn County"), ("number", "200")]),
        # first in its sentence: the name stays whole, though the text writes "chapter" in lower case
        ("Chapter 11 filings rose in the last chapter of the year.", [("name", "Chapter 11")]),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_number_is_one_name(sentence, expected):
    assert _facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an amount after a name stays an amount: a unit, a figure's comma, no designator
        ("Exports to Ruritania rose 15 pct.", [("name", "Ruritania"), ("number", "15 pct")]),
        ("It sold Ruritania 200,000 tonnes.", [("name", "Ruritania"), ("number", "200,000")]),
        ("The plan was outlined by Treasury Secretary Tom Baker 18 months ago.",
         [("name", "Treasury Secretary Tom Baker"), ("number", "18")]),
        # a code after a month is a span of days, after a stop word a range
        ("Shipment is for May 15-30.", [("date", "May 15"), ("date", "May 30")]),
        ("It expects Between 5-7 pct.", [("number", "5-7 pct")]),
    ],
)  # fmt: skip
def test_an_amount_after_a_name_stays_an_amount(sentence, expected):
    assert _facts(sentence) == expected


def test_named_numbers_are_read_after_designators_and_as_codes():
    assert named_numbers("under Chapter 11 of the code, the Nielsen 1-20 well, Italy 15 pct") == {
        14: 16,
        42: 46,
    }
    assert named_numbers("in 1985-86, Lyng 18 months ago, Rule 144A") == {37: 41}


def test_a_name_ending_in_a_number_new_in_the_child_is_reported_whole():
    rows = fact_rows(
        "Ruritan Oil Co said the court will name a trustee. It said a new well tested 200 barrels a day.",
        "Ruritan Oil Co said the court will name a trustee for its Chapter 11 proceedings. It said "
        "the Halvorsen 3-14 well tested 200 barrels a day.",
    )
    assert ("name", "added", "Chapter 11") in rows
    assert ("name", "added", "Halvorsen 3-14") in rows
    for false in [("name", "added", "Chapter"), ("number", "added", "11"), ("name", "added", "Halvorsen"),
                  ("number", "added", "3-14")]:  # fmt: skip
        assert false not in rows


def test_a_subcommittee_ends_a_body_joined_over_and():
    assert _facts("The House Roads and Bridges Transport Subcommittee approved the bill.") == [
        ("name", "House Roads and Bridges Transport Subcommittee")
    ]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("The House Roads and Bridges Transport Subcommittee approved the bill.",
         "The U.S. House Roads and Bridges Transport Subcommittee approved the bill."),
        # a country's initials before a name the other text holds, whatever its last word
        ("Officials of the Port Works and the Town Hall met.",
         "Officials of the U.K. Port Works and the Town Hall met."),
    ],
)  # fmt: skip
def test_a_name_with_a_country_initials_in_one_text_only_is_held(parent, child):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == []


def test_a_body_and_its_subcommittee_are_two_bodies():
    rows = fact_rows(
        "The Roads and Transport Subcommittee on Ports approved the plan. It was sent to the full Roads "
        "and Transport Committee.",
        "The Roads and Transport Subcommittee on Ports approved the plan.",
    )
    assert ("name", "cut", "Roads and Transport Committee") in rows


# the missed facts of round 40 found: a place before "-based", a part of a month


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Tarnville-based maker of tools agreed.", [("name", "Tarnville")]),
        ("A New Tarn-based firm and a U.K.-based bank.", [("name", "New Tarn"), ("name", "U.K.")]),
        ("The full House takes up the bill in late April.", [("name", "House"), ("date", "late April")]),
        ("Talks resume in mid-June.", [("date", "mid-June")]),
        ("Talks resume in early March 3.", [("date", "March 3")]),  # the day, not the part of the month
    ],
)  # fmt: skip
def test_a_home_before_based_and_a_part_of_a_month_are_facts(sentence, expected):
    assert _facts(sentence) == expected


def test_a_home_and_a_part_of_a_month_cut_are_reported():
    rows = fact_rows(
        "The Tarnville-based maker of tools will vote. The full House takes up the bill in late April.",
        "The maker of tools will vote. The full House takes up the bill.",
    )
    assert ("name", "cut", "Tarnville") in rows
    assert ("date", "cut", "late April") in rows


def test_a_part_of_a_month_kept_is_no_change():
    assert fact_rows("The House votes in mid-June.", "The full House votes in mid June.") == []


def test_a_price_range_in_a_table_row_in_capitals_stays_a_range():
    assert named_numbers("BOTTOM ROUND 18-25 and the Halvorsen 3-14 well") == {37: 41}
