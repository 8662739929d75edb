"""Who speaks, round 14 of issue 22 (the held-out stories of round 14, 04.10.99/lynx and
28.09.99/inqshot), S kinds 3, 4, 6 and 7 of the audit: a plea after a descriptive title; a
name after a hyphenated office; a lawyer's name before ", QC, prosecuting"; a body's kind, an
office, a force after a name and a place's institution typed by the name. Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools.attribution.title_types import titled_type

_OPEN = "A man was jailed at Hull Crown Court yesterday.\n\n"


def test_a_plea_after_a_descriptive_title_is_the_named_person_s():
    text = (
        "Serial sex attacker Dean Royle today pleaded guilty to three thefts and one charge of assault "
        "causing actual bodily harm at Hull Crown Court. Sentencing was adjourned to tomorrow.\n"
    )
    rows = text_attributions(text, cue="pleaded")
    assert rows.speaker.tolist() == ["Serial sex attacker Dean Royle"]
    assert rows.named.tolist() == [True]


def test_a_name_after_a_hyphenated_office_stays_in_the_label():
    text = _OPEN + '"This is a disgrace," said campaign co-director Mary Fenton.\n'
    rows = text_attributions(text, cue="said")
    assert rows.speaker_label.tolist() == ["campaign co-director Mary Fenton"]
    assert rows.named.tolist() == [True]


def test_the_lawyer_before_qc_prosecuting_speaks():
    text = (
        _OPEN + "The judge ordered that two other charges lie on the file after John Harper, QC, "
        "prosecuting told the court that the victims did not want to give evidence.\n"
    )
    rows = text_attributions(text, cue="told")
    assert rows.speaker.tolist() == ["John Harper"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Pressure group Roadwatch said the verdict was wrong.", "organisation"),
        ("The campaign group Roadwatch said it was shocked.", "organisation"),
        ('Co-director Mary Fenton said: "This is a disgrace."', "official"),
        ("Detective Superintendent Brian Hollis of Kent Police said the inquiry was over.", "official"),
    ],
)
def test_a_speaker_is_typed_by_the_name_not_the_word_beside_it(sentence, kind):
    rows = text_attributions(_OPEN + sentence + "\n", cue="said")
    assert list(zip(rows.speaker_type, rows.named, strict=True)) == [(kind, True)]


@pytest.mark.parametrize(
    ("label", "stype", "named", "expected"),
    [
        ("Scotland Yard", "person", True, ("organisation", True)),  # the tagger's PERSON
        ("The pressure group Inquest", "organisation", False, ("organisation", True)),
        ("Co-director Mary Fenton", "anonymous", False, ("official", True)),
        ("Jane Court", "person", True, ("person", True)),  # a surname that is an institution's head
        ("Mr Yard", "person", True, ("person", True)),  # a title: a person
        ("the union leader", "anonymous", False, ("anonymous", False)),  # no name after the kind
        ("Lawyers for Home Secretary Jane Roe", "anonymous", False, ("anonymous", False)),  # for her
    ],
)
def test_titled_type(label, stype, named, expected):
    s = titled_type({"speaker_label": label, "speaker_type": stype, "named": named})
    assert (s["speaker_type"], s["named"]) == expected


def test_the_officer_after_a_police_spokesman_is_that_spokesman():
    text = (
        _OPEN + "A spokesman for Kent Police said the force was pleased with the sentence. The officer "
        "said the victims had shown great courage.\n"
    )
    rows = text_attributions(text, cue="said")
    assert rows.speaker_id.nunique() == 1  # one speaker (labelled by the force, spokesmen.py)


def test_the_officer_is_no_spokesman_of_a_firm():
    text = (
        _OPEN + "A spokesman for Tesco said the firm was pleased. The officer said the victims had "
        "shown great courage.\n"
    )
    rows = text_attributions(text, cue="said")
    assert rows.speaker_id.nunique() == 2 and rows.speaker_label.tolist()[1] == "The officer"


def test_a_negated_report_is_no_statement():
    text = (
        _OPEN + "Kent police appealed for any women who had been attacked but had not reported it to "
        "come forward.\n"
    )
    rows = text_attributions(text, cue="reported")
    assert rows.role.tolist() == ["mention"]


@pytest.mark.parametrize(
    ("name", "force", "search"),
    [
        ("Mark Dennis", "Avon and Somerset Police", "search"),  # the name heads a clause (ccomp)
        ("Paul Hart", "South Yorkshire Police", "inquiry"),  # ... or an adverbial clause (advcl)
    ],
)
def test_a_name_before_a_which_clause_and_said_speaks(name, force, search):
    text = (
        _OPEN + f"{name}, Assistant Chief Constable of {force}, which co-ordinated the {search}, said he "
        "was pleased with the guilty pleas which meant his victims did not have to relive their "
        "experiences in court.\n"
    )
    rows = text_attributions(text, cue="said")
    assert rows.speaker_label.tolist() == [name]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The family of the dead man demanded that the driver be charged.", "The family of the dead man"),
        ("Police have appealed for witnesses to come forward.", "Police"),
        ("Kent police appealed for information about the attacks.", "Kent police"),
        ("Kent police appealed to women who may have been robbed to contact them.", "Kent police"),
    ],
)
def test_a_demand_and_a_public_appeal_are_statements(sentence, speaker):
    rows = text_attributions(_OPEN + sentence + "\n", cue="demanded|appealed")
    assert rows.speaker.tolist() == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver appealed against his sentence.",  # an appeal at law
        "The driver appealed to the Court of Appeal.",  # ... to a court
        "The family demanded compensation.",  # a thing demanded, no clause
    ],
)
def test_an_appeal_at_law_and_a_demand_of_a_thing_are_no_statements(sentence):
    assert text_attributions(_OPEN + sentence + "\n", cue="demanded|appealed").empty


def test_the_antecedent_of_who_they_said_says_nothing():
    text = (
        "A man was shot dead by police in Leeds.\n\nOfficers later spotted Mr Hill, who they said matched "
        "the description of the gunman.\n"
    )
    rows = text_attributions(text, cue="said")
    assert rows.speaker.tolist() == ["they"]
    assert "Mr Hill" not in rows.speaker_label.tolist()
