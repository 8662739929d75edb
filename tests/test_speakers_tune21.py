"""Who speaks, round 21's tuning stories (``benchmarks/claims_tune21.md``). Invented texts of the
same shapes."""

from __future__ import annotations

import pytest
from pairs import speaker_rows

import corpus_tools as ct
from corpus_tools.attribution.households import household_of


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # kind K2: a named court told, after a quotation, parsed as a clause hung on the one before
        (
            "Ned Hale acted as 'jury, judge and executioner' when he shot a young burglar, Exeter "
            "Crown Court was told yesterday.\n",
            [["Exeter Crown Court", "anonymous", 1]],
        ),
        # "the House of Lords was told" / "heard": the court of a last appeal at the sentence's end
        (
            "Rita Lake is a changed woman who poses no risk to anyone, the House of Lords was told "
            "today as she began her last appeal.\n",
            [["the House of Lords", "anonymous", 1]],
        ),
        (
            "RITA Lake is a 'changed' woman who poses no risk to anyone, the House of Lords heard "
            "yesterday.\n",
            [["the House of Lords", "anonymous", 1]],
        ),
        # "Five Law Lords were told": the bench of the appeal, a hearing
        (
            "Keeping Rita Lake in jail for life was attacked as cruel today.\n"
            "Five Law Lords were told it was also unfair to rule out her release.\n",
            [["Five Law Lords", "anonymous", 1]],
        ),
    ],
)
def test_a_named_court_told_after_its_content_is_a_hearing(text, rows):
    assert speaker_rows(text) == rows


def test_a_bare_participle_told_is_still_no_hearing():
    # "when told of the verdict": no subject of its own, no hearing, no speaker
    assert speaker_rows("When told of the verdict, Rita Lake wept in the dock.\n") == []


_BOTH = (
    "A boy was hurt at a go-kart track, an inquest heard today.\n"
    "Mr Dale said he had lost control.\n"
    "The inquest heard that on the day, Mr Dale and another rider, Simon Pike, were both using track 4.\n"
    "Both men told the inquest they had taken care to keep apart.\n"
    "Mr Pike said when questioned that he had stopped before Mr Dale began.\n"
)


def test_both_men_after_a_name_and_a_described_name_are_the_two():
    # kind K4: "Both men" was a third, anonymous speaker beside the two named
    rows = speaker_rows(_BOTH)
    assert ["Mr Dale and Simon Pike", "person", 1] in rows
    assert not any(r[1] == "anonymous" and r[0] != "an inquest" for r in rows)
    summary = ct.analyze(ct.from_records([{"doc_id": "d", "text": _BOTH}])).speaker_summary
    assert summary[["n_speakers", "n_named", "n_anonymous"]].values.tolist() == [[3, 2, 1]]


def test_a_titled_name_beside_a_full_name_is_no_household():
    # "Mr Dale and Simon Pike" was read as "Dale Pike and Simon Pike", one family
    assert household_of("Mr Dale and Simon Pike") is None
    assert household_of("Mr Rudd and Ann Rudd").surname == "Rudd"


def test_a_spokesman_for_a_named_person_is_that_person():
    # kind K1: "a spokesman for Mr Garvey" was an anonymous "Mr Garvey" beside the minister
    text = (
        "Energy Minister Tom Garvey said the plan was sound.\n"
        "After the ruling, a spokesman for Mr Garvey said an appeal would be ``strongly fought''.\n"
    )
    assert speaker_rows(text) == [["Energy Minister Tom Garvey", "person", 2]]


def test_a_spokesman_for_a_person_named_nowhere_else_keeps_his_label():
    text = "After the ruling, a spokesman for Mr Garvey said an appeal would be ``strongly fought''.\n"
    assert speaker_rows(text) == [["Mr Garvey", "anonymous", 1]]


@pytest.mark.parametrize(
    "text",
    [
        # kind K3: a minister's confirming a decision or a sentence is an act
        "When Energy Minister Tom Garvey confirmed earlier decisions that Rita Lake should stay in "
        "jail for life, there was a caveat.\n",
        "Rita Lake, who faces dying in jail after Energy Minister Tom Garvey confirmed a 'whole life' "
        "sentence on her, was appealing.\n",
        # parents agreeing to a machine being switched off: consent, an act
        "Tia had suffered brain damage, and her parents, Dan Moss and Ann Lee, agreed to her life "
        "support system being switched off two days later.\n",
    ],
)
def test_confirming_a_decision_or_agreeing_to_a_thing_is_an_act(text):
    assert speaker_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Energy Minister Tom Garvey confirmed that the decision was final.\n",
            [["Energy Minister Tom Garvey", "person", 1]],
        ),
        ("Mr Moss agreed that the plan was fair.\n", [["Mr Moss", "person", 1]]),
    ],
)
def test_confirming_or_agreeing_that_stays_a_statement(text, rows):
    assert speaker_rows(text) == rows


def test_made_the_remarks_is_a_statement_of_its_subject():
    # kind K5: "made the remarks in her closing speech" after the hearing's sentence was not read
    text = (
        "Ned Hale acted as judge and jury when he shot a burglar, a court heard yesterday.\n"
        "Miss Jo Day, QC, prosecuting, made the remarks in her closing speech in the trial of Hale, "
        "55, who denies murder.\n"
    )
    assert ["Miss Jo Day", "person", 1] in speaker_rows(text)
    assert speaker_rows("The firm made a profit last year.\n") == []


def test_a_spokesman_for_a_person_whose_own_act_the_text_names_in_full_is_that_person():
    # hindley1's shape: the minister's own confirming is an act, his spokesman speaks for him
    text = (
        "Lord Hale, sitting with two other judges, said the ruling meant Rita Lake ``could serve "
        "20 more years''.\n"
        "When Energy Minister Tom Garvey confirmed earlier decisions that Lake should stay in jail, there "
        "was a caveat that she could be freed in ``special cases''.\n"
        "After the ruling, a spokesman for Mr Garvey said an appeal would be ``strongly fought''.\n"
    )
    assert speaker_rows(text) == [["Lord Hale", "person", 1], ["Mr Garvey", "person", 1]]


def test_hope_of_a_thing_is_no_statement():
    # "Denying X hope of parole was condemned": X was the speaker of a noun cue "hope"
    text = (
        "By Ann Cole, PA News\n\n"
        "Denying Fens poisoner Rita Lake hope of parole was condemned in the House of Lords today as "
        "``inhumane and degrading treatment''.\n\n"
        "Five Law Lords were told it was also unlawful and ``disproportionate'' to rule out release.\n"
    )
    assert speaker_rows(text) == [["Five Law Lords", "anonymous", 1]]
