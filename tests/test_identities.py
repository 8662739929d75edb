"""Who a speaker is (issue 22, round 4's held-out METER stories): the name inside a longer label,
institutions by their head word, a country for its government, a surname alone that the story
gives to a person, a misprinted first name, a role the text ties to one name, and one hearing under
several descriptions. Invented texts of the same shapes as the wrong claims."""

from __future__ import annotations

import pytest
from wire_takes import takes_and_paper

from corpus_tools import from_records
from corpus_tools.attribution.accounting import speaker_survival, speaker_table
from corpus_tools.attribution.identities import (
    clean_label,
    is_institution,
    named_person,
    person_surnames,
    role_holder,
)


def _speakers(text: str) -> list[tuple[str, str]]:
    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    return [(s, k) for s, k in zip(t["speaker"], t["speaker_kind"], strict=True)]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Today Gareth Hughes QC", "Gareth Hughes QC"),
        ("Yesterday Ann Cole", "Ann Cole"),
        ("Sep 14 - Spanish Foreign Minister Ana Ruiz", "Spanish Foreign Minister Ana Ruiz"),
        ("July 1 - Judge Moreno", "Judge Moreno"),
        (
            "Recording a verdict of misadventure North Devon coroner Ruth Wallis",
            "North Devon coroner Ruth Wallis",
        ),
        ("Summing up the case Judge Mary Rowe", "Judge Mary Rowe"),
        ("Spanish judge Baltasar Moreno", "Spanish judge Baltasar Moreno"),
        ("Todd Ingram", "Todd Ingram"),
    ],
)
def test_clean_label_takes_out_the_time_and_the_clause(label, expected):
    assert clean_label(label) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("A close friend of the mayor, Karl Brenner", "Karl Brenner"),
        (
            "One of Doyle's loyal backers, Berlin-based German banker Karl Brenner, also present at court",
            "Karl Brenner",
        ),
        ("His counsel, Clive Ward QC", "Clive Ward"),
        ("a Home Office spokesman", ""),
        ("His employer, Acme Steel Union", ""),
        ("Karl Brenner", ""),
    ],
)
def test_named_person_is_the_full_name_in_apposition(label, expected):
    assert named_person(label) == expected


def test_institutions_by_head_word_and_people_by_title_or_given_name():
    assert [is_institution(x) for x in ("Human Rights Watch", "The Law Lords", "Lord Lamont", "Amnesty")] == [
        True,
        True,
        False,
        False,
    ]
    text = "Former dictator Mark Doyle arrived. Charges against Mark Doyle were read, Mr Hughes said."
    assert person_surnames(text) == {"Doyle", "Hughes"}
    assert person_surnames("Campaigners from Human Rights Watch gathered.") == set()


def test_role_holder_is_the_one_name_the_role_stands_beside():
    text = "Prosecutor Gareth Hughes opened the case. Ann Cole, the coroner, said it was sad."
    assert role_holder("The prosecutor", text) == "Prosecutor Gareth Hughes"
    assert role_holder("the coroner", text) == "Ann Cole, the coroner"
    two = "Coroner Ann Cole sat. Coroner Ben Lusk sat too."
    assert role_holder("the coroner", two) == ""  # two people hold the role: no one
    assert role_holder("the court", text) == ""  # not a title


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a description ending with a name in apposition names a person
            "Mark Doyle was in court. A close friend of the mayor, Karl Brenner, said he was shocked.",
            [("A close friend of the mayor, Karl Brenner", "person")],
        ),
        (  # a participial clause before title and name: the coroner speaks, by name
            "The pair were found in May.\n\nRecording a verdict of misadventure North Devon coroner Ruth "
            "Wallis said that the notes were very detailed and suggested the pair acted together.",
            [("North Devon coroner Ruth Wallis", "person")],
        ),
        (  # the time of the report is no part of the speaker
            "The hearing opened.\n\nToday Gareth Hughes QC told the court the charges were grave.",
            [("Gareth Hughes QC", "person")],
        ),
        (  # institutions by their head word, whatever the NER says
            "Human Rights Watch described the ruling as historic.\n\n"
            "The Law Lords agree that he can be tried.",
            [("Human Rights Watch", "organisation"), ("The Law Lords", "organisation")],
        ),
        (  # a country for its government, one speaker, never a person
            "Chile recalls its ambassador in protest.\n\nChile said it was angry at the ruling.",
            [("Chile", "government")],
        ),
    ],
)
def test_who_a_speaker_is_in_one_document(text, expected):
    assert _speakers(text) == expected


