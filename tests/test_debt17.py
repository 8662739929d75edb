"""Round 17's housekeeping (branch debt17): one comparison of initials with a full name
(:mod:`corpus_tools.text.name_initials`) read by every site that reads initials, and one decision
that a mention is a hearing, not a person (:func:`corpus_tools.attribution.hearings.is_hearing`).
Invented names and text throughout."""

from __future__ import annotations

import pytest

from corpus_tools.attribution.institution_names import same_institution
from corpus_tools.attribution.take_speakers import same_spokesman
from corpus_tools.text.name_initials import SMALL_WORDS, initials_of, stand_for
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.initials import as_initials

# ----------------------------------------------------------------------------- the initials


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("GRC", "grey river council", True),  # every word its letter
        ("grc", "grey river council", True),  # in any case
        ("BH", "bank of halden", True),  # "of" gives no letter
        ("THR", "the halden railway", False),  # nor "the"
        ("HR", "the halden railway", True),
        ("PM", "pell & marsh", True),  # nor "&"
        ("PM", "pell and marsh", True),
        ("GR", "grey river council", False),  # a letter short
        ("GRCX", "grey river council", False),  # a letter too many
        ("RGC", "grey river council", False),  # another order
    ],
)
def test_stand_for_reads_the_first_letters_without_the_small_words(short, name, expected):
    assert stand_for(short, name.split()) is expected


def test_small_letters_accept_the_letters_of_of_for_and_and_only_when_asked():
    words = "office for roads and harbours".split()
    assert [stand_for(s, words) for s in ("ORH", "OfRH", "OfRaH")] == [True, False, False]
    assert [stand_for(s, words, small_letters=True) for s in ("ORH", "OfRH", "OfRaH")] == [True, True, True]
    # "the" never gives a letter, nor "and" without "for" and "of"
    assert not stand_for("TOfRH", ["the", *words], small_letters=True)
    assert not stand_for("ORaH", words, small_letters=True)


def test_an_empty_short_form_is_no_ones_initials():
    assert not stand_for("", [])
    assert not stand_for("", ["the", "of"])  # initials "" too
    assert initials_of(["the", "of"]) == ""


def test_the_small_words_are_one_set():
    assert SMALL_WORDS == {"of", "the", "and", "for", "&"}
    assert initials_of(["varna", "&", "tolle", "of", "the", "north"]) == "vtn"


def test_the_institutions_join_initials_and_name_by_the_shared_comparison():
    # a body's initials and its full name in one document are one body
    assert same_institution("GRC", "the Grey River Council")
    assert same_institution("the PM", "Pell & Marsh")
    assert not same_institution("GRC", "the Grey Ridge Bank")
    # one letter is no one's initials: "the Council" is read by its head noun, not as "C"
    assert not same_institution("C", "Council")


def test_a_spokesman_under_a_bodys_initials_with_small_letters():
    full = "A spokesman for the Office for Roads and Harbours"
    assert same_spokesman("An OfRH spokeswoman", full)
    assert same_spokesman("An ORH spokeswoman", full)
    assert not same_spokesman("An OfRB spokeswoman", full)
    # the institutions' reading takes no small letters: "OfRH" is not "the Office for Roads and Harbours"
    assert not same_institution("OfRH", "the Office for Roads and Harbours")
    assert same_institution("ORH", "the Office for Roads and Harbours")


def test_the_facts_read_initials_by_the_shared_comparison():
    assert as_initials("GRC", "the grey river council")  # lower case: only the shared comparison reads it
    assert as_initials("VTN", "varna & tolle north")  # "&" gives no letter, as in the spelled reading
    assert not as_initials("VTN", "varna tolle")
    assert categorize("Grey River", "GR") == "abbreviation"
    assert categorize("Grey River", "GX") != "abbreviation"
