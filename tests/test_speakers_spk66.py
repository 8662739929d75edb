"""Who speaks, the shapes round 31's held-out stories showed once marked (``benchmarks/claims.md``,
"Held out (round 31)", the kinds audit31 listed for a fixer). Invented texts of the same shapes
(other names, other words)."""

from __future__ import annotations

import pytest
from pairs import text_attributions

from corpus_tools.attribution.kin_genders import member_gender
from corpus_tools.attribution.pointing_things import thing_points
from corpus_tools.attribution.underscore_asides import aside_subject

# kind 3 (doctor d3 4 and 8): a man named after a woman's possessive, then his title and surname
_NEIGHBOUR = (
    "Mrs Pike's next-door neighbour Alan Rudd said he let himself into her flat after a call from "
    "Mrs Lowe who had been unable to reach her mother.\n"
    "He found Mrs Pike lying on the floor of her kitchen.\n"
    "He said he saw what he thought was a bottle of pills on the table.\n"
    "Mr Rudd said soon afterwards the paramedics arrived, followed by Dr Venn.\n"
)


def test_a_neighbour_named_after_a_womans_possessive_is_one_speaker_with_his_title():
    said = text_attributions(_NEIGHBOUR).query("role == 'speaker'").set_index("sent_id")
    assert said.loc[0, "speaker_id"] == said.loc[3, "speaker_id"]  # "Mr Rudd": him
    assert said.loc[0, "speaker_id"] == said.loc[2, "speaker_id"]  # "He said": him, no woman


def test_a_womans_own_title_still_keeps_he_off_her():  # a guard: the title read when it is hers
    text = _NEIGHBOUR.replace("Mrs Pike's next-door neighbour Alan Rudd", "Mrs Jean Rudd")
    said = text_attributions(text).query("role == 'speaker'").set_index("sent_id")
    assert said.loc[0, "speaker_label"] == "Mrs Jean Rudd"
    assert said.loc[2, "speaker_id"] != said.loc[0, "speaker_id"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Mrs Pike's next-door neighbour Alan Rudd", ""),
        ("Mrs Pike's neighbour Mr Alan Rudd", "m"),
        ("Mrs Pike's husband Tom", "m"),
        ("Mrs Pike", "f"),
        ("Mr Rudd", "m"),
    ],
)
def test_member_gender_reads_no_possessors_title(label, expected):
    assert member_gender(label, "") == expected


# kind 9 (husband h 10): a person described between PA's underscore dashes, then the pleas
_ASIDE = (
    "A man who strangled a barmaid was jailed for life today.\n"
    "His cousin Dean Yardley, 23 _ the killing took place at his flat in Park Row, Hartlepool _ "
    "was jailed for four years after denying murder but admitting perverting the course of justice.\n"
)


def test_the_name_before_an_underscore_aside_pleads_not_the_place_closing_it():
    rows = text_attributions(_ASIDE)
    pleas = rows.loc[rows["cue"].isin(["denying", "admitting"])]
    assert len(pleas)
    assert set(pleas["speaker_label"]) == {"Dean Yardley"}


@pytest.mark.parametrize(
    ("label", "before", "expected"),
    [
        ("Hartlepool _", "His cousin Dean Yardley, 23 _ who lived in Park Row, ", "Dean Yardley"),
        ("Hartlepool _", "Yardley's cousin Dean Yardley _ of Park Row, ", "Dean Yardley"),
        ("Hartlepool _", "The court. It said _ in Park Row. Then ", ""),  # a stop inside: no aside
        ("Hartlepool", "His cousin Dean Yardley, 23 _ who lived in Park Row, ", ""),  # no closing dash
        ("Hartlepool _", "the driver _ who lived in Park Row, ", ""),  # no name before it
    ],
)
def test_aside_subject(label, before, expected):
    assert aside_subject(label, before, set()) == expected


# kind 8 (vietnamese v1 10): "It all pointed to" after a court named: the facts, no speaker
_POINTED = (
    "A couple on benefits hoarded a fortune in stolen jewellery, a court heard today.\n"
    "Their home was packed with designer clothes, Snaresbrook Crown Court was told.\n"
    "It all pointed to a lavish lifestyle for a couple who only flew first class.\n"
    "Mr Tom Hale, prosecuting, pointed to the receipts found at the house.\n"
)


def test_it_all_pointed_to_is_no_statement():
    rows = text_attributions(_POINTED)
    assert 2 not in set(rows["sent_id"])  # no row: no one speaks
    assert "Snaresbrook Crown Court" not in set(rows["speaker_label"])
    assert rows.loc[rows["sent_id"] == 3, "speaker_label"].tolist() == ["Mr Tom Hale"]  # a person does


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It all pointed to a lavish life.", True),
        ("Everything pointed to a cover-up.", True),
        ("The evidence pointed to a planned attack.", True),
        ("It pointed to rising costs in its report.", False),  # a body's statement may be
        ("Mr Hale pointed to the delays.", False),
    ],
)
def test_thing_points(text, expected):
    from corpus_tools.text.nlp import load_model

    doc = load_model()(text)
    assert thing_points(next(t for t in doc if t.lemma_ == "point")) is expected