def test_a_surname_the_text_gives_to_a_person_is_named():
    # a surname the tagger does not call a person, after the full name in a sentence of no speech
    text = (
        "Former disc jockey Chris Denning, 58, was jailed in Prague today.\n\n"
        "Denning told the court he had thought the boys were older."
    )
    assert _speakers(text) == [("Denning", "person")]


def test_a_surname_alone_and_a_misprinted_first_name_are_the_person():
    text = (
        "Former dictator Mark Doyle was in court.\n\n"
        "Doyle had replied that he was innocent.\n\n"
        "Doyle also argued that he was too ill to travel.\n\n"
        "Gareth Hughes said the case was clear.\n\n"
        "Garith Hughes said the evidence was strong.\n\n"
        "Mr Hughes added that the victims would be heard."
    )
    assert _speakers(text) == [("Mark Doyle", "person"), ("Gareth Hughes", "person")]


def test_a_surname_the_wire_gives_to_a_person_is_that_person_in_another_take():
    takes = [
        "General Mark Doyle, the former dictator, was in court.\n\n"
        "Mr Gareth Hughes QC said the charges were grave.",
        "Doyle has replied that he knew nothing of the charges.\n\nMr Hughes said the victims were many.",
    ]
    corpus = takes_and_paper(takes, "Doyle replied that he knew nothing of the charges.", "1999-09-27")
    t = speaker_table(corpus)
    assert t.loc[t["speaker"] == "Doyle", "speaker_kind"].tolist() == ["person", "person"]
    s = speaker_survival(corpus, source="PA").set_index("speaker")
    assert s.loc["Doyle", "status"] == "kept"


def test_the_same_hearing_under_other_modifiers_is_kept_not_relabelled():
    src = (
        "A young couple killed themselves.\n\nAn inquest in Dunmore heard that the pair feared prison.\n\n"
        "Sergeant Ray Tulloch told the inquest the pair were found in a car."
    )
    version = (
        "A young couple killed themselves.\n\nAn inquest heard that the pair feared prison.\n\n"
        "Sergeant Ray Tulloch told the hearing the pair were found in a car."
    )
    corpus = from_records(
        [
            {"doc_id": "wire", "text": src, "published": "1999-07-12"},
            {"doc_id": "paper", "text": version, "published": "1999-07-13"},
        ]
    )
    s = speaker_survival(corpus, source="wire").set_index("speaker")
    assert s.loc["An inquest in Dunmore", ["status", "became"]].tolist() == ["kept", ""]


def test_a_described_judge_is_still_a_relabel():
    src = "Spanish judge Baltasar Moreno, who has accused him of torture, wants him tried in Madrid."
    version = "A Spanish judge, who has accused him of torture, wants him tried in Madrid."
    corpus = from_records(
        [
            {"doc_id": "wire", "text": src, "published": "1999-07-12"},
            {"doc_id": "paper", "text": version, "published": "1999-07-13"},
        ]
    )
    s = speaker_survival(corpus, source="wire")
    assert s[["status", "became"]].values.tolist() == [["relabelled", "A Spanish judge"]]


def test_a_role_alone_is_the_one_person_the_text_ties_to_it():
    text = (
        "Mark Doyle was accused of grave crimes, a QC representing the Spanish government told a "
        "hearing in London yesterday.\n\n"
        "The crimes were many and brutal, Gareth Hughes, QC, told Bow Street magistrates.\n\n"
        "Clive Ward, QC, for Doyle, said his client was too ill to attend.\n\n"
        "Prosecutor Gareth Hughes opened the case.\n\n"
        "The prosecutor also told the court that the victims were many."
    )
    t = speaker_table(from_records([{"doc_id": "d", "text": text}]))
    assert t[["speaker", "speaker_kind", "n_statements"]].values.tolist() == [
        ["Gareth Hughes, QC", "person", 3],  # "a QC", "Gareth Hughes, QC" and "The prosecutor": one
        ["Clive Ward", "person", 1],
    ]
