"""The false fact kinds of round 42's update series across midnight (benchmarks/family_round42.md),
and two of the seeds' rows, each on invented text: a body kept without its chamber's word or a
country's adjective, a dashed list item's first word, a person or a body reported twice in one
edge (a lawmaker's abbreviated title, a department's initials, a country's adjective), a body kept
as its adjective, a title cut at a sentence's first word, a body given under its chairman's title,
a country under its name of state ("the Islamic Republic") and a person under his surname."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts


def _names(parent: str, child: str) -> list[tuple[str, str, str]]:
    return [r for r in fact_rows(parent, child) if r[0] == "name"]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        # a chamber's word left out, the head noun in lower case
        ("The Senate Rivers and Ports Committee, which rules on trade, may drop the plan.",
         "However, the Rivers and Ports committee, which rules on trade, may drop the plan."),
        # a country's adjective left out of a legislature's name
        ("An angry American Parliament has asked for the tariffs to be raised.",
         "Parliament has asked for the tariffs to be raised."),
    ],
)  # fmt: skip
def test_a_body_without_its_chamber_or_country_is_no_change(parent, child):
    assert _names(parent, child) == []


def test_a_body_of_another_chamber_is_still_a_change():
    rows = _names(
        "The Senate Rivers and Ports Committee may drop the plan.",
        "The House Rivers and Ports Committee may drop the plan.",
    )
    assert ("name", "cut", "Senate Rivers and Ports Committee") in rows


@pytest.mark.parametrize(
    "sentence",
    ["-- Urging the minister to open the talks on grain.", "-- Boosting the amount of grain shipped."],
)
def test_a_dashed_list_items_first_word_is_no_name(sentence):
    assert [t for k, t, _ in facts(sentence) if k == "name"] == []


def test_a_name_first_in_a_dashed_list_item_is_still_a_name():
    assert ("name", "Tarn Grain Board") in [(k, t) for k, t, _ in facts("-- Tarn Grain Board will ship.")]


def test_a_lawmakers_abbreviated_title_and_surname_after_his_full_name_is_one_row():
    rows = _names(
        "The plan was offered by Rep. Hal Brodsky, D-Kan. A study by Rep. Brodsky was also passed.",
        "The committee met on the bill.",
    )
    assert [r for r in rows if "Brodsky" in r[2]] == [("name", "cut", "Rep. Hal Brodsky")]


def test_a_departments_initials_after_its_name_in_another_order_is_one_row():
    rows = _names(
        "The U.S. Forestry Department must report on the plan. The USDF budget was cut.",
        "The committee met on the bill.",
    )
    assert ("name", "cut", "USDF") not in rows
    assert ("name", "cut", "U.S. Forestry Department") in rows


def test_a_body_again_with_a_countrys_adjective_is_one_row():
    rows = _names(
        "The officials met on the bill.",
        "The mood in the Parliament is bad, officials said. To calm an angry American Parliament, "
        "the officials met.",
    )
    assert rows == [("name", "added", "Parliament")]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("The bill now moving through Congress was amended.",
         "The bill was amended, Congressional sources said."),
        ("The bill now moving through Parliament was amended.",
         "The bill was amended, parliamentary sources said."),
    ],
)  # fmt: skip
def test_a_body_kept_as_its_adjective_is_no_change(parent, child):
    assert _names(parent, child) == []


def test_a_title_of_a_portfolio_first_in_a_sentence_stays_whole():
    parent = (
        "The trade bill was passed. Trade Secretary Mara Tolley opposed the trade bill. The talks were held."
    )
    rows = _names(parent, "The trade bill was passed. The talks were held.")
    assert rows == [("name", "cut", "Trade Secretary Mara Tolley")]


def test_a_body_after_a_persons_name_and_its_chairmans_title_is_the_body():
    rows = _names(
        "The pact was signed, officials said.",
        "The pact was signed, said Hiro Tanabe, Chairman of the Tarn Shipbuilders Association of Ruritania.",
    )
    assert ("name", "added", "Tarn Shipbuilders Association of Ruritania") in rows
    assert not [r for r in rows if r[2].startswith("Chairman")]


def test_a_title_and_a_body_with_no_person_before_stays_whole():
    assert ("name", "Chairman of the Tarn Shipbuilders Association") in [
        (k, t) for k, t, _ in facts("He met the Chairman of the Tarn Shipbuilders Association.")
    ]


def test_a_country_under_its_name_of_state_is_no_change():
    rows = _names(
        "Talks with Iran were held. The Islamic Republic's stance was criticised.",
        "Talks with Iran were held. Its stance was criticised.",
    )
    assert rows == []


@pytest.mark.parametrize(
    "child",
    ["Officials of the Kolbe administration said the deal was signed.", "Kolbe said the deal was signed."],
)
def test_a_person_whose_surname_the_other_text_names_is_no_change(child):
    rows = _names("The deal reached under his predecessor Arno Kolbe was signed.", child)
    assert rows == []


def test_a_person_whose_surname_the_other_text_gives_another_first_name_is_a_change():
    rows = _names("The deal reached under Arno Kolbe was signed.", "Mara Kolbe said the deal was signed.")
    assert ("name", "cut", "Arno Kolbe") in rows


def test_a_person_whose_surname_the_other_text_gives_to_another_person_too_is_a_change():
    rows = _names(
        "The board removed Eddie Kolbe and Mitchell Kolbe.",
        "Sam Kolbe, the founder, stays. Kolbe said the board met.",
    )
    assert ("name", "cut", "Eddie Kolbe") in rows and ("name", "cut", "Mitchell Kolbe") in rows
