"""Who speaks, round 12 of issue 22: the S kinds read on the four METER courts stories of
``TUNE_10`` (``benchmarks/claims_tune10.md``). A refusal to speak is no statement ("declined to
give any evidence herself"); a plea in a relative clause on a name is the defendant's ("Jones, who
had pleaded not guilty"), also inside what the court heard; the speaker after a fronted participle
("Sentencing Jones, Peter Hill, the magistrate, said"); "she" is the woman the text describes
before a man of unknown gender; a name inside a quotation is not who "he said" stands for; an
initialism and "the trust" are institutions, "the hospital trust" the trust named before; a
quotation going on keeps its speaker near. Invented texts of the same shapes; each test fails
on ``6d39d12``."""

from __future__ import annotations

import pytest
from pairs import speaker_rows, text_attributions

_speakers = speaker_rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Hale declined to give any evidence herself during the trial.",
        "Hale declined to speak in her own defence.",
        "After the hearing, Hale and her father declined to comment.",
    ],
)
def test_a_refusal_to_speak_is_no_statement(sentence):
    text = f"The court heard that Hale, 19, kicked a guard.\n\n{sentence}"
    refusal = text_attributions(text, "declined")
    assert refusal.role.tolist() == ["mention"]  # the row stays (PolNeAR annotates it), no one speaks
    assert _speakers(text) == [["The court", "anonymous", 1]]


def test_a_plea_in_a_relative_clause_on_a_surname_is_the_defendants():
    text = "Jones, who had pleaded not guilty, was jailed for three months."
    plea = text_attributions(text, "pleaded")
    assert plea.speaker_label.tolist() == ["Jones"] and plea.role.tolist() == ["speaker"]
    assert _speakers(text) == [["Jones", "person", 1]]


def test_a_plea_in_a_relative_clause_is_not_nested_in_what_the_court_heard():
    text = "The court heard that Cole, who denied all three charges, pushed Pc Ames in the street."
    assert _speakers(text) == [["The court", "anonymous", 1], ["Cole", "person", 1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sentencing Jones, Peter Hill, the magistrate at Kendal, said he had no choice.",
            [["Peter Hill", "person", 1]],
        ),
        (
            "Sentencing Jones, who denied the charges, Peter Hill, the magistrate, said he had no choice.",
            [["Jones", "person", 1], ["Peter Hill", "person", 1]],
        ),
    ],
)
def test_the_speaker_after_a_fronted_participle(text, expected):
    assert _speakers(text) == expected


def test_a_plea_and_the_magistrate_after_a_fronted_participle_are_two_statements():
    text = "Sentencing Jones, who had pleaded not guilty, magistrate Peter Hill said he had no choice."
    said = text_attributions(text, "said")
    assert said.role.tolist() == ["speaker"]  # not nested in the plea's content
    assert _speakers(text) == [["Jones", "person", 1], ["magistrate Peter Hill", "person", 1]]


def test_she_is_the_wife_described_before_the_man():
    text = (
        "Kevin Marsh, 22, punched the student, who fell to the ground.\n\n"
        "As the student's wife Min-Ji tried to help her injured husband, Marsh kicked him.\n\n"
        'She later told police: "He would not stop."'
    )
    told = text_attributions(text, "told police")
    assert told.speaker_label.tolist() == ["the student's wife Min-Ji"]


def test_she_after_the_widow_in_her_own_sentence_is_the_widow_not_the_man_who_pleaded():
    text = (
        "Kevin Marsh, who admitted the attack, was jailed.\n\n"
        "The student's widow, Min-Ji Park, left court without comment. She had earlier complained "
        "about the police."
    )
    widow = ["The student's widow, Min-Ji Park", "person", 1]
    assert _speakers(text) == [["Kevin Marsh", "person", 1], widow]


def test_he_is_not_the_father_whose_statement_the_magistrate_quotes():
    text = (
        "Mr Hale praised a statement received from Brown's father, which stressed his regret, "
        'saying: "The letter is fair."\n\n'
        "But he added that Brown could have avoided the press if she had pleaded guilty.\n\n"
        'He said: "She must face the press."'
    )
    rows = text_attributions(text)
    assert rows[rows.cue.isin(["added", "said"])].speaker_label.tolist() == ["Mr Hale", "Mr Hale"]


