"""Who speaks, round 20 of issue 22 (branch spk42): speaker shapes spk41 left on round 20's pair
(``benchmarks/README.md``, "Issue 22, round 20's held-out speaker kinds (branch spk41)", its "Left"
paragraph). Invented texts of the same shapes; each test fails on ``6da1301`` unless it says it is
a guard."""

from __future__ import annotations

from pairs import speaker_rows

_AGED_DAD = (
    "Former dancer Rosa Halloran died after brain surgery, an inquest heard.\n\n"
    "Her dad Hector, 58 asked the inquest why nurses had not waited until she was stronger.\n\n"
    "Dr Ann Hale said the operation had gone well."
)
_FATHER_NAMED = (
    "Former dancer Rosa Halloran, 34, died after brain surgery, an inquest heard.\n\n"
    "Miss Halloran's 58-year-old father Rufus asked why nurses had not waited until she was stronger.\n\n"
    "Dr Ann Hale said the operation had gone well."
)
_FATHER_AGAIN = (
    "Former dancer Rosa Halloran died after brain surgery, an inquest heard.\n\n"
    "Her father, Hector, and sister, Moira, asked Mr Hale at the inquest why he had agreed to operate "
    'when Halloran was so thin. "I am sure if Rosa wanted the operation she would have agreed to eat '
    'more first," her father said.\n\n'
    "Mr Colin Hale said the operation had gone well."
)


def test_a_kin_noun_with_a_name_and_an_age_missing_its_comma_is_that_person():
    # "Her dad Hector, 58 asked": the parser made the age a second subject, and the question was lost
    rows = [["inquest", "anonymous", 1], ["Her dad Hector", "person", 1], ["Dr Ann Hale", "person", 1]]
    assert speaker_rows(_AGED_DAD) == rows  # the hearing: ", an inquest heard." (heard_nouns, tune22)


def test_a_kin_phrase_ending_in_a_given_name_the_ner_missed_is_a_named_person():
    # "Rufus" read as an organisation by the NER: the father was typed anonymous
    assert speaker_rows(_FATHER_NAMED) == [
        ["inquest", "anonymous", 1],
        ["Miss Halloran's 58-year-old father Rufus", "person", 1],
        ["Dr Ann Hale", "person", 1],
    ]


def test_a_bare_kin_word_after_the_named_kin_phrase_is_that_relative():
    # "her father said" after "Her father, Hector, and sister, Moira, asked": one speaker, not two
    assert speaker_rows(_FATHER_AGAIN) == [
        ["inquest", "anonymous", 1],
        ["Her father, Hector", "person", 2],
        ["Mr Colin Hale", "person", 1],
    ]


def test_a_bare_kin_word_stays_apart_when_two_relatives_of_that_kin_were_named():
    text = _FATHER_AGAIN.replace("and sister, Moira,", "and her father, Bruno,")  # guard
    assert ["her father", "anonymous", 1] in speaker_rows(text)


def test_a_given_name_and_an_age_after_a_fronted_phrase_is_the_person_named_in_full():
    # "Days after the op Nina, 34, ... asked": the parser hung the name on "op"; the label "Nina, 34"
    text = (
        "TRAGIC child star Nina Halloran told a nurse she would leave.\n\n"
        "Days after the op Nina, 34, appeared to be on the mend and asked consultant surgeon Ann Hale "
        "if she would be able to resume her stage career."
    )
    assert speaker_rows(text) == [["TRAGIC child star Nina Halloran", "person", 2]]


def test_he_after_a_job_noun_subject_with_a_name_is_that_person_not_the_earlier_speaker():
    # "A pathologist, Colin Marsh, gave the cause ... He said": the pathologist, not the surgeon
    text = (
        "Former dancer Rose Dean died after brain surgery, an inquest was told yesterday.\n\n"
        "A consultant surgeon, Tom Reed, told the inquest that the dancer had been desperate to have "
        "the operation.\n\n"
        "He said Miss Dean was being treated for depression.\n\n"
        "A pathologist, Colin Marsh, gave the cause of Miss Dean's death as heart failure. He said her "
        "weight at the time of death would have made it harder for her body to fight off infection.\n\n"
        "Recording a verdict of natural causes, the county coroner, Paul Grant, said the dancer had "
        "known the risks."
    )
    rows = speaker_rows(text)
    assert rows[:3] == [
        ["an inquest", "anonymous", 1],
        ["A consultant surgeon, Tom Reed", "person", 2],
        ["A pathologist, Colin Marsh", "person", 1],  # not the coroner named after him
    ]
    assert rows[3][0] == "the county coroner, Paul Grant"
