"""Who speaks, round 21 of issue 22 (branch spk45): PA's witnesses under two labels in a
many-witness source (``benchmarks/claims.md``, "Twenty-first round", cause 2): an anonymous lead
and the name in the next sentence, a surname the takes spell two ways, a bare given name after a
witness's kin word. Invented texts of the same shapes; each test fails on ``f1a07c2`` unless it
says it is a guard."""

from __future__ import annotations

from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.kin_given_alone import kin_given_alone
from corpus_tools.attribution.opening_pleas import description_head

# ------------------------------------------- an anonymous lead and the name in the next sentence

LEAD = (
    "A CYCLIST DIED IN THE ROAD<\n"
    "By Ann Page, PA News<\n"
    "Cyclist Tom Reed was thrown from his bike moments before he died, an eye-witness told the "
    "Old Bailey today.<\n"
    "Mrs Ruth Hale said she watched from her car as the two men argued by the kerb.<\n"
    "``He was holding his side and calling for help,'' she said.<\n"
)


def test_a_hyphenated_head_is_a_description_head():
    assert description_head("an eye-witness") == "eye-witness"


def test_an_eye_witness_lead_and_the_name_after_it_are_one_witness():
    rows = text_attributions(LEAD)
    assert rows["speaker_label"].tolist() == ["Ruth Hale"] * 3
    assert rows["speaker_id"].nunique() == 1


def test_an_eye_witness_lead_with_no_name_after_it_stays_anonymous():  # a guard
    text = LEAD.split("Mrs Ruth Hale")[0] + "The trial continues.<\n"
    assert speaker_rows(text) == [["an eye-witness", "anonymous", 1]]


# ------------------------------------------- a bare given name after a witness's kin word

HUSBAND = LEAD + (
    "Mrs Hale's husband, Tom told the court the fight was ``very violent''.<\n"
    "``I saw the older man throw the first punch,'' he said.<\n"
)


def test_a_given_name_after_a_witness_kin_word_takes_her_surname_not_the_victims():
    rows = text_attributions(HUSBAND, "told the court|said")
    assert rows["speaker_label"].tolist()[-2:] == ["Tom Hale", "Tom Hale"]
    assert "Tom Reed" not in set(rows["speaker_label"])


def test_kin_given_alone():
    s = {"speaker_label": "Tom", "speaker_type": "person", "named": True}
    assert kin_given_alone(s, "Tom Reed died. Mrs Hale's elder son ")["speaker_label"] == "Tom Hale"
    assert kin_given_alone(s, "Tom Reed died. Mrs Hale said that ")["speaker_label"] == "Tom"  # a guard
    named = {"speaker_label": "Tom Hale", "speaker_type": "person", "named": True}
    assert kin_given_alone(named, "Mrs Hale's husband, ") == named  # a guard: a full name stays


# ------------------------------------------- one witness, her surname spelt two ways in the takes


def test_a_surname_the_takes_spell_two_ways_is_one_wire_speaker_kept_by_the_paper():
    takes = [
        "Mrs Ruth Dorrell said she saw the younger man strike the first blow near the bridge.<\n"
        "``He swung at him with his right hand,'' she told the jury.<\n",
        "Attention sub-editors: the witness is Mrs Dorrel, not Dorrell as in the first take.<\n"
        "Mrs Dorrel said the older man tried to walk away from the fight before the blow.<\n",
        "One witness, Ruth Dorrel, said she saw the younger man strike the first blow.<\n"
        "``He swung at him with his right hand,'' she said.<\n",
    ]
    paper = "Ruth Dorrel said the older man tried to walk away from the fight before the blow.\n"
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    assert len(s) == 1
    assert s["status"].tolist() == ["kept"]


def test_two_witnesses_of_one_surname_stay_two():  # a guard: another given name is another person
    takes = [
        "Mrs Ruth Dorrell said she saw the younger man strike the first blow near the bridge.<\n",
        "Mr Sam Dorrell said the older man tried to walk away from the fight before the blow.<\n",
    ]
    paper = "Sam Dorrell said the older man tried to walk away from the fight before the blow.\n"
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    assert len(s) == 2


# ------------------------------------------- the papers' speakers: a subject the parse hangs elsewhere


def test_a_name_set_off_by_however_is_the_speaker():
    rows = text_attributions(
        "Ann Dear, however said Hale landed the first blow, hitting Mr Cole in the face."
    )
    assert rows[["speaker_label", "cue"]].values.tolist() == [["Ann Dear", "said"]]


def test_the_person_an_as_names_before_said_is_the_speaker_not_the_one_who_sat():
    text = "Reed sat grim-faced in court as Ann Hale, QC, said he was a liar who had misled his lawyers."
    rows = text_attributions(text, "said")
    assert rows["speaker_label"].tolist() == ["Ann Hale"]


def test_an_as_clause_with_no_verb_of_saying_makes_no_speaker():  # a guard
    assert text_attributions("Reed sat grim-faced in court as Ann Hale, QC, watched him.").empty


def test_a_witness_husband_by_his_kin_label_and_as_mr_are_one_speaker():
    text = (
        "Mrs Ruth Hale said she watched from her car as the two men argued by the kerb.\n\n"
        "Mrs Hale's husband Tom said the younger man seemed to chase the older one.\n\n"
        "In a statement to police, Mr Hale said: 'The younger man grabbed him by the collar.'\n"
    )
    rows = text_attributions(text, "said")
    assert rows["speaker_id"].nunique() == 2  # Mrs Hale; her husband under two labels


def test_another_witness_with_her_name_after_the_word_is_named():
    rows = text_attributions("Another witness Ann Hale, said she had seen the older man walk away.")
    assert rows[["speaker_type", "named"]].values.tolist() == [["person", True]]
