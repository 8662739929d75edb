"""The false fact kinds of round 38's update series across midnight (benchmarks/family_round38.md),
each on invented text: a speaker joined to a country where the wire left out the comma before the
verb, one court under two head nouns, a programme under a shorter form, and a place's namesake to
the south missed."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.facts import facts
from corpus_tools.variants.name_forms import same_entity


def _names(sentence: str) -> list[str]:
    return [text for kind, text, _ in facts(sentence) if kind == "name"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speaker after a country's name, the comma before the verb left out: two names
        ("Asked about rice sales to the Soviet Union Marlow said, no deal.", ["Soviet Union", "Marlow"]),
        ("On barley for the United States Pemberton told reporters no.", ["United States", "Pemberton"]),
        # a company, a bank, a title, or no reporting verb after it: one name, as before
        ("First Union Corp said it would merge.", ["Union Corp"]),
        ("The Chemical Bank International said it would merge.", ["Chemical Bank International"]),
        ("Officials of the European Community Commission said no.", ["European Community Commission"]),
        ("He sold grain to the Soviet Union Marlow bought.", ["Soviet Union Marlow"]),
        ("Trade with the United Kingdom Minister said little.", ["United Kingdom Minister"]),
    ],
)
def test_names_round_38(sentence, expected):
    assert _names(sentence) == expected


def test_a_speaker_joined_to_a_country_is_no_row():
    parent = "Rep. Dan Kettle predicted an offer of subsidized rice to the Soviet Union within days."
    child = (
        "Farm Secretary Alan Marlow declined to confirm that the United States will offer subsidized "
        'rice to the Soviet Union. Asked about the offer to the Soviet Union Marlow said, "not today."'
    )
    rows = fact_rows(parent, child)
    assert ("name", "added", "Soviet Union Marlow") not in rows
    assert ("name", "added", "Farm Secretary Alan Marlow") in rows
    assert not [r for r in rows if r[2] in ("Marlow", "Soviet Union")]


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        ("Later today the Upper Maritime Tribunal is due to rule on the strike.",
         "The Upper Maritime Court yesterday ruled the strike illegal."),
        ("The Foreign Trade Department said exports fell.", "The Foreign Trade Ministry said exports fell."),
    ],
)  # fmt: skip
def test_one_body_under_two_head_nouns_is_held(parent, child):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == []


def test_head_nouns_not_synonyms_or_another_rest_stay_rows():
    # a court and a commission are two bodies; two words before the head are asked for
    rows = fact_rows("The Upper Maritime Tribunal ruled.", "The Upper Maritime Commission ruled.")
    assert rows == [
        ("name", "cut", "Upper Maritime Tribunal"),
        ("name", "added", "Upper Maritime Commission"),
    ]
    rows = fact_rows("The Farm Ministry said so.", "The Farm Department said so.")
    assert rows == [("name", "cut", "Farm Ministry"), ("name", "added", "Farm Department")]


def test_a_programme_under_a_shorter_form_is_held():
    parent = "It will offer rice under the Export Support Program, officials said."
    assert fact_rows(parent, "It will offer Export Support rice to Peru, officials said.") == [
        ("name", "added", "Peru")
    ]
    # the shorter form alone, with no programme in the other text, stays a row
    parent = "It will offer rice to Peru, officials said."
    rows = fact_rows(parent, "It will offer Export Support rice to Peru.")
    assert rows == [("name", "added", "Export Support")]


def test_a_place_and_its_namesake_to_the_south_are_two_places():
    assert not same_entity("mato verde do sul", "mato verde")
    assert same_entity("banco verde do brasil", "banco verde")  # a body's longer name: one body
    parent = "Stations closed today in Parana, Mato Verde and Mato Verde do Sul."
    rows = fact_rows(parent, "Stations closed today in Parana.")
    assert rows == [("name", "cut", "Mato Verde"), ("name", "cut", "Mato Verde do Sul")]
