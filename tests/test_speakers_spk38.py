"""Who speaks, round 19 of issue 22 (branch spk38): one couple, family or group of defendants under
several labels, in one document and across a wire's takes (``benchmarks/claims_tune18.md``, kind
T1), and pronouns (kind T5). Invented texts of the same shapes; each test fails on ``b3c2299``
unless it says it is a guard."""

from __future__ import annotations

import pandas as pd
import pytest
from pairs import speaker_rows, text_attributions
from wire_takes import takes_and_paper

from corpus_tools.attribution.accounting import speaker_survival
from corpus_tools.attribution.households import Household, household_of, one_household
from corpus_tools.attribution.whole_groups import one_group, same_group, whole_group

# ---------------------------------------------------------------- T1. a couple in one document


def test_a_couple_named_jointly_apart_and_as_the_couple_is_one_speaker():
    text = (
        "Ann and Tom Rudd today rejected the claims of the grocer that their son Jim was a liar.\n\n"
        "Tom Rudd, who works at a museum in York, and his wife, a school cook, were in court.\n\n"
        'The couple said: "Nobody who knew him would know the boy described as our Jim."\n\n'
        'Mr and Mrs Rudd added: "We feel this will be a fitting tribute to him."'
    )
    assert [r[:2] for r in speaker_rows(text)] == [["Ann Rudd and Tom Rudd", "person"]]


def test_a_member_and_his_wife_by_her_given_name_and_the_couple_are_one_speaker():
    text = (
        "Museum worker Tom Rudd 52, and wife Ann, 48, said nobody would know their son from the "
        "picture of him in court.\n\n"
        "The couple, who sat through most of the trial, said the grocer had given a false view of Jim."
    )
    assert [r[0] for r in speaker_rows(text)] == ["Tom Rudd and Ann Rudd"]


def test_the_son_of_one_surname_is_no_member():  # a guard: another given name is another person
    text = (
        "Ann and Tom Rudd today rejected the claims of the grocer.\n\n"
        'The couple said: "He was a loving boy."\n\n'
        'Mark Rudd, their elder son, said: "My brother was no liar."'
    )
    assert sorted(r[0] for r in speaker_rows(text)) == ["Ann Rudd and Tom Rudd", "Mark Rudd"]


def test_the_family_and_the_surname_in_the_plural_are_one_speaker():
    text = (
        'The Rudd family later released a statement saying "justice has been done".\n\n'
        'The family said: "Today would have been his birthday."\n\n'
        'The Rudds thanked the police, saying: "We had full support from them."'
    )
    assert [r[:2] for r in speaker_rows(text)] == [["The Rudds", "person"]]


def test_the_couple_is_the_parents_named_by_a_kin_word_not_the_pair_named_before():
    text = (
        "The grocer told Hale and Jim that they could not stay in the shop, the court heard.\n\n"
        "After the verdict, Jim's parents Tom and Ann blasted the picture of their son.\n\n"
        'The couple added in a statement: "He was a loving and polite boy."'
    )
    labels = [r[0] for r in speaker_rows(text)]
    assert "Tom and Ann" in labels and not [x for x in labels if "Hale" in x]


def test_two_couples_of_two_surnames_keep_the_couple_unread():  # a guard
    rows = pd.DataFrame(
        {
            "doc_id": "d",
            "sent_id": [0, 1, 2],
            "cue_start": [10, 50, 90],
            "speaker_start": [0, 40, 80],
            "speaker": ["Ann Rudd and Tom Rudd", "Mr and Mrs Hale", "The couple"],
            "speaker_id": ["d:S1", "d:S2", "d:S3"],
            "speaker_label": ["Ann Rudd and Tom Rudd", "Mr Hale and Mrs Hale", "The couple"],
            "speaker_type": ["person", "person", "anonymous"],
            "named": [True, True, False],
            "resolved_from": "mention",
        }
    )
    assert one_household(rows) is rows


@pytest.mark.parametrize(
    ("label", "home"),
    [
        ("Ann Rudd and Tom Rudd", Household("Rudd", ["Ann", "Tom"])),
        ("Tom Rudd and Ann", Household("Rudd", ["Tom", "Ann"])),
        ("Mr and Mrs Rudd", Household("Rudd", [])),
        ("The Rudd family", Household("Rudd", [])),
        ("Jim's parents, Tom and Ann Rudd", Household("Rudd", ["Tom", "Ann"])),
        ("Tom Hale and Ann Rudd", None),
        ("Hale and Jim", None),
        ("Tom Rudd", None),
    ],
)
def test_household_of(label, home):
    assert household_of(label) == home


# ---------------------------------------------------------------- T1. a couple across takes


def test_a_couple_under_three_labels_in_three_takes_is_one_wire_speaker():
    takes = [
        "Ann and Tom Rudd today rejected the claims of the grocer that their son was a thief.\n\n"
        'The couple said: "He had a stable and loving family."',
        'The Rudd family later released a statement saying: "Justice has been done."\n\n'
        'The Rudds added: "We thank the police for their support."',
        '"He had a stable and loving family," said Mr and Mrs Rudd.',
    ]
    paper = 'The parents of the boy said: "He had a stable and loving family."'
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    assert s["speaker"].tolist() == ["Ann Rudd and Tom Rudd"]


