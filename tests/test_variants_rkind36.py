"""Round 36, branch rkind36 (issue 22, R claims of TUNE_36, cause C): a count written with
thousands commas and its rounding with a scale word ("4,318,204" / "about four mln") in the same
slot are one number changed, not a cut beside an addition. Invented text of the shape of TUNE_36's
3573+4167 (``benchmarks/claims_tune36_r.md``)."""

from __future__ import annotations

from pairs import pair

import corpus_tools as ct
from corpus_tools.report.findings import findings

OFFER = (
    "Tarn Holdings said it is again extending its offer of 9 dlrs a share for Wexley Mills until "
    "today. At noon yesterday, 4,318,204 Wexley shares had been tendered, up from 3,905,112 shares "
    "a day earlier. Tarn said it is extending the offer to allow Wexley to meet state rules."
)
OFFER_LATER = (
    "Tarn Holdings said it is again extending its offer of 9 dlrs a share for Wexley Mills until "
    "today. As reported yesterday, Tarn said, about four mln Wexley shares had been tendered in "
    "response to the offer. Tarn said it is extending the offer to allow Wexley to meet state rules."
)


def _rows(source: str, version: str) -> list[list]:
    v = ct.analyze(pair(source, version), only=["variants"]).variants
    return v[["source_form", "form", "category"]].values.tolist()


def test_a_count_rounded_with_a_scale_word_is_one_number_changed():
    rows = _rows(OFFER, OFFER_LATER)
    assert ["4,318,204", "four mln", "word_substitution"] in rows
    assert ["4,318,204", "", "deletion"] not in rows


def test_the_same_value_in_another_form_makes_no_pair():
    # "four mln" for "4,000,000": the same number, no change of value to tell
    later = OFFER_LATER.replace("about four mln", "about 4 mln").replace("4,318,204", "4,000,000")
    rows = _rows(OFFER.replace("4,318,204", "4,000,000"), later)
    assert not any(r[2] == "word_substitution" and r[0] == "4,000,000" for r in rows)


def test_the_findings_count_the_rounded_count_a_word_replaced():
    text = findings(ct.analyze(pair(OFFER, OFFER_LATER)))["v"]
    assert "word replaced (1)" in text
    assert "words cut (2 places" in text
