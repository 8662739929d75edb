"""Who speaks, round 20 of issue 22 (branch spk40): the speaker kinds round 19 left (an unnamed
spouse in apposition, two people of one surname merged across genders, a pronoun after a sentence
whose subject is a person, a job noun after the named person who opens the sentence). Invented
texts of the same shapes; each test fails on ``ccf94c0`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.namesakes import joint_surnames, title_apart

# ------------------------------------------- 1. a spouse in apposition without her name


def test_a_husband_and_his_unnamed_wife_in_apposition_are_the_couple():
    text = (
        "Mary and Peter Holt today rejected the claims of the driver that their daughter Lucy was a "
        "``liar''.\n\n"
        "Peter Holt, who is in his late 40s and works at a county museum in Derby, and his wife, a "
        "part-time school secretary, who is in her 40s, said the picture of Lucy given in court was "
        "``unfair''.\n\n"
        "The couple said: ``Nobody who knew her would know the girl described as our Lucy.''\n\n"
        "Mr and Mrs Holt added: ``We will plant a tree for her.''"
    )
    assert speaker_rows(text) == [["Mary Holt and Peter Holt", "person", 7]]


def test_an_unnamed_wife_takes_the_husbands_surname_and_her_title():
    text = "Peter Holt, 52, and his wife, a nurse, said they would appeal against the ruling."
    assert speaker_rows(text) == [["Peter Holt and Mrs Holt", "person", 1]]
    text = "Ann Holt, 40, and her husband, a builder, said they were shocked by the verdict."
    assert speaker_rows(text) == [["Ann Holt and Mr Holt", "person", 1]]


def test_a_wife_the_clause_describes_is_no_joint_speaker():  # a guard
    text = "Peter Holt, whose wife is a nurse, said he would appeal against the ruling."
    assert speaker_rows(text) == [["Peter Holt", "person", 1]]


# ------------------------------------------- 2. one surname, two people: a title is no given name


def test_mr_after_a_couple_of_two_given_names_is_not_the_one_named_in_full():
    text = (
        "A builder was yesterday jailed for life for killing a boy of 11. Dean Hale, 40, of Ripon, was "
        "convicted of murder.\n\n"
        "The boy's parents, Peter and Mary Holt, yesterday said that Hale had misrepresented their "
        "child in court. Mr Holt, who is in his early fifties, said: \"He had a stable and loving "
        'family. He was generally polite."'
    )
    rows = text_attributions(text)
    assert set(rows.loc[rows.speaker == "Mr Holt", "speaker_label"]) == {"Mr Holt"}
    assert "Mary Holt" not in {r[0] for r in speaker_rows(text)}


def test_mr_after_the_joint_subject_is_himself_not_the_wife():
    text = (
        "A builder was jailed.\n\n"
        "Peter and Mary Holt, his victim's parents, said the sentence was too short. "
        "Mr Holt added: ``We are heartbroken.''"
    )
    assert speaker_rows(text) == [["Peter Holt and Mary Holt", "person", 2], ["Mr Holt", "person", 1]]


def test_a_full_name_the_text_gives_his_gender_still_takes_mr():  # a guard
    mr = {"surname": "Holt", "first": "", "gender": "m"}
    names = [(0, "Peter", "Holt"), (10, "Mary", "Holt")]
    assert title_apart(mr, {"firsts": {"Peter"}, "gender": "m"}, names, {("Peter", "Holt"): "m"}) is False
    assert title_apart(mr, {"firsts": {"Mary"}, "gender": "m"}, names, {}) is True
    assert title_apart(mr, {"firsts": {"Mary"}, "gender": ""}, names[1:], {}) is False  # one given name
    assert joint_surnames({"d": "Tom and Ann Lee came. Hale and Dunn left."}) == {("d", "Lee")}