def test_he_said_is_not_a_woman_named_inside_his_quotation():
    text = (
        'Mr Grace said: "Not a single expert on the other side has examined Kerstin."\n\n'
        "He said Kerstin had learned to use a computer with a pointer.\n\n"
        '"She tries to talk with her eyes because she cannot speak. Kerstin often cries loudly '
        "because of her pain.\n\n"
        '"She loves to watch dancing on television."\n\n'
        "He said her condition was hard to judge because she cannot talk."
    )
    assert _speakers(text) == [["Mr Grace", "person", 6]]  # a row each sentence of a quotation (round 14)


def test_he_added_after_a_quotation_over_three_paragraphs_is_its_speaker():
    text = (
        "Mr Park told the court that he stayed with his wife.\n\n"
        '"I was there all day.\n\n'
        '"I read to her from magazines."\n\n'
        'He added: "I felt I was to blame."'
    )
    added = text_attributions(text, "added")
    assert added.speaker_label.tolist() == ["Mr Park"]


def test_an_initialism_is_an_institution_not_the_man_who_speaks_after_it():
    text = (
        'The RSPCA, which brought the case, said: "We are delighted."\n\n'
        "Dickon Reed, an agent for the estate, expressed his shock at the sentence.\n\n"
        '"Jones left by agreement," he said.'
    )
    # "expressed his shock" is his statement too: he speaks twice
    assert _speakers(text) == [["The RSPCA", "organisation", 1], ["Dickon Reed", "person", 2]]


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("After the hearing Mr Gedge expressed his disappointment but declined to comment further.", True),
        ("After the hearing Mr Gedge declined to comment further.", False),
    ],
)
def test_a_feeling_expressed_is_a_statement(sentence, speaks):
    text = f"The court heard that Gedge was drunk.\n\n{sentence}"
    gedge = [row for row in _speakers(text) if "Gedge" in row[0]]
    assert gedge == ([["Mr Gedge", "person", 1]] if speaks else [])


def test_the_hospital_trust_is_the_trust_named_before():
    text = (
        "He has moved to a flat paid for by Bromley NHS trust, which has admitted liability but "
        "disputes the damages.\n\n"
        "Her husband wants her home but the hospital trust says she should go to a nursing home."
    )
    assert _speakers(text) == [["Bromley NHS trust", "organisation", 2]]


def test_a_plea_whose_not_guilty_the_parser_hangs_on_the_next_noun():
    # "not guilty" parsed as the modifier of "magistrate", the object of "pleaded"
    text = (
        "Sentencing Drummond, who had pleaded not guilty, stipendiary magistrate, Peter Ward said that "
        "because of the cruel nature of the killings he had no choice but to impose a jail sentence."
    )
    rows = text_attributions(text)
    assert rows.cue.tolist() == ["had pleaded", "said"] and rows.role.tolist() == ["speaker", "speaker"]
    assert rows.speaker.tolist()[1] == "Peter Ward" and rows.speaker_id.nunique() == 2


def test_he_is_still_the_nearest_speaker_not_the_man_with_a_title():
    # the marked gender goes first for "she" only: "Mr Gedge" is not put before the Recorder
    text = (
        "Roger Gedge claimed the driver had been negligent.\n\n"
        "But today Recorder Iain McLaren ruled against Mr Gedge.\n\n"
        'He said: "Nothing the driver did was careless."'
    )
    said = text_attributions(text, "said")
    assert said.speaker_label.tolist() == ["McLaren"]


def test_a_surname_in_ing_is_no_fronted_participle():
    # the tagger reads "Fleming" as a verb: still the speaker, not the county after it
    text = "Fleming, of Bracknell, Berks, had denied the charges but admitted that he had lied."
    rows = text_attributions(text)
    assert set(rows.speaker) == {"Fleming"}
