"""Round 38, branch rkind38 (issue 22, R claims of TUNE_38, cause A): a later release written to the
earlier one's formula whose every figure is another is new, not a rewrite of the earlier sentence.
Invented text of the shape of TUNE_38's 626 and 7166 (``benchmarks/claims_tune38_r.md``): a mining
company's assays of one vein, then the next assays of the same vein in the same words."""

from __future__ import annotations

from pairs import pair

from corpus_tools import align_sentences

ASSAYS = (
    "Halvern Mines Ltd said the number two vein at its Red Lake, Manitoba claim returned partial "
    "assays of 2.46 ounces of silver a ton across an average width of 3.7 feet and a length of 150 "
    "feet. "
    "It said several of the samples ran above three ounces a ton. "
    "The company said the vein will be tested further as part of this summer's drilling, Halvern said."
)
NEXT_ASSAYS = (
    "Halvern Mines Ltd said assays from 410 feet of drifting on the number-two vein at its Red Lake, "
    "Manitoba claim average 0.872 ounce of silver a ton across an average width of six feet for the "
    "410-foot length. "
    "The drift will be carried on westward, the company said."
)


def test_the_next_assays_in_the_same_words_are_new():
    al = align_sentences(pair(ASSAYS, NEXT_ASSAYS), source="src")
    assert al["reuse_class"].tolist() == ["new", "new"]  # the base rewrote 0 from the source's 0


def test_one_figure_changed_stays_aligned():
    revised = ASSAYS.split(". ")[0].replace("2.46 ounces", "2.64 ounces") + "."
    al = align_sentences(pair(ASSAYS, revised), source="src")
    assert al["source_sent_ids"].tolist() == [(0,)]
    assert al["reuse_class"].tolist()[0] != "new"


def test_the_same_figures_retold_stay_aligned():
    retold = (
        "Partial assays from Halvern Mines Ltd's number two vein in Manitoba came to 2.46 ounces of "
        "silver a ton over 3.7 feet, along 150 feet of the vein, the company said."
    )
    al = align_sentences(pair(ASSAYS, retold), source="src")
    assert al["source_sent_ids"].tolist() == [(0,)]
