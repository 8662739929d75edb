"""Readers written twice made one (round 20, branch dup20): each pair of readers disagreed at the
edges; these tests pin the shapes on which they disagreed, on invented text. Each merge's tests
fail on ``ccf94c0`` for at least one of the two callers unless they say they are a guard."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.couples import family_name, person_names
from corpus_tools.attribution.family_names import family_plural, family_surname, family_surnames
from corpus_tools.attribution.households import Household, household_of
from corpus_tools.attribution.spouses import couple_surnames

# ---------------------------------------------------------------- 1. family names


@pytest.mark.parametrize(
    ("mention", "surname"),
    [
        ("the Joneses", "Jones"),
        ("The Davieses", "Davies"),
        ("the Grants", "Grant"),
        ("The Grant family", "Grant"),
        ("the Smiths'", "Smith"),
        ("the Foxes", "Fox"),
        ("The Grant family's", "Grant"),
        ("Grant", ""),
        ("the boy", ""),
        ("The family", ""),
    ],
)
def test_one_family_reader_for_both_callers(mention, surname):
    assert family_surname(mention) == surname
    assert household_of(mention) == (Household(surname) if surname else None)  # base: "Jonese", None
    assert (surname in family_name(mention)) == bool(surname)  # base: "The Grant family" read no family
    spoken = couple_surnames(type("M", (), {"text": mention}))
    assert family_name(mention) == spoken == set(family_surnames(mention))


def test_a_family_surname_the_text_names_otherwise_is_taken():
    assert family_surname("The Roses", {"Rose", "Tom"}) == "Rose"
    assert family_surname("the Hughes", {"Hughes"}) == "Hughes"
    assert household_of("The Roses", {"Rose"}) == Household("Rose")


def test_a_family_is_two_people_of_its_surname():
    assert person_names(["The Grant family"]) == ({"Grant"}, set(), 2)  # base: one person


def test_the_plural_label_reads_back_to_the_surname():
    for surname in ("Rudd", "Jones", "Davies", "Bush"):
        assert family_surname(f"The {family_plural(surname)}", {surname}) == surname
        assert Household(surname).label() == f"The {family_plural(surname)}"


def test_a_couple_and_the_family_by_its_plural_in_es_are_one_speaker():
    text = (
        "Ann Jones and Tom Jones today rejected the claims of the grocer that their son was a liar.\n\n"
        'The Joneses said in a statement: "Nobody who knew him would know the boy described."\n\n'
        'The couple added: "We feel this will be a fitting tribute to him."'
    )
    assert [r[:2] for r in speaker_rows(text)] == [["Ann Jones and Tom Jones", "person"]]
