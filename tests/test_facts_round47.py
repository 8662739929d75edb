"""Round 47 of the fact changes (benchmarks/family_round47.md): the one date reader that the fact
changes and the words of a text's own share, and the false kinds of round 47 fixed, each on
invented text of the real case's shape."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import fact_rows
from corpus_tools.reuse.own_forms import date_keys
from corpus_tools.text.dates import days_of_months
from corpus_tools.variants.date_facts import dates


def _days(text: str) -> list[tuple[int, int]]:
    return [(d.day, d.month) for d in days_of_months(text)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The hearing is set for the 20th of March in Leeds.", [(20, 3)]),
        ("The hearing is set for 14th March in Leeds.", [(14, 3)]),
        ("Fires were set on December 14, 15 and 24 last year.", [(14, 12), (15, 12), (24, 12)]),
        ("Fires were set on 14, 15 and 24 December last year.", [(14, 12), (15, 12), (24, 12)]),
        ("The talks run May 9-11 in Oslo.", [(9, 5), (11, 5)]),
        ("The talks run between June 2 and 4 in Oslo.", [(2, 6), (4, 6)]),
        ("Talks opened on Sept. 20, and ended on 20 September.", [(20, 9), (20, 9)]),
        ("Talks open on April-5-6 in Oslo.", [(5, 4), (6, 4)]),
        ("It was due March 1, 1997 and 2 shares were issued.", [(1, 3)]),
        ("The vote is on May nine.", [(9, 5)]),
    ],
)
def test_one_reader_reads_every_shape_of_a_day(text: str, days: list[tuple[int, int]]) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    "text",
    [
        "Farmers may 5 times a year sell their crop.",  # the verb, in a text with capitals
        "On March 3, 12 banks cut their rates.",  # a comma list needs "and" or "to" at its end
        "Output rose by March 20,000 tonnes.",  # a thousands part, not a day
        "Prices rose 0.5 to 3 March highs.",  # not a list after a decimal point
        "The Mar-15 contract fell.",  # an abbreviated month joined to a number: a code
    ],
)
def test_one_reader_takes_no_day_where_there_is_none(text: str) -> None:
    assert [(d.day, d.month) for d in days_of_months(text) if (d.day, d.month) != (3, 3)] == []
    assert (5, 5) not in _days(text)


def test_one_reader_lower_case_text_reads_its_months() -> None:
    # a text lowered to compare it (or a wire's lower-case paragraph) keeps its dates
    assert _days("the hearing is on march 20 and may 5.") == [(20, 3), (5, 5)]


def test_both_callers_read_the_same_days() -> None:
    text = "Raids on the 20th of March, on 14th April and on December 14, 15 and 24, they may 5 times say."
    facts_keys = {key for *_, key in dates(text)}
    assert facts_keys == {"3-20", "4-14", "12-14", "12-15", "12-24"}
    assert date_keys([text]) == {"20/3", "14/4", "14/12", "15/12", "24/12"}


def _fact_rows(first: str, later: str) -> pd.DataFrame:
    return fact_rows(first, later, ["1987-03-21", "1987-03-24"], "Harbour fires", parent_checked=False)


_REST = (
    " destroyed three warehouses and damaged the old customs house, the harbour master Tom Vellacott "
    "said. He said the port would reopen to cargo ships within a week after the wreckage is cleared."
)


def test_a_day_written_with_its_ordinal_is_the_same_day_in_the_fact_changes() -> None:
    # "March 14" / "14th March": one day written two ways, no date cut (the old reader missed it)
    fa = _fact_rows(
        "Fire crews in Dunmore said the harbour blaze of March 14" + _REST,
        "Fire crews in Dunmore said the harbour blaze on 14th March"
        + _REST
        + " Insurers put the damage at 40 mln dlrs.",
    )
    assert fa[fa.kind == "date"].empty, fa[["kind", "change", "before", "after"]].to_string()
    assert set(fa.after) == {"40 mln"}


def test_a_day_changed_under_its_ordinal_is_a_date_change() -> None:
    # "the 20th of March" / "March 24": the day changed (the old reader read "March" alone, held)
    fa = _fact_rows(
        "Fire crews in Dunmore said the harbour blaze of the 20th of March" + _REST,
        "Fire crews in Dunmore said the harbour blaze of March 24" + _REST,
    )
    dates_ = fa[fa.kind == "date"]
    assert "20th of March" in set(dates_.before), fa[["kind", "change", "before", "after"]].to_string()
    assert "March 24" in set(dates_.after)


# Part 2: the false kinds of round 47, each on invented text of the real case's shape


def test_a_word_capitalised_after_an_abbreviation_is_no_part_of_a_name() -> None:
    # "Arrayanes S.A. Said" (round 47): the verb after "S.A." is the wire's capital
    fa = _fact_rows(
        "Norway's Fjordstal og Berglund A.S. has agreed with the Danish mill Kobberhus to set a floor "
        "price of 210 crowns per tonne for its scrap steel, spokesman Per Lindqvist said.",
        "Norway's Fjordstal og Berglund A.S. Said it will host a meeting of scrap steel makers in "
        "Bergen. Last week it agreed with the Danish mill Kobberhus to set a floor price of 210 crowns "
        "per tonne for its scrap steel.",
    )
    assert not any("Said" in t for t in fa.after), fa[["kind", "change", "before", "after"]].to_string()


def test_a_stop_word_capitalised_after_a_state_abbreviation_starts_no_name() -> None:
    # "in Gardena, Calif., By Standard Pacific Savings" (round 47): "By" is no name's word
    from corpus_tools.variants.name_spans import name_spans

    spans = [
        t
        for _, t in name_spans(
            "The board approved the sale of Elm Ridge Bank in Dayton, Ohio., By Lakeshore Trust."
        )
    ]
    assert "Lakeshore Trust." in spans or "Lakeshore Trust" in spans, spans
    assert not any(t.startswith("By ") for t in spans)


def test_a_name_with_an_ampersand_is_held_by_the_same_name_with_and() -> None:
    # "Savings & Loan Association" / "Savings and Loan Association of <town>" (round 47)
    fa = _fact_rows(
        "The regulator announced the sale of Harbor Point Savings & Loan Association to Crestline "
        "Savings, which has 410 mln dlrs in assets, it said in a statement on the deal today.",
        "Crestline said it has bought Harbor Point Savings and Loan Association of Port Elgin. The "
        "regulator approved the sale of Harbor Point to Crestline Savings, which has 410 mln dlrs in "
        "assets, it said in a statement on the deal.",
    )
    assert "Harbor Point Savings & Loan Association" not in set(fa.before), fa[
        ["kind", "change", "before", "after"]
    ].to_string()
    assert not any(t.startswith("Loan Association") for t in fa.after)


def test_a_surname_spelled_one_letter_off_is_the_person_named_before() -> None:
    # "Finance Minister Mohamed Berada" then "Berrada" (round 47): one person, one row
    fa = _fact_rows(
        "Donors are likely to give Ruritania over 90 mln dlrs in aid at a meeting that opens tomorrow, "
        "the bank's country director said.",
        "Donors gave Ruritania over 90 mln dlrs in aid at the meeting, Ruritanian Trade Minister Karim "
        "Haddouchi said. Most of the aid was secured already, Haddouci said.",
    )
    people = [t for t in fa.after if "Haddou" in t]
    assert people == ["Ruritanian Trade Minister Karim Haddouchi"], fa[
        ["kind", "change", "before", "after"]
    ].to_string()


def test_the_end_of_a_range_of_years_written_short_is_a_year() -> None:
    # "1988-92" (round 47): "92" is the year 1992, no amount
    from corpus_tools.variants.facts import facts

    found = facts("It set out a five-year plan for 1988-92 at the meeting.")
    assert ("date", "92", "1988-1992") in found, found
    assert not any(kind == "number" and text == "92" for kind, text, _ in found)


def test_a_country_adjective_without_a_listed_government_qualifies_a_body() -> None:
    # "Soviet State Bank" / "the State Bank" (round 47): an irregular demonym is a country word
    from corpus_tools.variants.name_aliases import country_word, held_without_qualifier

    assert country_word("soviet") and country_word("thai")
    assert held_without_qualifier("soviet state bank", "the director of the State Bank said")
    assert not held_without_qualifier("soviet state bank", "the director of the Ohio State Bank said")


def test_a_range_of_years_written_in_both_texts_is_no_change() -> None:
    # "due in 1987-89" in both texts (round 39's 4010 -> 4179, a guard of the rule above): no row
    fa = _fact_rows(
        "Ruritania agreed with its creditor banks to reschedule over the next 12 years some 140 mln "
        "dlrs due in 1987-89, the finance ministry said in a statement.",
        "The finance ministry said Ruritania signed an agreement with its creditor banks to reschedule "
        "some 140 mln dlrs due in 1987-89 over the next 12 years.",
    )
    assert fa[fa.kind == "date"].empty, fa[["kind", "change", "before", "after"]].to_string()
