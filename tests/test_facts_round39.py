"""The false fact kinds of round 39's update series across midnight (benchmarks/family_round39.md),
each on invented text: a department under its initials and its full name, a firm's name cut to its
initials, an amount whose unit the wire misspelt, a name broken at a lower-case "for", an amount
without its fraction, one body reported twice with its country, one day under two day words."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts, number_keys


def _names(sentence: str) -> list[str]:
    return [text for kind, text, _ in facts(sentence) if kind == "name"]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("Rain would cut the barley crop, the USDA analyst said.",
         "A U.S. Department of Agriculture analyst said rain would cut the barley crop."),
        ("A U.S. Department of Agriculture analyst said rain would cut the barley crop.",
         "Rain would cut the barley crop, the USDA analyst said."),
        ("Oats will suffer, a UKDT official said.",
         "Oats will suffer, a U.K. Department of Trade official said."),
    ],
)  # fmt: skip
def test_a_department_under_its_initials_and_its_full_name_is_held(parent, child):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == []


def test_initials_with_a_country_prefix_do_not_hold_another_body():
    rows = fact_rows(
        "Rain would cut the barley crop, the USDA analyst said.",
        "A U.S. Department of Commerce analyst said rain would cut the barley crop.",
    )
    assert ("name", "cut", "USDA") in rows
    assert ("name", "added", "U.S. Department of Commerce") in rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a firm's or a person's initials stay with the name after them
        ('"It looks dry," said Ann Welk, forecaster for K.L. Mandrake said.', ["Ann Welk", "K.L. Mandrake"]),
        ("Growers sold to R.T. Fennimore last week.", ["R.T. Fennimore"]),
        # a country's initials before a word capitalised only there: the country alone, as before
        ("Imports of U.S. Corn have fallen due to sales from China.", ["U.S.", "China"]),
        ("U.K. Officials are studying the link.", ["U.K."]),
    ],
)  # fmt: skip
def test_initials_of_a_firm_stay_with_its_name(sentence, expected):
    assert _names(sentence) == expected


def test_a_firm_cut_is_not_reported_by_its_initials():
    rows = fact_rows(
        "Frost is likely, said Dana Welk, meteorologist for K.L. Mandrake. The crop is late.",
        "The crop is late.",
    )
    assert ("name", "cut", "K.L. Mandrake") in rows
    assert ("name", "cut", "K.L.") not in rows


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("Yesterday Ruritania agreed to reschedule some 243 miln dlrs due in 1988.",
         "Ruritania agreed yesterday to reschedule some 243 mln dlrs due in 1988."),
        ("Ruritania agreed yesterday to reschedule some 243 mln dlrs due in 1988.",
         "Yesterday Ruritania agreed to reschedule some 243 nln dlrs due in 1988."),
        ("The rate rose by 4.5 pvt in the year to May.", "The rate rose by 4.5 pct in the year to May."),
    ],
)  # fmt: skip
def test_an_amount_whose_unit_the_wire_misspelt_is_one_amount(parent, child):
    assert [r for r in fact_rows(parent, child) if r[0] == "number"] == []


def test_a_misspelt_unit_with_another_figure_is_still_a_change():
    rows = fact_rows(
        "Ruritania agreed to reschedule some 243 miln dlrs due in 1988.",
        "Ruritania agreed to reschedule some 250 mln dlrs due in 1988.",
    )
    assert [r for r in rows if r[0] == "number"] != []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Staff at the Centers for Disease Control tracked it.", ["Centers for Disease Control"]),
        ("He spoke at the Institutes for Advanced Study yesterday.", ["Institutes for Advanced Study"]),
        # not a plural word that heads no body, nor a day after "for"
        ("The Lakers for Boston won.", ["Lakers", "Boston"]),
        ("The Councils for Monday were cancelled.", ["Councils"]),
    ],
)  # fmt: skip
def test_a_body_with_a_plural_head_is_one_name_over_for(sentence, expected):
    assert _names(sentence) == expected


def test_a_name_broken_at_for_is_one_name_cut():
    rows = fact_rows(
        "Researchers at the Centers for Disease Control tracked the strain. Farms used the drug.",
        "Farms used the drug.",
    )
    names = [r for r in rows if r[0] == "name"]
    assert names == [("name", "cut", "Centers for Disease Control")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a grace period of eight and a half years", "8-1/2"),
        ("a grace period of 8 and a half years", "8-1/2"),
        ("over six and a quarter years", "6-1/4"),
        ("over 6-1/4 years", "6-1/4"),
    ],
)
def test_an_amount_with_its_fraction_in_words_is_one_number(text, key):
    assert key in number_keys(text.lower())
    assert [k for kind, _, k in facts(text) if kind == "number"] == [key]


def test_one_and_a_fraction_is_no_fact_as_one_is_not():
    # "one" is no number fact ("one of three locals"); nor is "one and a half" (round 29 read the
    # parent's "one and a half day strike" as the child's "today and tomorrow morning")
    assert [f for f in facts("Staff began a one and a half day strike.") if f[0] == "number"] == []
    assert "1-1/2" in number_keys("staff began a one and a half day strike.")


def test_an_amount_cut_with_its_fraction_is_reported_whole():
    rows = fact_rows(
        "The accord includes a grace period of eight and a half years. Rates fall.",
        "Rates fall.",
    )
    assert rows == [("number", "cut", "eight and a half")]
    # the same amount in figures in the other text is no change
    assert fact_rows("A grace period of eight and a half years.", "A grace period of 8-1/2 years.") == []


def test_one_body_with_and_without_its_country_is_one_row():
    rows = fact_rows(
        "Farms used the drug to speed growth.",
        "U.K. Officials are studying the link, a Ministry of Fisheries official said. Farms used the "
        "drug to speed growth. The U.K. Ministry of Fisheries is working with the Public Health Board.",
    )
    names = [r[2] for r in rows if r[0] == "name"]
    assert names == ["U.K.", "Ministry of Fisheries", "Public Health Board"]


@pytest.mark.parametrize("prefix", ["Welsh Assembly", "Texas"])
def test_a_body_with_another_prefix_is_reported(prefix):
    # a state's or an assembly's body is another body; "Texas" is reported on the edge too
    rows = fact_rows(
        "Farms used the drug to speed growth.",
        "A Ministry of Fisheries official in Texas said farms used the drug to speed growth. The "
        f"{prefix} Ministry of Fisheries is working on it.",
    )
    names = [r[2] for r in rows if r[0] == "name"]
    assert f"{prefix} Ministry of Fisheries" in names


def test_one_day_under_two_day_words_is_one_row():
    rows = fact_rows(
        "Ruritania Rail will later today ask the board to reopen the case. "
        '"We expect to file papers late tonight," spokesman Ivo Brent said.',
        "Ruritania Rail said it asked the board to reopen the case.",
    )
    dates = [r for r in rows if r[0] == "date"]
    assert dates == [("date", "cut", "today")]


def test_a_temperature_below_zero_is_its_own_number():
    rows = fact_rows(
        "Crops may lose 30-35 pct of their yield, analysts said.",
        "Crops may lose 30-35 pct of their yield, analysts said. It fell to minus 30 centigrade.",
    )
    assert ("number", "added", "minus 30") in rows
    # a spread or a margin after "minus" is no temperature
    found = facts("cargoes of 14,000 tonnes (plus or minus 10 pct)")
    assert [k for kind, _, k in found if kind == "number"] == ["14000", "10pct"]
