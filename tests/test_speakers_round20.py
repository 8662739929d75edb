"""Who is who, round 14 of issue 22 (the kinds round 13 left, read from 12.08.99/racism,
14.12.99/boy and ``TUNE_13``): an opening indefinite description of a pair named in the next
sentence is that pair; a definite description of the person named just before is that person; an
organisation and its spokesman; a pair and one of its members. Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions


def _speakers(text: str) -> list[str]:
    return sorted(r[0] for r in speaker_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        # the description inside a longer subject, the pair in the next sentence of its paragraph
        "A fight for damages by an English couple who claimed they were victims of abuse in a Welsh "
        "town ended today.\nTom Rogers, 52, and his wife Ann, 53, said they had been vindicated.\n",
        # a one-sentence opening paragraph, the pair opening the next one
        "AN Irish couple who claimed bigots drove them out of a village accepted a settlement "
        "yesterday.\n\nDisabled Tom Rogers, 52, and his wife Ann, 53, are believed to have agreed £9,000.\n",
    ],
)
def test_an_opening_description_of_a_pair_named_next_is_the_pair(text):
    rows = text_attributions(text).dropna(subset=["speaker_id"])
    assert len(rows) == 2 and rows.speaker_id.nunique() == 1
    assert set(rows.speaker_label) <= {"Tom Rogers and Ann Rogers", "Disabled Tom Rogers and Ann Rogers"}
    assert all(rows.speaker_type == "person")


def test_an_opening_description_stays_apart_from_a_pair_named_later():
    text = (
        "An English couple who claimed they were abused won damages today.\n\n"
        "The case was heard in Cardiff. The judge, who sat alone, was brief.\n\n"
        "Tom Rogers, 52, and his wife Ann, 53, were not in court.\n"
    )
    assert "an english couple" in {r[0].lower() for r in speaker_rows(text)}  # not named in the next sentence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Keeper Bruce Dodd was cross-examined by George Carman, QC, today.\n\n"
            'Visibly angry, the goalkeeper replied: "I am innocent of all of it."\n',
            "Bruce Dodd",
        ),
        (
            "Bruce Dodd, the Zimbabwe international, was in the witness box.\n\n"
            'Dodd: "Yes, I took it."\n\n'
            "The Zimbabwean has told the jury that he did not mean to deceive.\n",
            "Bruce Dodd",
        ),
        (
            "Makeover star Ann Lowe went on trial today.\n\n"
            "The BBC1 makeover expert, who denied fraud, said she was broke.\n",
            "Ann Lowe",
        ),
    ],
)
def test_a_description_of_the_person_named_just_before_is_that_person(text, speaker):
    assert [r[0] for r in speaker_rows(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Ann Lowe was in court today.\n\nThe goalkeeper said he had seen her.\n",  # gender
        "George Carman, QC, opened the case today.\n\nThe goalkeeper said he was innocent.\n",  # an office
        "Bruce Dodd was in the witness box.\n\nThe Zimbabwean said he was innocent.\n",  # no Zimbabwe
        "Ann Lowe went on trial today.\n\nThe expert said the paintings were fakes.\n",  # a bare "expert"
    ],
)
def test_a_description_the_text_rules_apart_stays_apart(text):
    assert [r[2] for r in speaker_rows(text) if not r[0].startswith(("Ann", "Mrs", "Bruce", "George"))] == [1]


def test_a_husband_keeps_his_own_statements_beside_the_pair():
    text = (
        "Tom Rogers, 52, and his wife Ann, 53, are believed to have agreed £9,000.\n\n"
        "Mr and Mrs Rogers, who now live in Leeds, claimed they had suffered abuse.\n\n"
        "Mr Rogers claimed he was called names in the street.\n\n"
        'Leeds-born Mr Rogers said: "We had to leave."\n'
    )
    rows = text_attributions(text).dropna(subset=["speaker_id"])
    by_cue = dict(zip(rows.sent_id, rows.speaker_label, strict=True))
    assert len(rows[rows.sent_id == 1]) == 1  # "Mr and Mrs Rogers claimed": the pair's one statement
    assert by_cue[1] == "Tom Rogers and Ann Rogers"
    assert by_cue[2] == by_cue[3] == "Tom Rogers"  # his, not "Mrs Rogers"


def test_an_organisation_and_its_spokesman_are_one_speaker():
    text = (
        "The charity Mencap said the ruling was a scandal.\n\n"
        "Mr Justice Hale said the operation was lawful.\n\n"
        'A spokesman for Mencap said: "We will appeal."\n\n'
        "A Mencap spokeswoman added that the family was upset.\n"
    )
    rows = text_attributions(text).dropna(subset=["speaker_id"])
    body = rows[rows.sent_id != 1]
    assert set(body.speaker_label) == {"Mencap"} and set(body.speaker_type) == {"organisation"}
    assert body.speaker_id.nunique() == 1


def test_a_wife_by_title_is_not_her_named_husband():
    text = (
        "Tom Rogers, 52, and his wife Ann, 53, are believed to have agreed £9,000.\n\n"
        "Mr Rogers claimed he was called names in the street.\n\n"
        'Mrs Rogers said: "We had to leave."\n'
    )
    rows = text_attributions(text).dropna(subset=["speaker_id"])
    labels = dict(zip(rows.sent_id, rows.speaker_label, strict=True))
    assert labels[1] == "Tom Rogers" and labels[2] == "Mrs Rogers"


def test_a_people_after_a_person_of_its_country_is_no_one_person():
    # the seeds' 001, 13: "The Americans" after "U.S. Secretary of State Rex Tillerson" is a government
    text = (
        "Foreign Minister Ali Reza met his counterparts, including U.S. Secretary of State Bruce Dodd, "
        "on Monday.\nThe Americans expressed their worries about the plan and Reza said the talks "
        "would go on.\n"
    )
    rows = text_attributions(text)
    assert rows.loc[rows.speaker == "The Americans", "speaker_label"].tolist() == ["The Americans"]
