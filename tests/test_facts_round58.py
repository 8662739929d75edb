"""Round 58 of the fact changes: round 57's false kinds (benchmarks/family_round57.md, summary), each
on invented text of the real case's shape (other names, other words): a bank named in another
language in one text and in English in the other, "overnight" as a rule's word, and a law's name
opening with a plural owner."""

from __future__ import annotations

import pytest

from conftest import fact_rows
from corpus_tools.variants.date_facts import dates
from corpus_tools.variants.facts import facts
from corpus_tools.variants.other_languages import translated_held

#: the two days (eighteen apart, as round 57's series) and the headline of the series
DAYS, HEADLINE = ["1991-06-03", "1991-06-21"], "Norland refiner and its crude"

#: the parent: the state bank named in its own language, then in English
PARENT = (
    "Norland's state refiner Norpet said its supplier will accept Banco do Norlandia letters of"
    " credit. The refiner stopped a 30 mln dlr crude purchase after the supplier refused credit from"
    " the official Bank of Norlandia. The cargo of 1.5 mln barrels will be loaded as planned, Norpet"
    " said."
)

#: the later text: the bank kept in English only
LATER = (
    "Norland's state refiner Norpet said its supplier will accept letters of credit from the"
    " official Bank of Norlandia. The refiner stopped a 30 mln dlr crude purchase after the supplier"
    " refused credit from the bank. The cargo of 1.5 mln barrels will be loaded as planned, Norpet"
    " said."
)


@pytest.mark.parametrize(
    ("key", "others", "expected"),
    [
        ("banco do norlandia", {"bank of norlandia"}, True),
        ("banque nationale de sorel", {"national bank of sorel"}, True),
        ("bank of norlandia", {"banco do norlandia"}, True),  # either way
        ("banco central do norlandia", {"central bank of norlandia"}, True),
        # another place, a word missing, or no word of two languages: no pairing
        ("banco do norlandia", {"bank of boston"}, False),
        ("banco do norlandia", {"bank"}, False),
        ("norlandia steel", {"norlandia steels"}, False),
    ],
)
def test_a_name_in_another_language_pairs_word_for_word(key, others, expected):
    assert translated_held(key, others) is expected


def test_a_bank_kept_in_english_is_no_cut():
    fa = fact_rows(PARENT, LATER, DAYS, HEADLINE)
    # the base reported "Banco do Norlandia" cut (the child keeps "Bank of Norlandia")
    assert list(fa.before.fillna("") + fa.after.fillna("")) == [], fa.to_string()
    other = LATER.replace("official Bank of Norlandia", "official Bank of Sorel")
    cut = fact_rows(PARENT, other, DAYS, HEADLINE)
    assert "Banco do Norlandia" in set(cut.before), cut.to_string()


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("It limits the positions that can be carried by banks overnight.", []),
        ("The law limited a bank's open positions overnight to 30 pct of its capital.", []),
        ("Such a change cannot be made overnight, he said.", []),
        # a night: an event, a future event, a noun after it
        ("The crown fell overnight in Sorel.", ["overnight"]),
        ("Norland will tender overnight for wheat.", ["overnight"]),
        ("He was not surprised by the overnight fall of the crown.", ["overnight"]),
        ("Talks ended in May overnight, he said.", ["overnight"]),  # "May" is a month, no modal
    ],
)
def test_overnight_as_a_rules_word_is_no_day(sentence, days):
    assert [k for *_, k in dates(sentence)] == days


def test_overnight_in_a_rule_is_no_day_added():
    first = "The Norland regulator said banks broke no rule. Banks must close open positions each day."
    later = (
        "The Norland regulator said banks broke no rule. It limits open positions that can be carried"
        " by banks overnight. Banks must close open positions each day."
    )
    fa = fact_rows(first, later, DAYS, HEADLINE)
    assert "overnight" not in set(fa.after), fa.to_string()
    night = later.replace("that can be carried by banks overnight", "which rose overnight")
    assert "overnight" in set(fact_rows(first, night, DAYS, HEADLINE).after)


def test_a_law_after_a_plural_owner_is_one_name():
    # "Utilities'" is no owner of people (those were joined before: "Workers' Party", round 41)
    law = facts("The court acted under the Utilities' Debt Relief Act.")
    assert [t for k, t, _ in law if k == "name"] == ["Utilities' Debt Relief Act"]
    # a singular owner stays apart, and a plural owner before no law
    assert [t for k, t, _ in facts("He backed Voss's Debt Relief Act.") if k == "name"] == [
        "Voss",
        "Debt Relief Act",
    ]
    assert [t for k, t, _ in facts("The Utilities' Sorel Office closed.") if k == "name"] == [
        "Utilities",
        "Sorel Office",
    ]
