"""Who speaks, the shapes round 24's tuning stories showed (``benchmarks/claims_tune24.md``, kinds
K1-K4). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pairs import speaker_rows, text_attributions

from corpus_tools import from_records
from corpus_tools.attribution.head_bodies import headed_body
from corpus_tools.attribution.side_holders import side_holder
from corpus_tools.attribution.survival import speaker_survival
from corpus_tools.attribution.take_speakers import same_in_takes

# K3: two officers who "called for back-up" make no statement; the nurse who speaks does
_BACKUP = (
    "A nurse was today cleared of hitting two patients.\n"
    "Nurse Tom Ames and his colleague, Nurse Jo Reed, had arrived to find several fights going on "
    "around them and called for back-up.\n"
    'Nurse Ames said: "I did my best."\n'
)


def test_a_call_for_help_is_no_statement():
    rows = speaker_rows(_BACKUP)
    assert rows == [["Nurse Ames", "person", 1]], rows


def test_a_call_for_more_than_help_stays_a_statement():
    text = "The flood ruined forty homes.\nThe mayor, Ann Dale, called for help for the families of Leek.\n"
    att = text_attributions(text, "call")
    assert att.role.tolist() == ["speaker"], att


# K4: the side opening the sentence, the barrister's name set in commas after it
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A nurse was cleared today.\nProsecuting, Alan Birch, claimed the nurse had lied.\n", "Alan Birch"),
        ("A nurse was cleared today.\nDefending, Mary Hale, said her client was sorry.\n", "Mary Hale"),
    ],
)
def test_a_fronted_side_before_a_name_in_commas_is_the_name(text, name):
    rows = speaker_rows(text)
    assert rows == [[name, "person", 1]], rows


# K2: a bare "police" and the spokesman of the one force the document names are one body
_FORCE = (
    "The warden of a hostel was expected to appear in court today charged with theft, police said.\n"
    "Tom Webb, 52, was arrested on Sunday and will appear in court, a Devon Police spokesman said.\n"
)


def test_a_bare_head_noun_and_its_bodys_spokesman_are_the_body():
    assert speaker_rows(_FORCE) == [["Devon Police", "organisation", 2]]


def test_two_forces_leave_the_bare_noun_apart():
    text = (
        "The roads would stay shut, police said.\nOfficers were sent, a Kent Police spokesman said.\n"
        "Two lanes were open, an Essex Police spokesman said.\n"
    )
    rows = speaker_rows(text)
    assert ["police", "organisation", 1] in rows and len(rows) == 3, rows
    s = {"speaker_label": "police", "speaker_type": "organisation", "named": False}
    assert headed_body(s, text, {"police", "a kent police spokesman", "an essex police spokesman"}) is s


def test_a_spokesman_alone_keeps_his_label():
    s = {"speaker_label": "a Devon Police spokesman", "speaker_type": "official", "named": False}
    assert headed_body(s, _FORCE, {"a devon police spokesman"}) is s
    assert headed_body(s, _FORCE, {"police", "a devon police spokesman"})["speaker_label"] == "Devon Police"


# K1: one unnamed body under one word in two takes is one speaker of the wire story
def test_one_bare_body_in_two_takes_is_one():
    body = SimpleNamespace(named=False, kind="organisation", description=frozenset({"police"}))
    assert same_in_takes("Police", body, "police", body, "")
    other = SimpleNamespace(named=False, kind="organisation", description=frozenset({"council"}))
    assert not same_in_takes("Police", body, "council", other, "")


_TAKE1 = (
    "A driver was jailed today for killing a cyclist.\n"
    "His barrister accused officers of losing evidence.\n"
    "Police denied the allegation.\n"
    "They said the inquiry had been thorough.\n"
)
_TAKE2 = (
    "Harold Pike, 51, had denied causing death by dangerous driving.\n"
    "Police said they were pleased with the verdict.\n"
    'Judge Mary Lowe said: "You showed no care for anyone on that road."\n'
)
_PAPER = (
    "A lorry driver was jailed yesterday for killing a cyclist.\n"
    "Harold Pike, 51, had denied causing death by dangerous driving.\n"
)


def test_the_survival_rows_count_a_body_of_several_takes_once():
    corpus = from_records(
        [
            {"doc_id": "t1", "text": _TAKE1, "group": "PA", "published": "1999-03-01T11:00"},
            {"doc_id": "t2", "text": _TAKE2, "group": "PA", "published": "1999-03-01T15:00"},
            {"doc_id": "p", "text": _PAPER, "group": "p", "published": "1999-03-02T06:00"},
        ]
    )
    v = speaker_survival(corpus, source="PA")
    police = v[v.speaker.str.lower() == "police"]
    assert len(police) == 1, v[["source_doc_id", "speaker", "status"]]
    assert police.status.tolist() == ["dropped"]


# K2: "his defence counsel" is the one barrister the text sets on the defence
def test_a_possessive_defence_counsel_is_the_barrister_named_defending():
    text = "He was cleared after his defence counsel accused officers. But Mr Roy Kent, QC, defending, spoke."
    assert side_holder("his defence counsel", text) == "Mr Roy Kent"
    two = text + " Ann Lowe, defending the second man, said no."
    assert side_holder("his defence counsel", two) == ""


# K2: an opening description of the defendant or the judge, named later in the text, is that person
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "A SEX offender who boasted in prison that he had got away with theft was yesterday jailed.\n"
            "Police say that Tom Pike, 43, of Hull, may be questioned about other thefts.\n"
            "Pike had denied robbing the bank.\n",
            [["Tom Pike", "person", 2], ["Police", "organisation", 1]],
        ),
        (
            "AN EVIL robber, jailed for life yesterday, is to be questioned by police.\n"
            'Tom Pike, described by a judge at the Old Bailey in London as "a menace", robbed six banks.\n'
            'The Recorder of London, Judge Alan Marsh, told Pike he was "without mercy".\n',
            [["Judge Alan Marsh", "person", 2]],
        ),
    ],
)
def test_an_opening_description_named_later_is_that_person(text, rows):
    assert speaker_rows(text) == rows


# K3: a hearing told negated heard nothing ("the jury was never told that ...")
def test_a_negated_hearing_is_no_statement():
    text = (
        "A thief who robbed six banks was jailed yesterday.\n"
        "But the Crown Court jury was never told that Pike had stood trial there for another robbery.\n"
        "Pike was helped by the fact that the jury didn't hear about his previous attacks.\n"
        "Judge Ann Lowe said he was a menace.\n"
    )
    assert speaker_rows(text) == [["Judge Ann Lowe", "person", 1]]
    heard = "A thief was jailed yesterday.\nThe Crown Court jury was told that Pike had robbed six banks.\n"
    assert len(speaker_rows(heard)) == 1


# K5: "for" as a conjunction after a dash, its name the subject of "was appalled ... and told police"
_FOR = (
    "A thief was jailed today for robbing a bank.\n"
    "It was his undoing - for the bearded Carver, himself a burglar, was appalled by what he had heard, "
    "and told police.\n"
)


def test_the_name_after_a_conjunction_for_tells():
    att = text_attributions(_FOR, "told")
    assert att.speaker_label.tolist() == ["the bearded Carver"] and att.named.tolist() == [True], att


def test_for_a_thing_before_a_joined_verb_is_no_subject():
    text = "He was jailed for the robbery, was fined and told the court he was sorry.\n"
    att = text_attributions(text, "told")
    assert "robbery" not in " ".join(att.speaker.astype(str)), att
