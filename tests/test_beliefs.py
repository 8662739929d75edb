"""A belief, a ruling or a thing is no speaker (issue 22, round 14's held-out audit, S kind 1:
04.10.99/lynx and 28.09.99/inqshot of the METER courts; the lead's decision of round 15): a belief
of anyone, named, an official or a group, in a main or a relative clause, is a mention, unless it
quotes words or a verb of saying reports it; a judge's order that a plural's present tense follows
is a ruling; a thing of a small list as the subject, or "claimed" with lives or victims for its
object, never speaks. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

_OPEN = "A van driver was jailed for six years at Hull Crown Court yesterday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Detectives believe he may have attacked other women in the area.", "believe"),
        ("Police believe the van was stolen in Leeds a week earlier.", "believe"),
        ("Two armed officers believed he was holding a pistol.", "believed"),
        ("A Home Office pathologist believed the blow had killed her at once.", "believed"),
        ("Mr Tom Hale, the force's senior officer, thinks the van was used twice.", "thinks"),
        ("Officers feared the driver would strike again within days.", "feared"),
    ],
)
def test_a_belief_of_anyone_is_no_speaker(sentence, cue):
    belief = text_attributions(_OPEN + sentence, cue)
    assert belief.role.tolist() == ["mention"] and belief.speaker_id.isna().all()
    assert speaker_rows(_OPEN + sentence) == []


def test_a_belief_in_a_relative_clause_is_no_speaker():
    text = _OPEN + "The family of a man shot by police who believed he had a gun said the shooting was wrong."
    belief = text_attributions(text, "believed")
    assert belief.role.tolist() == ["mention"]
    assert [s[0].startswith("The family") for s in speaker_rows(text)] == [True]  # the family alone


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Tom Hale said he believed the van was used twice.",
        "Mr Tom Hale told the court he believed the van was used twice.",
    ],
)
def test_a_belief_reported_with_a_verb_of_saying_is_a_statement(sentence):
    # the saying is the statement: one speaker, through "said" or "told"
    assert speaker_rows(_OPEN + sentence) == [["Mr Tom Hale", "person", 1]]


def test_a_belief_that_quotes_words_stays_a_statement():
    text = _OPEN + "Police believe the van was 'used in at least two other raids'."
    assert text_attributions(text, "believe").role.tolist() == ["speaker"]


def test_a_judges_order_that_a_plural_present_follows_is_a_ruling():
    text = _OPEN + "Today Mr Justice Ann Hale ordered that those two charges lie on file."
    order = text_attributions(text, "ordered")
    assert order.role.tolist() == ["mention"]
    assert speaker_rows(text) == []


def test_a_judges_told_order_in_the_past_stays_a_statement():
    # "ordered that the files were sent": a past tense, what was done, not a subjunctive
    text = _OPEN + "Today Mr Justice Ann Hale said that those two charges lie on file."
    assert text_attributions(text, "said").role.tolist() == ["speaker"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pattern of attacks suggested that he knew the area well.",
        "The nature of the wounds suggested that a knife had been used.",
    ],
)
def test_a_thing_as_the_subject_is_no_speaker(sentence):
    rows = text_attributions(_OPEN + sentence)
    assert rows.role.tolist() == ["mention"]
    assert speaker_rows(_OPEN + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Offender profilers suggested that he knew the area well.", "Offender profilers"),
        # a partitive's head is no thing: its people speak
        ("A series of witnesses described him as a careful driver.", "A series of witnesses"),
        ("A number of neighbours said that he kept to himself.", "A number of neighbours"),
    ],
)
def test_people_as_the_subject_still_speak(sentence, speaker):
    assert speaker_rows(_OPEN + sentence) == [[speaker, "anonymous", 1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver may have claimed dozens more victims.",
        "The crash on the bypass claimed two lives last winter.",
    ],
)
def test_claiming_lives_or_victims_is_no_statement(sentence):
    rows = text_attributions(_OPEN + sentence, "claimed")
    assert rows.empty or rows.role.tolist() == ["mention"]
    assert speaker_rows(_OPEN + sentence) == []


def test_claiming_that_stays_a_statement():
    text = _OPEN + "The driver claimed that the van had been stolen."
    assert speaker_rows(text) == [["The driver", "anonymous", 1]]
