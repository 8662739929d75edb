"""Who is who, round 10's held-out stories of issue 22 (guscott, chips): a description standing
for a person the document names is that person ("The 34-year-old ... player" after the name; "The
dad of two"; "A teenager told ..." with the name in the next sentence), in headline capitals too
("A TEENAGER", no institution); a given name alone ("Richard", "Student Richard") and a short given
name ("Ken" for "Kenneth") are the person named in full. Two people stay two where the text gives
the description or the given name to no one person. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.descriptions import caps_common_noun, described_person, shared_surname_pair
from corpus_tools.attribution.identities import misprint
from corpus_tools.attribution.namesakes import full_name_of_given

_speakers = speaker_rows


@pytest.mark.parametrize(
    "text",
    [
        # a definite description with an age, the sentence after the name (its label lost "The 31-")
        "Tennis star Mark Dolan was to go on trial today accused of an attack on a florist.\n\n"
        "The 31-year-old Leeds player, who retired last month, denies causing actual bodily harm to "
        "52-year-old Ian Pike.",
        # a kin word with its number of children, after the name that opens the sentence before
        "A florist was hurt when tennis star Mark Dolan lost his temper.\n\n"
        "Mark Dolan, a former host of TV's Quizmasters, was arrested the next day.\n\n"
        "The dad of three, supported in court by his wife, denies assault.",
    ],
)
def test_a_definite_description_after_the_name_is_that_person(text):
    assert _speakers(text) == [["Mark Dolan", "person", 1]]


@pytest.mark.parametrize("opening", ["A teenager", "A TEENAGER"])
def test_an_indefinite_description_named_in_the_next_sentence_is_that_person(opening):
    text = (
        f"{opening} told a jury how his weight rose to 20 stone.\n\n"
        "Richard Lowe, now 18, claimed his father Tom Hale fed him on chips.\n\n"
        'Student Richard told the trial: "It was chips every night."'
    )
    assert _speakers(text) == [["Richard Lowe", "person", 3]]


def test_a_short_given_name_is_the_person_named_in_full():
    text = 'Kenneth Pike said he was knocked down.\n\nKen Pike added: "My foot was at right angles."'
    assert _speakers(text) == [["Kenneth Pike", "person", 2]]
    assert misprint("Ken", "Kenneth") and not misprint("Ken", "Keith") and not misprint("Al", "Alan")


def test_a_description_the_text_gives_to_no_one_stays_a_description():
    # the age rules the topic out and the text gives the dealer's words to no one: no guess
    text = (
        "Mark Dolan, 31, attacked Ian Pike, a court heard.\n\n"
        "The 52-year-old antiques dealer told the jury he was hurt."
    )
    assert [kind for _, kind, _ in _speakers(text)] == ["anonymous", "anonymous"]
    # a given name written before two surnames is neither person
    assert full_name_of_given("Richard", "Richard Lowe and Richard Hale were there.") == ""


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("A TEENAGER", "", True),
        ("TEENAGER", "The teenager wept.", True),
        ("NATO", "NATO said so.", False),
        ("A teenager", "", False),
    ],
)
def test_headline_capitals_of_a_common_noun(label, text, expected):
    assert caps_common_noun(label, text) is expected


def test_the_names_in_the_descriptions_own_sentence_are_other_people():
    # "Ann Cole told how the 31-year-old ..." is not Ann Cole
    text = "Police arrested tennis star Mark Dolan. Florist Ann Cole told how the 31-year-old player hit her."
    at = text.index("the 31")
    assert described_person("the 31-year-old player", text[:at], text[at:], {"Dolan", "Cole"}) == "Mark Dolan"


def test_a_description_named_in_its_own_relative_clause_is_that_name():
    text = (
        "Judge Ian Cole asked the public gallery to be quiet.\n\n"
        'One man, who told the court his name was Mr Hunt, said: "I only came to watch."'
    )
    assert _speakers(text) == [["Judge Ian Cole", "person", 1], ["Mr Hunt", "person", 2]]


def test_two_given_names_before_one_surname_are_the_pair():
    assert shared_surname_pair("Self-employed Ann and Tom Lowe") == "Ann Lowe and Tom Lowe"
    assert shared_surname_pair("Ann Lowe and Tom Hale") == "" and shared_surname_pair("Ann Lowe") == ""


def test_a_place_after_a_sentence_broken_by_a_stop_is_no_speaker():
    # "from the. / Vale of ... denied": the pair the broken sentence opens with denied
    text = (
        "Richard Lowe, 18, told Cardiff Crown Court he was beaten.\n\n"
        "Christopher and Meryl Grant from the. Vale of Glamorgan denied three charges of cruelty."
    )
    assert _speakers(text) == [
        ["Richard Lowe", "person", 1],
        ["Christopher Grant and Meryl Grant", "person", 1],
    ]


def test_the_topic_runs_over_sentences_that_name_no_one():
    # "It is believed ..." and "Now a student, he ..." name no one: the teenager is still Lowe
    text = (
        "A TEENAGER accused his parents of cruelty yesterday.\n\n"
        "Richard Lowe told a court he was fed chips every day.\n\n"
        "Now a student, he gave evidence against his father. It is believed to be a first.\n\n"
        'The teenager, who has slimmed since, told the jury: "I ate chips."'
    )
    assert _speakers(text) == [["Richard Lowe", "person", 3]]
