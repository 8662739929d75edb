"""One person, one speaker (issue 22, round 5's held-out METER stories): the person on trial under
every description the story gives them, one speaker across a wire story's takes, relatives who
share a surname kept apart, a surname the tagger reads as a verb, a name hung on an opening phrase,
non-speakers, and quotations given to the subject of their cue. Invented texts of the same shapes
as the wrong claims."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.defendant import defendant_heads, description_head, is_defendant
from corpus_tools.attribution.identities import clean_label, person_surnames

#: a court story whose defendant is never named (a boy of 14), told as a wire's takes
_TRIAL = (
    "A 14-year-old boy went on trial today accused of setting fire to a school in Hadley.\n\n"
    "The schoolboy, who cannot be named for legal reasons, allegedly started the fire with petrol, "
    "Hadley Crown Court heard.\n\n"
    "The teenager, who denies arson, told police he had been at home all evening."
)


_table = speaker_rows


@pytest.mark.parametrize(
    "label, expected",
    [("A GIRL of 13", "girl"), ("The teenager", "teenager"), ("the accused at", "accused"), ("Doctors", "")],
)
def test_description_head(label, expected):
    assert description_head(label) == expected


def test_the_heads_a_story_ties_to_the_person_on_trial():
    assert defendant_heads(_TRIAL) == {"boy", "schoolboy", "teenager", "defendant", "accused"}
    # a head the text gives a name in apposition is that person, not the defendant
    named = "The boy, Tom Hale, denies the charge. The boy said he was at home."
    assert "boy" not in defendant_heads(named)
    assert is_defendant("The schoolboy", {"schoolboy"}) and not is_defendant("The jury", {"jury"})


def test_the_defendant_under_several_descriptions_is_one_speaker():
    text = _TRIAL + "\n\nThe defendant later said the fire had been an accident."
    assert _table(text) == [["Hadley Crown Court", "anonymous", 1], ["The teenager", "anonymous", 3]]


def test_the_defendant_is_one_speaker_across_takes_and_kept_under_another_description():
    takes = [
        _TRIAL,
        "Mr Tom Hale for the Crown said the fire caused damage worth two million pounds.\n\n"
        "The defendant told police he had seen two older boys near the school.",
    ]
    paper = (
        "A schoolboy of 14 denies arson after a fire at a school in Hadley, a court heard yesterday.\n\n"
        "The boy told police he had been at home all evening.\n\n"
        "Tom Hale, prosecuting, said the fire caused damage worth two million pounds."
    )
    s = speaker_survival(takes_and_paper(takes, paper, "1999-09-28"), source="PA")
    # the takes' speakers once each: the court, the boy (three descriptions), Mr Hale (no "Crown")
    assert sorted(s["speaker"]) == ["Hadley Crown Court", "Mr Tom Hale", "The teenager"]
    assert s.set_index("speaker").loc["The teenager", ["status", "became"]].tolist() == ["kept", ""]


def test_relatives_who_share_a_surname_are_two_speakers():
    text = (
        "Tom's mother Ruth Hale said she had trusted the boy.\n\n"
        "Ms Hale, a single mother, said she had gone out at eight.\n\n"
        "Jane Hale told the court she had found Tom in his cot.\n\n"
        "Ms Hale said she had locked the door."
    )
    assert _table(text) == [["Tom's mother Ruth Hale", "person", 3], ["Jane Hale", "person", 1]]


def test_a_relative_named_by_a_given_name_and_the_others_surname():
    text = (
        "Ruth Hale said she had trusted the girl.\n\n"
        "Her sister Jane Hale lived opposite.\n\n"
        "Ms Hale's sister Jane said: 'I knew she was dead.'"
    )
    assert ["Jane Hale", "person", 1] in _table(text)


def test_a_surname_ending_in_ing_that_opens_a_sentence_is_the_speaker():
    text = (
        "Former singer Tom Fielding was jailed for four years in Prague today.\n\n"
        "Fielding claimed he had been set up by police."
    )
    a = text_attributions(text)
    assert a[a["role"] == "speaker"][["speaker", "speaker_label", "named"]].values.tolist() == [
        ["Fielding", "Tom Fielding", True]
    ]


def test_a_name_in_an_opening_phrase_is_the_subject_and_his_quotation_is_his():
    text = (
        "The boy denies arson.\n\n"
        "In his opening speech Richard Wade QC, for the prosecution, rejected the explanation and "
        "said all the boy's versions of events were untrue.\n\n"
        'He said: "The witnesses have never seen a fire of this size.\n\n'
        '"It was not an accident."'
    )
    assert ["Richard Wade QC", "person", 4] in _table(text)  # rejected, said, "He said:", its next paragraph


@pytest.mark.parametrize(
    "text",
    [
        "The child was put on a ventilator and admitted to intensive care.",
        "Police warned that the crackdown on sex tourism in Asia has added to Eastern Europe's attractions.",
        "All the boys had to fill in consent forms, signing away the rights to the images as well as "
        "stating that they were over 18.",
    ],
)
def test_subjects_that_do_not_speak_are_no_speakers(text):
    assert all(s in ("Police",) for s, _, _ in _table(text))


def test_a_cue_inside_a_quotation_leaves_the_quotation_to_the_outer_speaker():
    text = (
        "Mr Tom Hale opened the case for the prosecution.\n\n"
        'Mr Hale said: "The Crown say all the versions of the boy are untrue.\n\n'
        '"He knew what he was doing."'
    )
    assert _table(text) == [["Tom Hale", "person", 2]]


def test_a_pronoun_in_a_clause_of_manner_is_the_main_clause_subject():
    text = (
        "The girl, who denies murder, said the baby had fallen.\n\n"
        "Miss Hale, 26, wept as she told the jury she had trusted the girl."
    )
    assert ["Miss Hale", "person", 1] in _table(text)


def test_an_age_alone_is_the_person_named_before_and_a_plural_before_a_name_is_no_name():
    text = (
        "Tom Fielding was charged in Prague with abusing boys.\n\n"
        "From the outset, the 58-year-old maintained that he was innocent.\n\n"
        "According to doctors Molly Hale, 16 months, was struck with force."
    )
    assert _table(text) == [["Tom Fielding", "person", 1], ["doctors", "anonymous", 1]]


def test_who_after_an_address_is_the_person():
    text = "Tom Fielding, 58, from Bracknell, Berkshire, who admitted the charges, was jailed."
    assert _table(text) == [["Tom Fielding", "person", 1]]


def test_the_staff_of_a_named_institution_is_that_institution_across_takes():
    takes = [
        "The National Crime Agency said the man was jailed today.",
        "Police at the National Crime Agency in London warned that such men travel abroad.",
    ]
    s = speaker_survival(takes_and_paper(takes, "A man was jailed.", "2000-03-15"), source="PA")
    assert s["speaker"].tolist() == ["The National Crime Agency"]


def test_labels_and_surnames():
    assert clean_label("Mr Anthony Wade for the Crown") == "Mr Anthony Wade"
    assert clean_label("Counsel for the Crown") == "Counsel for the Crown"
    # a full name that opens a sentence, its surname used alone or with an age elsewhere
    text = "Tom Fielding, 58, was jailed. A court heard that Fielding, 59, lied."
    assert "Fielding" in person_surnames(text)


def test_a_quotation_in_single_marks_after_a_colon_is_one_statement():
    text = (
        "Jane Hale told the court: 'I ran across the road and up the stairs. I saw Tom ... "
        "I knew he was dead.' Neighbours called an ambulance."
    )
    a = text_attributions(text)
    row = a[a["role"] == "speaker"].iloc[0]
    content = text[int(row["content_start"]) : int(row["content_end"])]
    assert content.startswith("I ran across") and content.endswith("I knew he was dead.")
