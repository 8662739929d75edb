"""Round 34 (branch facts34) of the fact changes: the false kinds left on today's code among the
rows of rounds 34-58 (benchmarks/facts_rejudge34.md), each on invented text of the real case's
shape (other names, other words): a firm named for a trade with a region after "and", a place
before "-based" opening a firm's name, a first name's short form, an ambassador "to" a country
before his name, and a party named by its members."""

from __future__ import annotations

import pytest

from conftest import fact_rows
from corpus_tools.variants.facts import facts
from corpus_tools.variants.name_forms import held_in_other_form
from corpus_tools.variants.name_spans import name_spans

#: the two days and the headline of each invented series
DAYS, HEADLINE = ["1991-05-06", "1991-05-13"], "Norland talks go on"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trade, then a region, a country's initials or "Services", then a company's ending
        (
            "Halvard Oil will merge its units into Halvard Exploration and Producing U.S. Inc soon.",
            ["Halvard Oil", "Halvard Exploration and Producing U.S. Inc"],
        ),
        (
            "He ran its Exploration and Producing Northwest Inc for years.",
            ["He", "Exploration and Producing Northwest Inc"],
        ),
        # two companies stay two: the word after "and" is no trade
        ("Halvard and Atlantic Tern Co signed the pact.", ["Halvard", "Atlantic Tern Co"]),
    ],
)
def test_a_trade_and_a_region_before_a_company_ending_is_one_firm(sentence, expected):
    assert [text for _, text in name_spans(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Halvard sold its meters unit to Duluth-based Orrin Data Corp.",
            [("name", "Duluth"), ("name", "Orrin Data Corp")],
        ),
        # "-based" at a name's end stays the place (round 40)
        ("The stores of the Duluth-based chain were sold.", [("name", "Duluth")]),
    ],
)
def test_a_place_before_based_opens_no_firm_name(sentence, expected):
    assert [(kind, text) for kind, text, _ in facts(sentence)] == expected


def test_an_ambassador_to_a_country_and_his_name_are_two_names():
    spans = [
        text for _, text in name_spans("The envoy said U.S. Ambassador to Nigeria Walter Greene flew home.")
    ]
    assert spans[-2:] == ["Nigeria", "Walter Greene"]


@pytest.mark.parametrize(
    ("key", "text", "held"),
    [
        # a first name's short form that does not begin as the full name does
        ("robert trask", "halvard spokesman bob trask said", True),
        ("bill oduya", "said william oduya, the minister", True),
        ("bob trask", "said robert trask", True),
        ("bob trask", "said robert trent", False),
        # a party by its members: its last word before "party" in the plural
        ("social democratic party", "the social democrats and the agrarians", True),
        ("agrarian party", "the social democrats and the agrarians", True),
        ("agrarian party", "an agrarian reform", False),
    ],
)
def test_a_short_first_name_and_a_party_by_its_members_are_held(key, text, held):
    assert held_in_other_form(key, text, []) is held


#: the parent: the firm sells to a buyer named "<firm> of <town>"; a spokesman by his short name;
#: the two parties by their names
PARENT = (
    "Halvard Tools Co said it agreed to sell its meters division to Orrin Data Corp of Duluth. "
    "Terms were not disclosed, Halvard spokesman Bob Trask said. The sale follows a vote in which "
    "the Social Democratic Party and the Agrarian Party backed the new export rules, he said."
)
#: the later text: the sale completed, the buyer "Duluth-based", the spokesman by his full name,
#: the parties by their members
LATER = (
    "Halvard Tools Co said it completed the sale of its meters division to Duluth-based Orrin Data "
    "Corp. Terms were not disclosed, Halvard spokesman Robert Trask said. The sale follows a vote "
    "in which the Social Democrats and the Agrarians backed the new export rules, he said."
)


def test_one_firm_person_and_party_under_other_forms_are_no_fact_changes():
    fa = fact_rows(PARENT, LATER, DAYS, HEADLINE)
    names = fa[fa.kind == "name"]
    assert list(zip(names.change, names.before, names.after, strict=True)) == []
