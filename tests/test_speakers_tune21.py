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