# ---------------------------------------------------------------- T1. a group of defendants


@pytest.mark.parametrize(
    ("label", "whole"),
    [
        ("All", True),
        ("All 28 defendants", True),
        ("All 19 men and nine women", True),
        ("the accused", True),
        ("Both men", True),
        ("Several of the defendants", False),
        ("Two of the men", False),
        ("the defendant", False),
        ("nine women", False),
    ],
)
def test_whole_group(label, whole):
    assert whole_group(label) is whole


def test_a_part_of_the_group_is_not_the_group():  # a guard
    assert not same_group("All", "Several of the defendants")


def test_the_counted_parts_of_one_whole_group_are_one_speaker():
    text = (
        "All 14 men and six women, who come from across the country, have denied causing damage "
        "to the field.\n\n"
        "Judge Tom Hale told the jury to try the case on the evidence."
    )
    labels = [r[0] for r in speaker_rows(text)]
    assert "All 14 men and six women" in labels and "six women" not in labels


def test_one_group_joins_counted_parts_of_one_cue():
    rows = pd.DataFrame(
        {
            "doc_id": "d",
            "sent_id": [3, 3],
            "cue_start": [90, 90],
            "speaker_start": [10, 25],
            "speaker_id": ["d:S1", "d:S2"],
            "speaker_label": ["All 14 men", "six women"],
            "named": False,
        }
    )
    out = one_group(rows)
    assert out["speaker_id"].tolist() == ["d:S1", "d:S1"]
    assert out["speaker_label"].tolist() == ["All 14 men and six women"] * 2


def test_the_group_of_defendants_in_three_takes_is_one_wire_speaker():
    takes = [
        "The defendants, who also include a vicar, face a charge of criminal damage.\n\n"
        "All have denied the charge.",
        "All 20 defendants have pleaded not guilty to criminal damage.\n\n"
        'Judge Tom Hale said: "You must try this case on the evidence alone."',
        "All 14 men and six women, who come from across the country, have denied causing damage.",
    ]
    paper = 'The judge told the jury: "You must try this case on the evidence alone."'
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    groups = [x for x in s["speaker"] if x.startswith("All")]
    assert len(groups) == 1


# ---------------------------------------------------------------- T5. pronouns


def _said(text: str) -> list[tuple[int, str]]:
    rows = text_attributions(text)
    rows = rows[rows.role == "speaker"]
    return list(zip(rows.sent_id, rows.speaker_label, strict=True))


def test_she_after_a_judges_condolences_is_the_judge_not_the_woman_quoted_before():
    text = (
        "Ms Rudd said she thought everyone had been torn apart by the death.\n\n"
        '"I was with him for seven years," she said.\n\n'
        "Justice Ann Cole offered her condolences to the families of Hale and Rudd.\n\n"
        '"I hope this ordeal is over for you," she said.'
    )
    assert _said(text)[-1] == (3, "Justice Ann Cole")


def test_she_after_two_paragraphs_of_other_speakers_is_not_forced_to_the_last():  # a guard
    text = (
        "Ms Rudd said she thought everyone had been torn apart by the death.\n\n"
        "Mr Hale, the prosecutor, said the attack was unprovoked.\n\n"
        '"I was with him for seven years," she said.'
    )
    assert _said(text)[-1] == (2, "Ms Rudd")


def test_he_after_a_lone_surname_pleading_and_claiming_he_is_that_man():
    text = (
        '"I was with him for seven years," Ms Rudd added.\n\n'
        "Dunn pleaded not guilty to all the charges, claiming he acted in self-defence.\n\n"
        "He said the fight began after he made remarks about Ms Rudd, and he was not aware of the "
        "bus when he pushed Mr Hale away."
    )
    assert (2, "Dunn") in _said(text)


def test_a_couples_surname_is_not_a_members_given_name():
    from corpus_tools.attribution.couples import person_names

    names, firsts, people = person_names(["Ann Rudd and Tom Rudd", "Ann", "Mr Rudd"])
    assert (names, firsts, people) == ({"Rudd"}, {"Ann", "Tom"}, 2)


def test_a_papers_couple_by_given_names_alone_keeps_the_wire_couple():
    takes = [
        "Ann and Tom Rudd today rejected the claims of the grocer that their son was a thief.\n\n"
        'The couple said: "He had a stable and loving family."'
    ]
    paper = (
        "Tom, 52, and Ann, 48, the parents, issued a statement saying nobody would know him.\n\n"
        'The couple said: "He had a stable and loving family."'
    )
    s = speaker_survival(takes_and_paper(takes, paper, "2001-03-05"), source="PA")
    row = s[s["speaker"] == "Ann Rudd and Tom Rudd"].iloc[0]
    assert (row["status"], row["became"]) == ("kept", "")
