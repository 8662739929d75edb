"""Who speaks, round 13 of issue 22: the S kinds read on the four METER courts stories of
``TUNE_11`` (``benchmarks/claims_tune11.md``). A title alone ("The Solicitor General") is the one
person the story names with it, in its own take and in a later one; one side of a case named
without a person ("The defence", "the two men's defence team") is one speaker across a wire's
takes. Invented texts of the same shapes; each test fails on ``d29c364``."""

from __future__ import annotations

import pytest
from pairs import speaker_rows
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival, speaker_table
from corpus_tools.attribution.sides import side_of
from corpus_tools.attribution.takes import title_alone

_TAKE1 = (
    "Two men went on trial today accused of a bombing at Hadley airport.\n\n"
    'Mr Tom Hale QC, for Marsh, told the judge: "The charge is a device."\n\n'
    "The defence, which claims that the charges are not genuine, has launched an attack.\n\n"
    "Wessex's Attorney General, Colin Webb QC, has argued that the charge is valid.\n\n"
    "Lord Ames questioned Mr Webb closely over the charge.\n\n"
    'The Attorney General replied that the charge was "not unusual in Wessex".'
)
_TAKE2 = (
    "The defence had argued that a Wessex court had no power over the charge.\n\n"
    "Launching his bid, the Attorney General said some witnesses were members of the police.\n\n"
    "Mr Webb said this was a matter of concern to the police authorities.\n\n"
    "Earlier, the two men's defence team had launched a strong attack on the bid."
)


def _speakers(corpus, doc):
    t = speaker_table(corpus)
    return t.loc[t["doc_id"] == doc, ["speaker", "n_statements"]].values.tolist()


def test_a_title_alone_is_its_holder_in_its_own_take_and_in_a_later_one():
    corpus = takes_and_paper([_TAKE1, _TAKE2], "Two men were tried.", "1999-12-08")
    holder = "Wessex's Attorney General, Colin Webb QC"
    assert [s for s, _ in _speakers(corpus, "take1") if "Attorney" in s or "Webb" in s] == [holder]
    assert [s for s, _ in _speakers(corpus, "take2") if "Attorney" in s or "Webb" in s] == [holder]


def test_one_side_named_three_ways_is_one_speaker_of_the_takes():
    corpus = takes_and_paper([_TAKE1, _TAKE2], "Two men were tried at Hadley.", "1999-12-08")
    s = speaker_survival(corpus, source="PA")
    defence = [x for x in s["speaker"] if "defence" in x]
    assert defence == ["The defence"]  # not also "the two men's defence team", nor twice
    assert sorted(s["speaker"]) == sorted(
        ["Mr Tom Hale QC", "The defence", "Wessex's Attorney General, Colin Webb QC", "Lord Ames"]
    )


@pytest.mark.parametrize(
    ("label", "side"),
    [
        ("The defence", "defence"),
        ("the two men's defence team", "defence"),
        ("the prosecution", "prosecution"),
        ("prosecutors", "prosecution"),
        ("the defence QC", ""),  # a person
        ("Mr Hale's defence", ""),
        ("a witness", ""),
    ],
)
def test_side_of(label, side):
    assert side_of(label) == side


@pytest.mark.parametrize(
    ("label", "alone"),
    [
        ("The Solicitor General", True),
        ("the judge", True),
        ("Solicitor General Colin Boyd", False),
        ("Mr Boyd", False),
    ],
)
def test_title_alone(label, alone):
    assert title_alone(label) == alone


@pytest.mark.parametrize(
    "lead",
    [
        "The policewoman aunt of singer Naomi Clarke told a court today of her anger at being mocked.",
        "The aunt of singer Naomi Clarke told a court today of her anger at being mocked by a colleague.",
    ],
)
def test_a_lead_describing_a_relative_is_the_person_the_next_sentence_names(lead):
    text = f"{lead}\n\nPc Sonia Clarke, 36, said she became angry when Pc Tom Hale, 42, mocked her."
    assert speaker_rows(text) == [["Pc Sonia Clarke", "person", 2]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # to call evidence or a witness summons them: no statement
        ("The judge limited the evidence that prosecutors can call on the separate charge.", []),
        # what observers speculated is theirs
        (
            "If the judge agrees, the case could collapse, legal observers have speculated.",
            [["legal observers", "anonymous", 1]],
        ),
    ],
)
def test_calling_evidence_is_no_statement_and_a_speculation_is_one(text, expected):
    assert speaker_rows(text) == expected


def test_a_name_ending_a_fronted_phrase_without_a_comma_is_the_speaker():
    text = 'In a statement read out in court Mrs Jackson said: "For no reason he pushed his nose down."'
    assert speaker_rows(text) == [["Mrs Jackson", "person", 1]]
