"""Round 19 (issues 22 and 24): the one sentence left new of a text whose other sentences all
align retells its source in other words (:mod:`corpus_tools.reuse.lone`). Before, a paper's lead
that retold the wire's charges ("was in the dock yesterday charged with three blazes" for "faces
three charges of arson") was counted new beside two copied sentences, so the paper's share "in
sentences taken", its new-sentence count and the drop list were wrong (benchmarks/README.md
"#22 and #24, sentences kept and new, round 19"). A text with two sentences of its own, a text
of two sentences, and a lone sentence whose best source sentence holds less than
``min_score_cover`` (0.3) of its words are read as before. Invented text, the shape of the real
case."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools import ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse.lone import MIN_LONE_SENTENCES

SOURCE = (
    "One of the county's most senior firemen made a short appearance in court today accused of "
    "starting fires. "
    "Chief Fire Officer Tom Hallam, 48, of Dorset Fire Service, faces three charges of arson at the "
    "brigade's depot in Weymouth. "
    "He was remanded on conditional bail to appear again at the crown court on May 12. "
    "Hallam, who joined the brigade in 1979, was suspended from duty in February after an inquiry "
    "by the county council. "
    "His solicitor, Mr Peter Quayle, said nothing outside court."
)
LEAD = "THE Chief Fire Officer of Dorset was in the dock yesterday charged with three blazes. "
BAIL = "Tom Hallam, 48, was given conditional bail to appear again at the crown court on May 12. "
DUTY = "Hallam, who joined the brigade in 1979, was suspended from duty in February."
OWN = "Neighbours in Upwey called him a quiet beekeeper who sang in the church choir every Sunday. "


def _rows(version: str) -> list[tuple[str, str, tuple]]:
    a = align_sentences(pair(SOURCE, version), source="src")
    return [(r.text[:12], r.reuse_class, r.source_sent_ids) for r in a.itertuples()]


def test_the_one_sentence_left_new_retells_the_charges():
    # new on the base: it shares the title and "three" with sentence 1, not its words of what
    # happened ("charged", "blazes" for "charges of arson")
    assert _rows(LEAD + BAIL + DUTY) == [
        ("THE Chief Fi", "rewritten", (1,)),
        ("Tom Hallam, ", "rewritten", (1, 2)),
        ("Hallam, who ", "near_verbatim", (3,)),
    ]


def test_the_retold_lead_counts_its_source_sentence_kept():
    # the bail without the name and age: sentence 1 is kept by the lead alone (dropped on the base)
    bail = "He was given conditional bail to appear again at the crown court on May 12. "
    cov = source_coverage(pair(SOURCE, LEAD + bail + DUTY), source="src")
    status = cov.set_index("source_sent_id")["status"].to_dict()
    assert status[1] == "rewritten" and status[0] == status[4] == "dropped"


def test_two_sentences_of_its_own_are_both_left_new():
    # the rule reads a text with one sentence left new only: the retold lead stays new here
    assert [c for _, c, _ in _rows(LEAD + OWN + BAIL + DUTY)] == ["new", "new", "rewritten", "near_verbatim"]


@pytest.mark.parametrize(
    "own",
    [
        OWN,  # none of its words in the source
        "Tom Hallam is now in a wheelchair. ",  # the name alone (two of its three words)
        # one word in each of two source sentences ("brigade", "said"): less than 0.3 of nine
        "Neighbours in Upwey said the quiet beekeeper sang in the brigade choir every Sunday. ",
    ],
)
def test_a_sentence_of_its_own_holding_few_source_words_stays_new(own):
    assert ReuseOptions().min_score_cover == 0.3
    assert [c for _, c, _ in _rows(own + BAIL + DUTY)] == ["new", "rewritten", "near_verbatim"]


def test_a_third_of_its_words_in_one_source_sentence_aligns_it():
    # the beekeeper again, with "arson", "depot" and "Weymouth" of sentence 1 (and "brigade"): 4 of 11
    own = "Neighbours in Upwey said the beekeeper sang in the brigade choir before the Weymouth depot arson. "
    assert _rows(own + BAIL + DUTY)[0] == (own[:12], "rewritten", (1,))


def test_a_text_of_two_sentences_is_read_as_before():
    assert MIN_LONE_SENTENCES == 3
    assert [c for _, c, _ in _rows(LEAD + DUTY)] == ["new", "near_verbatim"]
