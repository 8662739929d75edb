"""The false fact kinds of round 45's update series across a day's gap
(benchmarks/family_round45.md), each on invented text: a fraction written with a hyphen ("8-1/4
pct") and its decimal ("8.25 pct") one amount; a date ending in a year read as a range's first day
("June 1, 1995 and 3 shares": no "June 3"); a first name and its short form ("Tom Reed" / "Tomas
Reed") one person; a ministry under its country's adjective held by the ministry's name; a surname
written first ("Lin" after "Lin Wei-ming") one person; a department written subject first held
by its initials after a country's ("Fisheries Department" / "USDF"); a bare amount before "or" and
an amount with a unit ("4.15 or 3.95 dlrs") the amount with that unit."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.date_facts import dates
from corpus_tools.variants.facts import facts

_BONDS = "Tarn Mining Corp said holders of 80 pct of its"


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # a fraction with a hyphen and its decimal: one amount, no row
        (f"{_BONDS} 8-1/4 pct notes will tender. It will pay the 8.25 pct notes in cash.",
         f"{_BONDS} 8-1/4 pct notes will tender.", []),
        # guard: another amount is cut
        (f"{_BONDS} 8-1/4 pct notes will tender. It will pay the 8.30 pct notes in cash.",
         f"{_BONDS} 8-1/4 pct notes will tender.", [("number", "cut", "8.30 pct")]),
    ],
)  # fmt: skip
def test_a_hyphenated_fraction_and_its_decimal(parent, child, expected):
    assert fact_rows(parent, child) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date ending in a year: the number after "and" counts something else
        ("It offers notes due June 1, 1995 and 3 shares for each bond.", ["June 1, 1995"]),
        # a range of two days of one month stays a range
        ("The talks will be held between June 1 and 3, officials said.", ["June 1", "June 3"]),
    ],
)
def test_a_range_ends_only_after_a_day(sentence, expected):
    assert [text for _, _, text, _ in dates(sentence)] == expected


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # a first name and its short form, the same surname: one person, no row
        ("Farm official Tom Reed said the loan rate should stay at 3.10 dlrs.",
         "Farm official Tomas Reed said this week the loan rate should stay at 3.10 dlrs.", []),
        # guard: two first names, neither the other's start, are two people
        ("Farm official Tom Reed said the loan rate should stay at 3.10 dlrs.",
         "Farm official Ted Reed said the loan rate should stay at 3.10 dlrs.",
         [("name", "cut", "Tom Reed"), ("name", "added", "Ted Reed")]),
        # a ministry under its country's adjective, the ministry's name in the other text: no row
        ("A Ministry of Fisheries spokesman denied the report, officials in Oslo said.",
         "A Norwegian Ministry of Fisheries official denied the report, officials in Oslo said.", []),
        # guard: a ministry the other text does not name
        ("A spokesman denied the report, officials in Oslo said.",
         "A Norwegian Ministry of Fisheries official denied the report, officials in Oslo said.",
         [("name", "added", "Norwegian Ministry of Fisheries")]),
        # a department written subject first, its initials after a country's in the other text: no row
        ("The USDF said the loan rate should stay at 3.10 dlrs.",
         "A senior Fisheries Department official said the USDF loan rate should stay at 3.10 dlrs.", []),
        # guard: initials of another department
        ("The USDA said the loan rate should stay at 3.10 dlrs.",
         "A senior Fisheries Department official said the USDA loan rate should stay at 3.10 dlrs.",
         [("name", "added", "Fisheries Department")]),
        # a surname written first, after the full name: one person, one row
        ("About 30 deputies asked the bank to sell its gold.",
         "Bank governor Lin Wei-ming defended the bank. About 30 deputies asked the bank to sell its gold."
         " Lin said the gold was safe.",
         [("name", "added", "Lin Wei-ming")]),
        # guard: a first name alone after a Western full name is no surname written first
        ("About 30 deputies asked the bank to sell its gold.",
         "Bank governor Karl Brandt defended the bank. About 30 deputies asked the bank to sell its gold."
         " Karl said the gold was safe.",
         [("name", "added", "Karl Brandt"), ("name", "added", "Karl")]),
    ],
)  # fmt: skip
def test_the_name_rows_of_an_edge(parent, child, expected):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare amount before "or" and an amount with a unit: the amount in that unit
        ("He would back a loan of 4.15 or 3.95 dlrs.", ["4.15dlrs", "3.95dlrs"]),
        ("Output may rise 2.5 or 3.1 pct this year.", ["2.5pct", "3.1pct"]),
        # guard: a count before "or" and a number with a unit after "and" of another thing
        ("It has 12 ships and 3.95 dlrs of credit.", ["12", "3.95dlrs"]),
    ],
)
def test_an_amount_before_or_takes_the_unit_after_it(sentence, expected):
    assert [key for kind, _, key in facts(sentence) if kind == "number"] == expected


def test_the_second_amount_of_an_or_is_not_reported_twice():
    parent = "Aides said Congress may keep the loan rate."
    child = (
        "Aides said Congress may keep the loan rate at its 4.15 dlr basic rate."
        " He would back 4.15 or 3.95 dlrs."
    )
    assert [r for r in fact_rows(parent, child) if r[0] == "number"] == [
        ("number", "added", "4.15 dlr"),
        ("number", "added", "3.95 dlrs"),
    ]
