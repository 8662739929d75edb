"""Issue 22, round 10's words of its own (benchmarks/claims.md, "Tenth round"): a censored
expletive that the word pattern splits in two, an honorific before a name, a source's open
compound or pair of words written as one, an -ie respelling of a word in -y. Invented texts of
the shapes the audit found."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, misprint_contexts, novel_lists


def _own(source: str, text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    source_keys = {k for k, _, _ in body_words(source)} | compounds([source])
    contexts = misprint_contexts([[k for k, _, _ in body_words(source)]])
    return novel_lists(body_words(text), source_keys, is_fact, contexts=contexts)


# ----------------------------------------------------------------------------- censored words

WIRE_SWEAR = "He shouted: 'Don't take liberties, never walk out in front of me,' the witness said."


@pytest.mark.parametrize("word", ["f***ing", "f_ing", "f******", "F***ING"])
def test_a_censored_word_is_one_word_of_its_own(word):
    # before: "f***ing" was two words, "f" and "ing"
    text = f"He shouted: 'Don't take {word} liberties, never walk out in front of me,' the witness said."
    assert _own(WIRE_SWEAR, text) == ([word.lower()], [])


@pytest.mark.parametrize(
    "source_word, word",
    [
        ("f******", "f***ing"),  # the source's word censored another way
        ("f***ing", "f_ing"),
        ("bastard", "b*****d"),  # uncensored, the same first and last letters and length
        ("bastard", "b_d"),
        ("bastard", "b******"),  # round 11 (ch19): a mask of asterisks ends it, one a letter: 7 letters
    ],
)
def test_a_censored_word_the_source_has_is_the_sources(source_word, word):
    source = f"He called the boy a fat {source_word} every day, the court heard."
    text = f"He called the boy a fat {word} every day, the court heard."
    assert _own(source, text) == ([], [])


@pytest.mark.parametrize(
    "source_word, word",
    [
        ("bastard", "b*****"),  # no last letter, one letter short: no swear word of the source fits
        ("bristol", "b******"),  # not a swear word
        ("bristol", "b*****l"),  # not a swear word
        ("following", "f_ing"),
        ("blazers", "b*****d"),  # another last letter
    ],
)
def test_a_censored_word_is_not_any_source_word_of_its_letters(source_word, word):
    source = f"He called the boy a fat {source_word} every day, the court heard."
    text = f"He called the boy a fat {word} every day, the court heard."
    assert _own(source, text) == ([word], [])


# ----------------------------------------------------------------------------- honorifics


@pytest.mark.parametrize(
    "text",
    [
        "Ms Evans said the car never stopped at the lights.",  # at a sentence's start
        "Mr. Evans said the car never stopped at the lights.",
        "The car never stopped, Miss Evans said. Ms Evans said so.",
    ],
)
def test_an_honorific_before_a_name_is_no_word_of_its_own(text):
    # before: "Ms" at a sentence's start was a word of its own (the source writes no honorific)
    assert _own("Susan Evans, prosecuting, said the car never stopped at the lights.", text) == ([], [])


def test_an_honorific_pair_before_one_surname_is_no_word():
    source = "Christopher Grant and Meryl Grant denied cruelty to the boy."
    assert _own(source, "Mr and Mrs Grant denied cruelty to the boy.") == ([], [])


def test_an_honorific_before_a_name_of_its_own_leaves_the_name_counted():
    source = "Susan Evans, prosecuting, said the car never stopped at the lights."
    assert _own(source, "Mr Jones said the car never stopped at the lights.") == ([], [("jones",)])


def test_an_honorific_word_not_before_a_name_stays_a_word():
    source = "The car never stopped at the lights, he said."
    assert _own(source, "The car never stopped at the lights, sir, he said.") == (["sir"], [])


# ----------------------------------------------------------------------------- words written as one


@pytest.mark.parametrize(
    "source, text",
    [
        ("I got about half way across the road.", "I got halfway across the road."),
        ("He lived on junk food and takeaways.", "He lived on junkfood and takeaways."),
        ("His friend brought chips from the chip shop.", "His friend brought chips from the chipshop."),
        # a pair with a stop word, in the source's place: the word before and the word after
        ("It has never happened to me before, he said.", "It has never happened tome before, he said."),
    ],
)
def test_source_words_written_as_one_are_the_sources(source, text):
    assert _own(source, text) == ([], [])


def test_a_pair_with_a_stop_word_written_as_one_elsewhere_stays_its_own():
    source = "It has never happened to me before, he said."
    assert _own(source, "It has never happened before, he said, a tome.") == (["tome"], [])


def test_words_apart_in_the_source_are_not_joined():
    # across a sentence's end, or across a paragraph
    source = "I got about half. Way across the road.\n\nJunk\n\nfood was sold."
    assert _own(source, "I got halfway across the road and junkfood was sold.")[0] == ["halfway", "junkfood"]


# ----------------------------------------------------------------------------- -ie and -y


@pytest.mark.parametrize(
    "source, text",
    [
        ("We would live on chippy meals and a pasty.", "We would live on chippie meals and a pastie."),
        ("His auntie took him to school.", "His aunty took him to school."),
    ],
)
def test_an_ie_respelling_of_a_source_word_is_the_sources(source, text):
    assert _own(source, text) == ([], [])


def test_a_short_word_in_ie_is_not_a_respelling():
    assert _own("He wore a ty pin.", "He wore a tie pin.") == (["tie"], [])


@pytest.mark.parametrize(
    "text",
    [
        "He shouted at the witness* outside the shop, never walk out in front of me.",  # a footnote mark
        "He shouted: 'Don't take liberties,' the witness* said.",
    ],
)
def test_a_mark_after_a_whole_word_is_no_censored_word(text):
    source = (
        "He shouted at the witness outside the shop: "
        "'Don't take liberties, never walk out in front of me,' he said."
    )
    assert _own(source, text) == ([], [])
