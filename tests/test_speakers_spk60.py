"""Rounds 26-27's leftover speaker kinds (branch spk60), on invented text (issue #22).

Each shape is one the audits list in ``benchmarks/claims.md`` ("Held out (round 27)": blast;
"Held out (round 26)": menson), written here with other names and other words.
"""

from __future__ import annotations

from pairs import speaker_rows, text_attributions

# --------------------------------- a person's condition that shows something is no speaker
SYMPTOMS = (
    "A gunman was not insane when he shot two guards, a defence psychologist told a court today.\n"
    "Dr Ruth Ames told Leeds Crown Court the man was fit to plead.\n"
    "Hale's symptoms suggested a brain injury dating back to a car crash in his teens.\n"
    "His behaviour showed that he knew what he was doing.\n"
)


def test_someones_symptoms_that_suggest_are_no_speaker():
    att = text_attributions(SYMPTOMS, "suggested")
    assert att.role.tolist() == ["mention"], att  # the base: "Hale's symptoms", a speaker
    assert [r[0] for r in speaker_rows(SYMPTOMS)] == ["Dr Ruth Ames"]


def test_a_condition_noun_alone_is_no_speaker_but_a_person_who_shows_is():
    from corpus_tools.attribution.condition_signs import condition_sign
    from corpus_tools.text.nlp import load_model

    doc = load_model()("The disorder meant he could not work. Ames showed the jury a chart.")
    assert condition_sign(doc[2], doc[1])  # "The disorder meant"
    assert not condition_sign(doc[8], doc[7])  # "Ames showed"


# --------------------------------- a group subject with a member named by apposition
GROUP = (
    "Two brothers were accused of robbing a post office, a court heard today.\n"
    "Labourer Dean Cole, 24, and driver Mark Cole, 22, deny robbery.\n"
    "Both men, and a third defendant, retired Peter Sands, 61, all deny handling the stolen cash.\n"
)


def test_third_defendant_in_apposition_is_a_speaker_of_his_own():
    att = text_attributions(GROUP, "deny")
    assert "retired Peter Sands" in att.speaker.tolist(), att  # no row for him on the base
    people = [r[0] for r in speaker_rows(GROUP)]
    assert "retired Peter Sands" in people, people


def test_group_member_needs_the_appositive_name():
    from corpus_tools.attribution.group_members import group_member
    from corpus_tools.text.nlp import load_model

    doc = load_model()("Both men, and a third defendant, all deny theft.")
    assert group_member(doc[1]) == []


# --------------------------------- an opening description that told a relative
TOLD = (
    "A young soldier who died after a bomb attack told his sister that he saw the car before it blew "
    "up, a Belfast court heard today.\n"
    "Ann Rowe said her brother Lee Rowe told her that he had seen a red car outside the barracks.\n"
    "Ann Rowe said she wrote down what he said.\n"
    "'I saw the car. Then there was a flash,' the soldier told her.\n"
)


def test_the_description_that_told_his_sister_is_the_brother_she_names():
    from corpus_tools import from_records
    from corpus_tools.attribution.accounting import speaker_table

    t = speaker_table(from_records([{"doc_id": "d", "text": TOLD}]))
    assert "Lee Rowe" in t.speaker.tolist(), t  # the base: "A young soldier" made Ann Rowe, the sister
    assert t.set_index("speaker").loc["Lee Rowe", "named"], t
    assert "Ann Rowe" in t.speaker.tolist(), t  # the sister, the addressee, a speaker of her own


def test_told_kin_opener_needs_the_kin_named_in_full():
    from corpus_tools.attribution.told_kin import told_kin_opener

    assert told_kin_opener("A young soldier", TOLD) == "Lee Rowe"
    assert told_kin_opener("A young soldier", TOLD.replace("her brother Lee Rowe", "her brother")) == ""
    assert told_kin_opener("The soldier", TOLD) == ""  # a definite description is another rule's


# --------------------------------- a passive request put in court by a named person
ASKED = (
    "A painter told the High Court that a magazine had lied about him.\n"
    "The jury was told the words were a libel. They were asked by Tom Reed, solicitor advocate for "
    "Mr Hale, to award damages of between 10,000 and 20,000 pounds.\n"
)


def test_passive_request_of_a_named_advocate_is_his_statement():
    att = text_attributions(ASKED, "asked")
    assert att.role.tolist() == ["speaker"], att  # the base: a mention, no statement
    assert "Tom Reed" in [r[0] for r in speaker_rows(ASKED)]


def test_passive_request_of_a_description_stays_no_statement():
    text = ASKED.replace("Tom Reed, solicitor advocate for Mr Hale,", "the lawyers")
    att = text_attributions(text, "asked")
    assert "speaker" not in att.role.tolist(), att


# --------------------------------- an opening office in capitals, its holder named next
CHAIR = (
    "THE CHAIRMAN of the public inquiry into the ferry disaster accused the ministry yesterday of "
    "ignoring its requests.\n"
    "Dame Joan Pryor, the head of the inquiry into the sinking of the ferry, criticised the ministry "
    "for failing to help a witness.\n"
    'She said: "The ministry is not above this inquiry."\n'
)


def test_opening_chairman_is_the_head_named_next():
    people = [r[0] for r in speaker_rows(CHAIR)]
    assert people == ["Dame Joan Pryor"], people  # the base: the chairman, anonymous, beside her


def test_office_opener_needs_the_same_body():
    from corpus_tools.attribution.office_openers import office_opener

    label = "THE CHAIRMAN of the public inquiry into the ferry disaster"
    assert office_opener(label, CHAIR) == "Dame Joan Pryor"
    assert office_opener(label, CHAIR.replace("head of the inquiry", "head of the coastguard")) == ""
