"""Round 61 of the fact changes (branch facts39): round 61's false and missed kinds
(benchmarks/family_round61.md, summary), each on invented text of the real case's shape (other
bodies, places and numbers): "one" before a scale is an amount; a model's letters after its number,
initials defined by lower-case words and a head noun, a publication's name with "International",
a place standing for a meeting, a misprint with two letters swapped and a country's people beside
the country are no new names."""

from __future__ import annotations

import pytest

from conftest import fact_changes
from corpus_tools.variants.facts import facts, number_keys
from corpus_tools.variants.initials import common_initials
from corpus_tools.variants.spelt_twice import swapped_letters

DAYS, HEADLINE = ["1991-05-07", "1991-05-07"], "Ministers argue over dairy plan"

#: what both texts share (the tree's link), as round 61's evening story retold the morning's
SHARED = (
    "Farm ministers of the Nordic Council met in Tromso to discuss a plan to cut the group's dairy"
    " surpluses, which have grown for three years and cost its budget heavily, diplomats said.\n\n"
    "Denmark and Finland said they would oppose a proposed tax on margarine that has angered"
    " consumer groups across the region, the diplomats added."
)


def _rows(parent: str, later: str) -> list[tuple[str, str]]:
    return fact_changes(parent, later, DAYS, HEADLINE)


def test_one_before_a_scale_is_an_amount():
    # the base gave no row: "one" was never a number (round 61's 5761, round 60's 8685)
    later = SHARED + "\n\nThe scheme will dispose of one mln tonnes of surplus cheese, they said."
    assert _rows(SHARED, later) == [("added", "one mln")]


def test_a_billion_holds_one_billion():
    parent = SHARED + "\n\nThe plan would cost nearly one billion dlrs over two years, they said."
    later = SHARED + "\n\nThe plan would cost nearly a billion dlrs over two years, they said."
    assert _rows(parent, later) == []


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("He sold one mln shares and one pct of the rest.", ["1mln", "1pct"]),
        ("One of the dealers said no one would sell.", []),
        ("It had one-billion-dlr plans.", ["1bln"]),
    ],
)
def test_one_as_a_number(sentence, keys):
    assert [k for kind, _, k in facts(sentence) if kind == "number"] == keys


def test_a_billion_in_number_keys():
    assert "1bln" in number_keys("cost nearly a billion dlrs") and "1bln" not in number_keys("cost a lot")


def test_a_models_letters_are_no_name():
    # the base reported "ERs" cut (round 61's 13049 "SRs", from "747-SRs")
    parent = SHARED + "\n\nThe airline said its fleet of nine 767-ERs had been checked."
    later = SHARED + "\n\nThe airline said all 9 of its 767-ER's had been checked."
    assert _rows(parent, later) == []


def test_initials_defined_before_a_head_noun_are_no_name():
    # the base reported "NNP" cut (round 61's 8240 "GDP": "gross domestic product growth (GDP)")
    parent = SHARED + (
        "\n\nThe region needs a net national product growth (NNP) rate of two pct, the minister said."
        "\n\nIt cannot reach a two pct NNP growth rate while the surpluses persist, he said."
    )
    later = SHARED + "\n\nThe region needs growth of two pct, the minister said."
    assert _rows(parent, later) == []


def test_initials_of_a_name_stay_a_name():
    assert not common_initials("NCB", "the Nordic Credit Bank (NCB) said")
    assert common_initials("NNP", "a net national product growth (NNP) rate")


def test_a_publication_with_international_is_the_publication():
    # the base reported "Globeview International" added (round 61's 19641 "Newsweek International")
    parent = SHARED + "\n\nThe minister said so in an interview with Globeview magazine."
    later = SHARED + "\n\nThe minister told Globeview International so, and repeated it to Globeview."
    assert _rows(parent, later) == []


def test_a_place_standing_for_its_meeting_is_the_meeting():
    # the base reported "Lisbon" added beside "Lisbon Economic Summit" (round 61's 6940 "Venice")
    later = SHARED + (
        "\n\nThe ministers will make reform a top priority at the Lisbon Economic Summit in June, they said."
        "\n\nFor that reason they will push for reform at the Lisbon meeting, a diplomat said."
    )
    assert _rows(SHARED, later) == [("added", "June"), ("added", "Lisbon Economic Summit")]


def test_a_place_visited_is_still_a_place():
    later = SHARED + (
        "\n\nThe ministers will make reform a top priority at the Lisbon Economic Summit, they said."
        "\n\nThe Danish minister flew to Lisbon on Monday, a diplomat said."
    )
    assert ("added", "Lisbon") in _rows(SHARED, later)


def test_two_letters_swapped_are_one_place():
    # the base reported "Bilbao" added beside its misprint "Bilboa" (round 61's 13049 "Tokyo"/"Toyko")
    later = SHARED + (
        "\n\nA spokesman in Bilboa said the ferries would keep sailing."
        "\n\nThe line runs mainly between Bilbao and Valencia, he said."
    )
    assert _rows(SHARED, later) == [("added", "Bilboa"), ("added", "Valencia")]


@pytest.mark.parametrize(
    ("key", "earlier", "same"),
    [("bilbao", ["bilboa"], True), ("bilbao", ["balboa"], False), ("oslo", ["olso"], False)],
)
def test_swapped_letters(key, earlier, same):
    assert swapped_letters(key, earlier) is same


def test_a_countrys_people_and_the_country_are_one_fact():
    # the base reported "Soviet Union" cut beside "Soviets" (round 61's 6940)
    parent = SHARED + (
        "\n\nThat is our approach in the grain talks with the Soviets, the Danish minister said."
        "\n\nThe region may offer butter to the Soviet Union at lower prices, he said."
    )
    assert _rows(parent, SHARED) == [("cut", "Soviets")]


def test_one_billion_misprinted_is_one_amount():
    # with "one" an amount, the base's reading of a misspelt unit after a figure in digits only
    # gave "one billion" cut (round 56's 8962 -> 15786, "one billin dlrs", seen on the rejudge)
    parent = SHARED + "\n\nThe group would need over one billion dlrs to meet the rules, a spokeswoman said."
    later = SHARED + "\n\nThe group would need more than one billin dlrs to meet the rules, it said."
    assert _rows(parent, later) == []
