"""Who speaks, the shapes round 26's tuning stories showed (``benchmarks/claims_tune26.md``, kinds
K1, K2, K3 and K7). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

from corpus_tools.attribution.counsel_nouns import counsel_named_before
from corpus_tools.attribution.fronted_places import fronted_place
from corpus_tools.attribution.spokesman_bodies import spokesman_of
from corpus_tools.text.nlp import load_model

# K2: "X, said by Y to be ...": Y's statement, not X's
_BUILDER = (
    "A BUILDER said by the council to be one of the worst landlords it had met was fined yesterday.\n"
    "Inspector Tom Rudd said he was pleased.\n"
)


def test_a_raised_passive_of_saying_is_the_agents_statement():
    assert speaker_rows(_BUILDER) == [["the council", "organisation", 1], ["Inspector Tom Rudd", "person", 1]]


@pytest.mark.parametrize(
    "text",
    [
        "The court stopped the magazine using the name Jo Dune alongside pictures of model Jo Lee, "
        "claimed by the magazine to be the real-life incarnation of the heroine.\n",
        "Next month's Tatler features Jo Lee, a model said by the magazine to be the real-life "
        "incarnation of Jo Dune.\n",
    ],
)
def test_a_raised_passive_on_a_noun_has_its_agent_as_speaker(text):
    assert speaker_rows(text) == [["the magazine", "media", 1]]


def test_an_ordinary_said_keeps_its_subject():
    assert speaker_rows("The builder said the council was to blame.\n") == [["The builder", "anonymous", 1]]


# K1: "The Border Agency said ... A spokeswoman said:": its spokeswoman
_SPOKES = (
    "The Border Agency said the board had looked again at the case.\n"
    "A spokeswoman said: ``The board did not make this choice easily.''\n"
)


def test_a_bare_spokeswoman_after_a_named_body_is_the_body():
    assert speaker_rows(_SPOKES) == [["The Border Agency", "organisation", 2]]


def test_spokesman_of_needs_a_body_said_just_before():
    at = _SPOKES.index("A spokeswoman")
    assert spokesman_of("A spokeswoman", _SPOKES, at) == "Border Agency"
    person = _SPOKES.replace("The Border Agency", "Tom Reed")
    assert spokesman_of("A spokeswoman", person, person.index("A spokeswoman")) == ""
    assert spokesman_of("A spokeswoman for the club", _SPOKES, at) == ""


# K3: "Outside court Hale ... said": the place is no part of the speaker
_OUTSIDE = (
    "Tom Hale, 47, a hotel porter, admitted a threat to kill.\n"
    "Outside court Hale, who has been staying in Leeds, said: ``It is a relief it is all over.''\n"
)


def test_a_fronted_place_without_a_comma_is_cut_from_the_speaker():
    assert speaker_rows(_OUTSIDE) == [["Tom Hale", "person", 3]]


def test_fronted_place_counts_the_place_words():
    nlp = load_model()
    assert fronted_place(nlp("Outside the court Hale said he was glad.")[0:4]) == 3
    assert fronted_place(nlp("Court official Tom Hale said so.")[0:4]) == 0


# K1: "said Ann Greer, prosecuting, ... The barrister said": the prosecutor
_COUNSEL = (
    "However, said Ann Greer, prosecuting, it was ``not a clean break.''\n"
    "The barrister said that after a night's drinking he phoned Ms Rudd.\n"
)


def test_the_barrister_is_the_counsel_named_with_a_side_before():
    assert speaker_rows(_COUNSEL) == [["Ann Greer", "person", 2]]


def test_counsel_named_before_takes_the_last_one():
    before = "Tom Bell, prosecuting, said so. Ann Cole, defending, said no. "
    assert counsel_named_before("The barrister", before) == "Ann Cole"
    assert counsel_named_before("The barrister", "Tom Bell said so. ") == ""


# K7: "Judge X, sentencing Y, from Z, said:", the participle parsed as the verb's complement
def test_a_sentencing_participle_with_a_place_keeps_the_judge_as_speaker():
    text = 'Judge Mary Cole, sentencing Hale, from Leeds, said: "These were wicked offences."\n'
    assert speaker_rows(text) == [["Judge Mary Cole", "person", 1]]
