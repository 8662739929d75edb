"""The false fact kinds of round 41's update series across midnight (benchmarks/family_round41.md),
each on invented text: one body under two forms (another spelling of a word, a head noun in lower
case, a word inside), a person kept under a longer name (a middle name), a name broken at a
possessive ("People's Daily"), a place read out of a price unit ("Ruritanian/Tarnish cents") and a
ship's description ("U.S.-flagged Ruritanian") read as names."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts


def _facts(sentence: str) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text, _ in facts(sentence)]


def _names(parent: str, child: str) -> list[tuple[str, str, str]]:
    return [r for r in fact_rows(parent, child) if r[0] == "name"]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        # the British and the American spelling of one word, and the head noun in lower case
        ("Producers defend the role of the International Tin Organization Council in the review.",
         "The price is revised by an amount set by the International Tin Organisation council."),
        # another spelling alone, the head noun capitalised in both
        ("The Tarn Labour Board met on the plan.", "The plan went to the Tarn Labor Board."),
        ("The Ruritan Standardization Bureau met on the plan.",
         "The plan went to the Ruritan Standardisation Bureau."),
        # a word inside a body's name in one text only, the rest in another spelling
        ("Producers defend the role of the International Tin Organization Council in the review.",
         "The price is revised by an amount set by the International Refined Tin Organisation council."),
    ],
)  # fmt: skip
def test_one_body_under_two_forms_is_no_change(parent, child):
    assert _names(parent, child) == []


def test_a_body_under_another_head_noun_in_lower_case_is_still_a_change():
    rows = _names(
        "Producers defend the role of the International Tin Organization Council in the review.",
        "The price is revised by an amount set by the International Tin Organisation committee.",
    )
    assert ("name", "cut", "International Tin Organization Council") in rows


def test_a_body_of_three_words_with_another_word_inside_is_still_a_change():
    rows = _names("The Tarn Water Board met on the plan.", "The plan went to the Tarn Power Board.")
    assert ("name", "added", "Tarn Power Board") in rows


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("Opening the meeting, Salim al-Rashid, the minister of finance, said the plan was agreed.",
         "The minister of finance, Salim Hamad al-Rashid, said the plan was agreed."),
        ("Opening the meeting, Peter Brandt, the minister of finance, said the plan was agreed.",
         "The minister of finance, Peter Josef Brandt, said the plan was agreed."),
    ],
)  # fmt: skip
def test_a_person_under_a_longer_name_is_no_change(parent, child):
    assert _names(parent, child) == []


def test_a_longer_name_whose_first_and_last_words_are_apart_in_the_other_text_is_a_change():
    rows = _names("Peter Weber and Anna Brandt met the press.", "Peter Josef Brandt met the press.")
    assert ("name", "added", "Peter Josef Brandt") in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank's capital rose, the official People's Daily reported.", [("name", "People's Daily")]),
        ("The Workers' Party of Ruritania met.", [("name", "Workers' Party of Ruritania")]),
        ("The Children's Hospital in Tarnville opened.",
         [("name", "Children's Hospital"), ("name", "Tarnville")]),
        # a possessive of a name still splits it: the owner and the thing owned
        ("Ruritan's Tarn smelter closed.", [("name", "Ruritan"), ("name", "Tarn")]),
    ],
)  # fmt: skip
def test_a_possessive_of_people_starts_one_name(sentence, expected):
    assert _facts(sentence) == expected


def test_a_newspaper_new_in_the_child_is_one_name_added():
    rows = _names(
        "The bank raised its capital to five billion yuan, the news agency said.",
        "The bank raised its capital to five billion yuan, the official People's Daily said.",
    )
    assert rows == [("name", "added", "People's Daily")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The floor price is 150 Ruritanian/Tarnland cents a kilo.", [("number", "150")]),
        ("It was set at 201 Tarnland/Ruritania cents.", [("number", "201")]),
        ("It trades at 40 U.S./Canadian dollars.", [("number", "40")]),
        # a place beside a slash with no currency after it stays a place
        ("Flights on the Tarnland/Ruritania route rose.", [("name", "Tarnland"), ("name", "Ruritania")]),
    ],
)  # fmt: skip
def test_a_place_in_a_price_unit_is_no_name(sentence, expected):
    assert _facts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A missile hit a U.S.-flagged Ruritanian tanker.", []),
        ("The Tarn-owned Ruritanian ship sailed.", []),
        # a demonym before a name is part of it
        ("The Ruritanian Tarn Co ship sailed.", [("name", "Ruritanian Tarn Co")]),
    ],
)  # fmt: skip
def test_a_description_of_flag_and_nationality_is_no_name(sentence, expected):
    assert _facts(sentence) == expected


# the missed months of round 41 found: a month written alone after a word that places an event in it


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plan was completed in January.", [("date", "January")]),
        ("The funds were allocated last December.", [("date", "December")]),
        ("They will resubmit it before July, when the ministers meet.", [("date", "July")]),
        # a day or a year after the month: the day, or the year alone
        ("They met on January 20.", [("date", "January 20")]),
        ("Sales rose in January 1987.", [("date", "1987")]),
        ("Output rose 0.8 pct in the quarter, after 0.7 pct in July/September.",
         [("number", "0.8 pct"), ("number", "0.7 pct")]),  # a quarter, no month
    ],
)  # fmt: skip
def test_a_month_alone_is_a_date(sentence, expected):
    assert _facts(sentence) == expected


def test_a_month_alone_cut_is_reported():
    rows = fact_rows(
        "Republicans protested at the budget, which was completed in January.",
        "Republicans protested at the budget.",
    )
    assert rows == [("date", "cut", "January")]


@pytest.mark.parametrize(
    "child",
    [
        "Republicans protested at the budget, completed on January 20.",
        "Republicans protested at the budget, completed on Jan 20.",
        "Republicans protested at the budget of January.",
    ],
)
def test_a_month_alone_the_other_text_writes_is_no_change(child):
    assert fact_rows("Republicans protested at the budget, which was completed in January.", child) == []
