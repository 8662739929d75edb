"""Who speaks, the papers' speaker shapes left from round 21 (issue 22, branch spk47;
README "End of round 21", known debts 2-4): an unnamed "another witness" or "a witness closest to
the scene" lead named in the next sentence, a witness's given name and surname the entity reader
took for an institution. Invented texts of the same shapes; each test fails on ``0c2e3bc`` unless
it says it is a guard."""

from __future__ import annotations

import pandas as pd
import pytest
from pairs import text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.aged_comparisons import aged_comparison
from corpus_tools.attribution.identities import refine_speakers
from corpus_tools.attribution.pronoun_speakers import pronoun_speaks
from corpus_tools.attribution.story_genders import story_genders
from corpus_tools.attribution.story_persons import story_person

# ------------------------------------------- an unnamed "another witness" lead, named next

ANOTHER = (
    "A cyclist was hurt when a lorry struck him on the ring road, a court heard yesterday.\n\n"
    "One motorist, Jane Lowe, said the cyclist had swerved into the lane.\n\n"
    "But another witness insisted it was the lorry that hit the cyclist first.\n\n"
    "Peter Vance told the court: 'The lorry pulled across and caught his back wheel.'\n\n"
    "The case continues.\n"
)


def test_another_witness_lead_with_no_name_after_it_stays_anonymous():  # a guard
    text = ANOTHER.replace("Peter Vance told the court:", "The court was told:")
    rows = text_attributions(text, "insisted")
    assert rows["speaker_label"].tolist() == ["another witness"]
    assert rows["named"].tolist() == [False]


# ------------------------------------------- named in a sentence of his own, speaking as "He"

CLOSEST = (
    "A cyclist was hurt when a lorry struck him on the ring road, a court heard yesterday.\n\n"
    "A witness closest to the junction told the court that the lorry driver never braked.\n\n"
    "Peter Vance, who was driving a grey van, was alongside the lorry when it turned.\n\n"
    "He said: 'The driver was looking at his phone and did not brake at all.'\n\n"
    "The case continues.\n"
)


@pytest.mark.parametrize(
    ("text", "cues"),
    [(ANOTHER, "insisted|told the court"), (CLOSEST, "told the court|said")],
    ids=["another witness, named in the next sentence", "a witness, named next, speaking as He"],
)
def test_an_unnamed_witness_lead_is_the_witness_named_after_it(text, cues):
    rows = text_attributions(text, cues)
    assert rows["speaker_label"].tolist() == ["Peter Vance", "Peter Vance"]
    assert rows["speaker_id"].nunique() == 1


def test_pronoun_speaks():
    assert pronoun_speaks(" She told the jury: 'No.'", "Vance", "Ann Vance was there.")
    assert not pronoun_speaks(" She told the jury: 'No.'", "Vance", "Mr Vance was there.")  # a guard
    assert not pronoun_speaks(" The van stopped. He said so.", "Vance", "")  # a guard


# ------------------------------------------- a witness's name the entity reader took for an institution


def _refined(label: str, stype: str, paper: str, take: str) -> dict:
    corpus = from_records([{"doc_id": "take", "text": take}, {"doc_id": "paper", "text": paper}])
    frame = pd.DataFrame(
        [
            {
                "doc_id": "paper",
                "speaker_id": "paper:S1",
                "speaker_start": 0,
                "speaker_label": label,
                "named": True,
                "speaker_type": stype,
            }
        ]
    )
    return refine_speakers(frame, corpus).iloc[0].to_dict()


TAKE = "Mrs Ann Pryce told the jury the younger man hit first.\n\nMrs Pryce said he looked angry.\n"
PAPER = "Ann Pryce said the young man appeared 'wild and angry' as he faced the lorry driver.\n"


def test_a_given_name_and_surname_typed_an_institution_is_the_person_the_story_titles():
    row = _refined("Ann Pryce", "organisation", PAPER, TAKE)
    assert (row["speaker_type"], row["named"]) == ("person", True)


def test_a_two_word_institution_the_story_never_titles_stays_one():  # a guard
    row = _refined("Ann Pryce", "organisation", PAPER, TAKE.replace("Pryce", "Lowe"))
    assert row["speaker_type"] == "organisation"
    assert not story_person("Pryce Trust", TAKE + " Mr Trust")


# ------------------------------------------- a kin phrase cut from its given name by a stray full stop

FRAGMENT = (
    "Two men fought on the ring road before one of them was stabbed, a court heard yesterday.\n\n"
    "Another witness, Peter Vance, said: 'The taller man swung the first punch.'\n\n"
    "Mr Vance's wife. Ann, said she saw the taller man walk to his car.\n\n"
    "Mrs Vance said: 'He drove off as the other man fell to the ground.'\n\n"
    "The case continues.\n"
)


