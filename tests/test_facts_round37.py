"""The false fact kinds of round 37's update series across midnight (benchmarks/family_round37.md),
each on invented text: a legal form after a comma, a firm written in another form or case, a rank
before a name, a range's end in words, a programme without a word inside, and two facts missed."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts
from corpus_tools.variants.name_forms import held_as_firm


def _names(sentence: str) -> list[str]:
    return [text for kind, text, _ in facts(sentence) if kind == "name"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a company's legal form after a comma is part of the firm's name, no name of its own
        ("It owns 40 pct of the venture, Vargas Quimicos, C.A., with partners.", ["Vargas Quimicos"]),
        ("The unit of Tovar Holdings, N.V., Willemstad, sold it.", ["Tovar Holdings", "Willemstad"]),
        ("It bought Kessler Mills, Ltd, a small firm.", ["Kessler Mills"]),
        ("He met Banco Lirio, S.A. President Jorge Ruiz there.", ["Banco Lirio", "President Jorge Ruiz"]),
        # a state's code after a town, in capitals without dots, stays a name
        ("The plant is in Elko, NV and opens soon.", ["Elko", "NV"]),
        # a rank before a name with no title describes a person of it: the name is the body's
        ("Senior Marlbank executive Hugh Tarrant said so.", ["Marlbank", "Hugh Tarrant"]),
        ("Former Marlbank chairman Hugh Tarrant said so.", ["Marlbank", "Hugh Tarrant"]),
        # with a title after it, the rank is part of the title
        ("Senior Vice President Hugh Tarrant said so.", ["Senior Vice President Hugh Tarrant"]),
        # a possessive first word never written in lower case names its owner
        ("Norway's state-owned Statfund will invest 50 mln dlrs.", ["Norway", "Statfund"]),
        ("Company's profits rose, the company said.", []),
    ],
)
def test_names_round_37(sentence, expected):
    assert _names(sentence) == expected


def test_a_legal_form_after_a_comma_is_no_row():
    parent = "The joint company, Vargas Quimicos, C.A., will build the plant."
    assert fact_rows(parent, "Vargas Quimicos will build the plant, officials said.") == []


def test_a_legal_form_is_no_country_by_its_initials():
    # "S.A." of a firm does not hold "Saudi Arabia" as its initials
    parent = "Petroleos del Sur, S.A. will build a plant modelled on one in Saudi Arabia."
    rows = fact_rows(parent, "Petroleos del Sur, S.A. will build a plant.")
    assert rows == [("name", "cut", "Saudi Arabia")]


@pytest.mark.parametrize(
    "parent",
    [
        "Agip and pacific hills coal, a dorado subsidiary, formed a consortium.",
        "Agip and the dorado coal company formed a consortium.",
    ],
)
def test_a_firm_named_in_another_form_or_case_is_held(parent):
    assert fact_rows(parent, "Agip and Dorado Coal Co formed a consortium.") == []


def test_a_firm_is_held_only_beside_a_word_for_a_firm():
    assert held_as_firm("dorado coal co", "the dorado coal company said")
    assert not held_as_firm("dorado coal co", "dorado coal output fell, the ministry said")
    assert not held_as_firm("dorado coal", "the dorado coal company said")  # no firm's ending
    rows = fact_rows("Dorado coal output fell, the ministry said.", "Dorado Coal Co said output fell.")
    assert rows == [("name", "added", "Dorado Coal Co")]


def test_a_rank_before_a_name_is_no_part_of_it():
    parent = "Senior Marlbank executive Hugh Tarrant said the talks went well. Banks agreed."
    rows = fact_rows(parent, "Banks agreed, officials said.")
    assert rows == [("name", "cut", "Marlbank"), ("name", "cut", "Hugh Tarrant")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Enrollment will be seven to 12 mln acres.", [("seven to 12 mln", "7-12mln")]),
        ("Prices rose two to three pct.", [("two to three pct", "2-3pct")]),
        ("Duties fall by between five and 30 pct.", [("five and 30 pct", "5-30pct")]),
        # not a change ("from"), not a vote ("two to one": the low end first)
        ("It rose from two to three pct.", [("two", "2"), ("three pct", "3pct")]),
        ("They voted two to one.", [("two", "2")]),
    ],
)
def test_a_range_with_an_end_in_words_is_one_number(sentence, expected):
    assert [(t, k) for kind, t, k in facts(sentence) if kind == "number"] == expected


def test_a_range_end_in_words_is_no_row_of_its_own():
    parent = "Enrollment will be in the range of seven to 12 mln acres, officials said."
    rows = fact_rows(parent, "Enrollment was not known, officials said.")
    assert rows == [("number", "cut", "seven to 12 mln")]
    # one range written with two units: no row
    parent = "Duties fall by between five and 30 percentage points next year."
    assert fact_rows(parent, "Duties fall by between five and 30 pct next year.") == []


def test_a_programme_named_without_a_word_inside_is_held():
    parent = "Enrollment in the long-term soil program is high, officials said."
    assert fact_rows(parent, "Enrollment in the Soil Reserve Program is high, officials said.") == []
    rows = fact_rows(parent, "Enrollment in the Soil Reserve Program and the Water Bank is high.")
    assert rows == [("name", "added", "Water Bank")]


def test_a_possessive_first_word_is_a_fact():
    parent = "Norway's state-owned Statfund will invest 50 mln dlrs in the field."
    assert fact_rows(parent, "Statfund will invest 50 mln dlrs in the field.") == [("name", "cut", "Norway")]
