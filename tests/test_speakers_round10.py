"""Who speaks, round 10 of issue 22 (the held-out stories of round 8, royal and bailiffs): the
bench's statements where its verb is passive or comes last ("Magistrates were told that ...",
"..., magistrates in Leeds were told."); a verb of action is no cue ("ordered to pay £60 costs",
"pointed a shotgun at", "was warned off by police"); a name ending a fronted passive clause, the
agent of "had been told by" and a cry from the gallery before a colon and a single-quoted quotation
are speakers; two people of one surname stay two; a lawyer's name before "defending" is named.
Invented texts of the same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows
from wire_takes import takes_and_paper

from corpus_tools.attribution.survival import speaker_survival

_speakers = speaker_rows

#: a magistrates' court story: the bench told it with a passive verb at the end, then at the start
_BENCH = (
    "A driver who hit a bishop's car was fined £500 today.\n\n"
    "Tom Vale, 40, was three times over the limit when he hit the car, magistrates in Otley, West "
    "Yorkshire, were told.\n\n"
    "Magistrates were told that Vale drove off before leaving his van and hiding in a wood.\n\n"
    'Prosecuting Ann Cole said: "He ran across two fields."'
)


def test_a_bench_told_with_a_passive_verb_at_the_end_or_the_start_is_a_hearing():
    rows = _speakers(_BENCH)
    assert [kind for _, kind, _ in rows] == ["anonymous", "person"]
    assert rows[0][2] == 2 and rows[0][0].lower().startswith("magistrates")


@pytest.mark.parametrize(
    "text",
    [
        # a crown court whose name has words before it, told with "had been told" at the end
        "Ann Vale, 53, aimed a loaded rifle at the bailiffs, Sam Nutt and Jo Hart, when they called at "
        "Weston Hall near Otley, Leeds Crown Court in Yorkshire had been told.",
        # the bench that "heard" at the end of the clause
        "But he was spotted by a police dog and arrested, magistrates in Otley, Yorkshire, heard.",
    ],
)
def test_a_court_at_the_end_of_its_sentence_is_its_hearing(text):
    assert [kind for _, kind, _ in _speakers(text)] == ["anonymous"]


@pytest.mark.parametrize(
    "text",
    [
        # an order of the court binds the man ordered: no statement of his
        "Bus driver Vale, of Otley, was banned from driving for two years, fined £500 and ordered to "
        "pay £60 costs.",
        # the same after one passive verb, "ordered" tagged a past tense (round 9's ostrich, express 1)
        "Joan Vale, of Otley, was given a two-year suspended jail sentence and ordered to pay just £1 "
        "compensation to the 90 savers misled by the promise of big returns from rearing the birds.",
        # pointing a gun is an act
        "Ann Vale pointed a shotgun at the two bailiffs and their van.",
        # driven off with gas: no one speaks
        "One son was warned off by police with CS gas after he waved a stick at officers.",
    ],
)
def test_a_verb_of_action_is_no_statement(text):
    assert _speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister pointed to the new figures as an example of its success.",
        "Critics point out that the scheme costs too much.",
    ],
)
def test_point_with_to_as_or_out_still_speaks(text):
    assert len(_speakers(text)) == 1


def test_a_name_that_ends_a_fronted_passive_clause_is_the_speaker():
    text = 'After his wife was sentenced Tom Vale, 61, said: "The whole case was a lie."'
    assert _speakers(text) == [["Tom Vale", "person", 1]]


def test_the_agent_of_had_been_told_by_is_the_speaker():
    text = 'Moments earlier, she had been told by Judge Ian Rowe: "You have shown no remorse."'
    assert _speakers(text) == [["Judge Ian Rowe", "person", 1]]


def test_a_cry_before_a_colon_and_a_single_quoted_quotation_is_a_statement():
    text = (
        "She was jailed for a year and as she was led away her sons screamed from the public "
        "gallery: 'She did not do it!' Their mother turned to them and smiled."
    )
    assert _speakers(text) == [["her sons", "anonymous", 1]]


def test_a_bare_surname_is_the_one_person_named_in_full_before_it_not_her_husband():
    text = (
        "Police came to the house to arrest Ann Vale.\n\n"
        'Vale told the officers to "go away".\n\n'
        "Tom Vale said the case against his wife was founded on a lie."
    )
    assert _speakers(text) == [["Vale", "person", 1], ["Tom Vale", "person", 1]]


def test_a_husband_and_wife_of_two_takes_are_two_speakers_of_the_wire():
    takes = [
        'Ann Vale, 53, was jailed today.\n\nMrs Vale said to them: "Remember who you are."',
        'In a statement tonight Mr Vale said: "The whole case against my wife is a joke."',
    ]
    paper = "Ann Vale, 53, was jailed yesterday. Ann Vale said she did not know the gun was loaded."
    survival = speaker_survival(takes_and_paper(takes, paper, "1999-07-16"), source="PA")
    # two speakers of the wire; the paper's "Ann Vale" is the wife, not the husband on another statement
    assert survival.set_index("speaker")["status"].to_dict() == {
        "Ann Vale": "kept_other_statement",
        "Mr Vale": "dropped",
    }


@pytest.mark.parametrize(
    "before",  # the parser makes "defending" a noun (the name its compound) or a verb (its subject)
    ["A blood test showed a high reading.", "A test showed a reading of 90 microgrammes - the limit is 35."],
)
def test_a_lawyers_name_before_defending_is_named_and_one_person(before):
    text = (
        f"{before} Lawyer Jane Hart defending, said Vale had a couple of glasses of champagne at a "
        "party given by his family.\n\n"
        '"He stayed there for about an hour," said Miss Hart.'
    )
    assert _speakers(text) == [["Lawyer Jane Hart", "person", 2]]