def test_mrs_after_a_broken_kin_phrase_is_the_wife_not_the_husband_named_before():
    rows = text_attributions(FRAGMENT, "said")
    assert rows["speaker_label"].tolist() == ["Another witness, Peter Vance", "Ann Vance", "Ann Vance"]
    assert rows["speaker_id"].nunique() == 2


def test_a_kin_phrase_ending_its_sentence_names_no_given_name():  # a guard
    text = FRAGMENT.replace("Mr Vance's wife. Ann, said", "Mr Vance's wife. She said")
    rows = text_attributions(text, "said")
    assert rows["speaker_label"].tolist()[0] == "Another witness, Peter Vance"
    assert "She Vance" not in set(rows["speaker_label"])


# ------------------------------------------- "the older man", one of two men named with their ages

OLDER = (
    "A man stabbed in a fight on a ring road fell to the ground, a witness told the court yesterday.\n\n"
    "Ann Lowe said she saw Ian Reed, 23, grab the collar of the other driver's shirt.\n\n"
    "'They struggled. The older man walked back to his lorry and drove off.'\n\n"
    "Mrs Lowe was giving evidence on the second day of the trial of Hale, 58, of Leeds.\n\n"
    "He denies murdering Mr Reed, saying he acted in self-defence.\n\n"
    "The trial continues.\n"
)


def test_the_older_man_of_two_named_with_ages_is_the_older_one():
    rows = text_attributions(OLDER, "denies")
    assert rows["speaker_label"].tolist() == ["Hale"]
    assert rows["speaker_type"].tolist() == ["person"]


def test_aged_comparison_needs_exactly_two_ages():  # a guard
    assert aged_comparison("The older man", OLDER.replace("Ian Reed, 23,", "Ian Reed")) == ""
    assert aged_comparison("the younger man", OLDER) == "Ian Reed"


def test_another_witness_lead_named_by_a_broken_kin_phrase_is_the_wife():
    text = FRAGMENT.replace(
        "Mr Vance's wife.",
        "Another witness told the jury how she saw the smaller man fall.\n\nMr Vance's wife.",
    )
    rows = text_attributions(text, "told the jury|said")
    assert rows["speaker_label"].tolist() == [
        "Another witness, Peter Vance",
        "Ann Vance",
        "Ann Vance",
        "Ann Vance",
    ]
    assert rows["speaker_id"].nunique() == 2


# ------------------------------------------- "she" after an untitled name the story's wire titles

WIRE = "Mrs Ann Pryce told the court she saw the younger man stagger and look at his hands.\n"
PAPER_SHE = (
    "Another witness, Jane Lowe, told the jury how she saw two men fighting by a van.\n\n"
    "Mrs Lowe added: 'He lifted up his shirt and he was covered in blood.'\n\n"
    "Ann Pryce described how the younger man staggered in the road before he fell. 'I saw the younger "
    "man stagger and look down at his hands. They were red,' she said. 'He put his hands out.'\n\n"
    "The case continues.\n"
)


def _story_rows(paper: str, wire: str) -> pd.DataFrame:
    from corpus_tools.attribution.attributions import attributions

    rows = attributions(from_records([{"doc_id": "wire", "text": wire}, {"doc_id": "paper", "text": paper}]))
    return rows[rows.doc_id == "paper"]


def test_she_after_an_untitled_name_the_wire_titles_is_that_woman():
    rows = _story_rows(PAPER_SHE, WIRE)
    assert rows[rows.cue == "said"]["speaker_label"].tolist() == ["Ann Pryce"]


def test_story_genders_leave_a_surname_the_paper_titles_alone():  # a guard
    assert story_genders("Ann Pryce and Mr Pryce came.", WIRE) == {}
    assert story_genders("Ann Pryce came.", WIRE) == {("Ann", "Pryce"): "f", "Pryce": "f"}


# ------------------------------------------- a plea the parser tags an auxiliary of a gerund

AUX_PLEA = (
    "Fellow witness Tom Dale said Hale threw the first punch.\n\n"
    "Hale admits knifing Reed during the brawl in May 1996.\n\n"
    "He claims he acted in self-defence.\n"
)


def test_a_plea_tagged_an_auxiliary_is_the_defendants_and_his_he_after_it():
    rows = text_attributions(AUX_PLEA)
    assert rows["cue"].tolist() == ["said", "admits", "claims"]
    assert rows["speaker_label"].tolist() == ["Fellow witness Tom Dale", "Hale", "Hale"]
    first = rows.iloc[1]
    assert AUX_PLEA[first.content_start : first.content_end] == "knifing Reed during the brawl in May 1996"


def test_an_auxiliary_that_is_no_plea_is_no_cue():  # a guard
    rows = text_attributions("Hale is knifing bread in the kitchen.\n")
    assert rows.empty
