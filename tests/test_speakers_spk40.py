"""Who speaks, round 20 of issue 22 (branch spk40): the speaker kinds round 19 left (an unnamed
spouse in apposition, two people of one surname merged across genders, a pronoun after a sentence
whose subject is a person, a job noun after the named person who opens the sentence). Invented
texts of the same shapes; each test fails on ``ccf94c0`` unless it says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

from corpus_tools.attribution.job_nouns import job_holder, opening_holder
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
        'child in court. Mr Holt, who is in his early fifties, said: "He had a stable and loving '
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


# ------------------------------------------- 3. a pronoun after a sentence whose subject is a person


def test_he_denies_after_the_defendant_arrested_is_the_defendant_not_counsel():
    text = (
        "A BAKER put ground glass into thousands of pies after being told he would lose his job, a "
        "court heard yesterday.\n\n"
        "Dean Dunn, 58, allegedly tipped the glass into the pastry over four weekends.\n\n"
        'Prosecutor Tom Reed told Leeds Crown Court: "The defendant was heard by colleagues saying he '
        'was unhappy." Mr Reed added that tests showed the glass came from the bakery.\n\n'
        "Dunn, from Otley, West Yorkshire, was arrested in March last year.\n\n"
        "He denies four charges of contaminating food."
    )
    rows = text_attributions(text, "denies")
    assert rows.speaker_label.tolist() == ["Dean Dunn"]


def test_she_said_after_a_dash_aside_is_the_woman_who_made_the_statement():
    text = (
        "The fiancee of Brian Ward wept yesterday after the man accused of killing him was cleared.\n\n"
        "Kate and Brian were walking home from a party in 1997 when Dunn attacked.\n\n"
        "Kate, 27, says Dunn made a crude remark, then launched into an assault.\n\n"
        "He knocked down Brian and began kicking him.\n\n"
        "Horrified Kate ran to call for help, but the prosecution say Dunn pushed her fiance into a bus. "
        "Brian died of his injuries shortly afterwards in hospital.\n\n"
        "Kate - who has been in Spain with Brian's mum, dad and sisters Amy, 30, and Jill, 25, for a "
        'month - made a tearful statement after the verdict. She said: "I have waited two years."'
    )
    rows = text_attributions(text, "said")
    assert rows[["speaker", "speaker_label"]].values.tolist() == [["She", "Kate"]]
    # and "Kate" alone is no longer the pair of "Kate and Brian"
    assert text_attributions(text, "says").speaker_label.tolist() == ["Kate"]


def test_he_after_a_sentence_whose_subject_is_a_woman_keeps_the_speaker():  # a guard: genders
    text = (
        'Prosecutor Tom Reed said: "The defendant lied." \n\n'
        "Mrs Ann Dunn, from Otley, was arrested in March.\n\n"
        "He told the jury the tests were clear."
    )
    rows = text_attributions(text, "told")
    assert rows.speaker_label.tolist() == ["Prosecutor Tom Reed"]


# ------------------------------------------- 4. a job noun tagging a sentence a named person opens


def test_the_job_noun_that_tags_the_sentence_is_the_person_who_opens_it():
    text = (
        "TOMMY Lee Hale was shocked and angry when two magazines falsely accused him of having a "
        "'long battle with gambling', the baker told the High Court yesterday.\n\n"
        "Hale, 41, is suing the magazines for libel. His counsel, Ann Cole QC, said the claim was "
        "'completely untrue'."
    )
    assert speaker_rows(text) == [["Tommy Lee Hale", "person", 1], ["His counsel, Ann Cole QC", "person", 1]]


def test_a_job_noun_after_a_sentence_that_ends_is_not_the_name_before_it():  # a guard
    assert job_holder("the baker", False, "Tom Hale was angry. ", "the baker told the court", {"Hale"}) == ""
    assert opening_holder("the baker", False, "Later, Tom Hale was angry, ", {"Hale"}) == ""


# ------------------------------------------- guards read on round 19's 27.01.00/wife (pass on ccf94c0)


def test_he_after_a_sentence_where_her_husband_acts_too_is_not_the_wife():  # a guard
    text = (
        "A wife who paid a man to attack her husband was jailed for three years yesterday.\n\n"
        "But mother-of-two Ann Lee, 39, was spared a longer sentence after husband Tom, 36, pleaded "
        "for mercy.\n\n"
        "He said after the case at Derby Crown Court: 'My feelings have never changed about her.'"
    )
    assert "Ann Lee" not in text_attributions(text, "said").speaker_label.tolist()


def test_mrs_after_husband_and_wife_named_apart_in_full_is_the_wife():  # a guard
    text = (
        "A HUSBAND whose wife paid a man to attack him said he forgave her.\n\n"
        "Tom Lee, who was attacked in his sleep, said: 'Who knows what the future will hold?'\n\n"
        "Kitchen worker Ann Lee, who was jailed for three years yesterday, paid a man to attack him.\n\n"
        "Mrs Lee claimed that he had beaten her."
    )
    rows = text_attributions(text, "claimed")
    assert rows.speaker_label.str.endswith("Ann Lee").tolist() == [True]


def test_a_sentence_opened_by_one_capitalised_word_gives_no_job_holder():  # a guard (16.07.99/care)
    before = "Health trusts can pass the cost of care to councils, "
    assert opening_holder("the ruling", False, before, {"Health", "Hale"}) == ""
