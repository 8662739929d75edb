"""Who speaks, round 12 of issue 22 (branch spk16): the S kinds left after round 11
(``benchmarks/claims_tune11.md``, "Wrong S claims left (33), by cause", and ``benchmarks/claims.md``,
"Eleventh round, after the round's fixes"). Invented texts of the same shapes; each test fails on
``51c859c`` unless it says it is a guard."""

from __future__ import annotations

import pytest
from pairs import speaker_rows
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.judges import judge_titles
from corpus_tools.attribution.survival import _other_fate, _Who


def test_a_pronoun_after_a_definite_office_alone_is_that_office():
    text = (
        "The judge also rejected other defence challenges to the fraud charge.\n\n"
        "Referring to one challenge about the wording of the charge, he said: "
        '"The practice may be regrettable and may cause confusion."'
    )
    assert [s for s, _, _ in speaker_rows(text)] == ["The judge"]


def test_the_judge_of_a_paper_is_the_lord_it_names():
    text = (
        'Lord Ardmore said: "The court must see the face of a witness."\n\n'
        "Granting the defence more time, the judge said: "
        '"It is clear that preparing the defence case is of exceptional difficulty."'
    )
    assert speaker_rows(text) == [["Lord Ardmore", "person", 2]]


def test_the_judge_of_a_later_take_is_the_lord_an_earlier_take_names():
    take1 = 'Two men will face a charge, Lord Ardmore ruled today.\n\nLord Ardmore said: "It is clear."'
    take2 = (
        "The judge also rejected other defence challenges to the charge.\n\n"
        'Referring to one challenge about its wording, he said: "The practice may be regrettable."'
    )
    corpus = takes_and_paper([take1, take2], "Two men will face a conspiracy charge.", "1999-12-08")
    s = speaker_survival(corpus, source="PA")
    # 3: "..., Lord Ardmore ruled today." is his ruling too (claims_tune20.md K3, round 20)
    assert list(zip(s["speaker"], s["n_statements"], strict=True)) == [("Lord Ardmore", 3)]


@pytest.mark.parametrize(
    ("label", "titles"),
    [
        ("Lord Ardmore", {"judge"}),
        ("Lady Cosgrove", {"judge"}),
        ("Lord Mayor Ken Hale", {"mayor"}),
        ("Mr Hale", set()),
    ],
)
def test_a_peers_title_before_a_name_is_a_judges(label, titles):  # a guard for the two above
    assert judge_titles(label) == titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pryce, like Lomax, pleaded guilty to manslaughter.\n\n"
            "Hartley and Mellor pleaded not guilty to all three charges of robbery, but were convicted.\n\n"
            "Hartley drove the car to the bridge.",
            [["Pryce", "person", 1], ["Hartley", "person", 1], ["Mellor", "person", 1]],
        ),
        (  # a guard: a couple under one surname stays one joint mention (round 11's couples); the
            # joint reading's row for "Meryl Grant" of the same cue is the couple's too (round 19, spk38)
            "Christopher and Meryl Grant denied the charge.",
            [["Christopher Grant and Meryl Grant", "person", 2]],
        ),
    ],
)
def test_a_joint_plea_of_two_named_apart_is_each_ones_not_the_pairs(text, expected):
    assert speaker_rows(text) == expected


def test_a_side_before_a_noun_of_saying_is_its_speaker_not_the_verbs_subject():
    text = (
        'Lord Ardmore said the argument was "illogical".\n\n'
        "He also rejected defence claims that allegations that the pair were spies were irrelevant."
    )
    assert speaker_rows(text) == [["Lord Ardmore", "person", 2], ["defence", "anonymous", 1]]


def test_a_name_before_account_after_according_to_is_the_speaker():
    text = (
        "Pryce told the court he stayed at the wheel of the car.\n\n"
        "According to Pryce account, the boy pleaded that he could not swim."
    )
    assert speaker_rows(text) == [["Pryce", "person", 2]]


def test_a_statement_a_paper_retells_as_what_a_court_heard_is_no_relabel_to_the_court():
    take = (
        "A policeman was fined today for calling a colleague a monkey.\n\n"
        "Pc Anne Lowry, 36, told the court that Pc Mark Dent had pushed his nose down and called her "
        "a flat-nosed monkey at a quiz night.\n\n"
        "Dent told magistrates he had only been joking with her."
    )
    paper = (
        "A policeman called a black colleague a flat-nosed monkey.\n\n"
        "Pc Mark Dent pushed his nose down and called her a flat-nosed monkey at a quiz night, a court heard."
    )
    s = speaker_survival(takes_and_paper([take], paper, "2000-06-21"), source="PA").set_index("speaker")
    # her words told as the hearing's: told without saying who, never "relabelled" as "a court"
    assert (s.loc["Pc Anne Lowry", "status"], s.loc["Pc Anne Lowry", "became"]) == ("dropped", "")
    assert int(s.loc["Pc Anne Lowry", "n_statements_unattributed"]) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Colin Webb QC, solicitor-general for Wessex, had referred to the need to protect serving "
            "police officers.",
            [["Colin Webb QC", "person", 1]],
        ),
        ("Mr Webb referred to the case of the three men.", []),  # a guard: a reference, nothing argued
    ],
)
def test_a_reference_to_a_need_with_its_clause_is_a_statement(sentence, expected):
    assert speaker_rows(sentence) == expected


def test_the_prosecution_of_a_paper_is_the_crown_of_the_wire():
    take = (
        "Two men will face a charge of conspiracy, a judge ruled today.\n\n"
        "The Crown said the charge of conspiracy was valid because the plot was hatched in Wessex.\n\n"
        'Mr Tom Hale QC, for Marsh, said: "The charge is a device."'
    )
    paper = (
        "Two men will face a charge of conspiracy, a judge ruled yesterday.\n\n"
        "The prosecution said the charge of conspiracy was valid because the plot was hatched in Wessex."
    )
    s = speaker_survival(takes_and_paper([take], paper, "1999-12-08"), source="PA")
    status = dict(zip(s["speaker"], s["status"], strict=True))
    # "a judge ruled" is read since round 20 (claims_tune20.md K3), kept by the paper's own ruling
    assert status == {"a judge": "kept", "The Crown": "kept", "Mr Tom Hale QC": "dropped"}


def test_a_hearing_is_never_one_side_of_a_re_attribution():
    # what magistrates "were told" that a version gives to the person it names ("Ferguson pushed his
    # nose down"), and a person's words a version gives to "a court heard": no re-attribution
    hearing = _Who("anonymous", False, "", frozenset(), frozenset({"magistrates"}), hearing=True)
    person = _Who("person", True, "", frozenset({"Dent"}), frozenset({"dent"}))
    by_speaker = {"h": [], "p": []}
    who = {"h": hearing, "p": person}
    assert _other_fate(hearing, person, "h", by_speaker, who) == ""
    assert _other_fate(person, hearing, "p", by_speaker, who) == ""


def test_one_side_of_a_case_is_one_speaker_of_a_document():
    text = (
        "The two men's defence team, which claims that the charges are not genuine, has launched an "
        "attack.\n\n"
        "Earlier today Lord Ardmore rejected defence arguments that a conspiracy charge should be "
        "dismissed because it was invalid."
    )
    assert speaker_rows(text) == [["The two men's defence team", "organisation", 2]]
