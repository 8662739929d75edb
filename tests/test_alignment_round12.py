"""A paper sentence retold from the source sentence next to its neighbour's, which the ranking of
candidates left out (issue 22, round 12; claims_tune11.md's lockerb times 1 and star 2): the
source sentences an aligned neighbour takes, and those beside them, are candidates of a sentence
left new (:func:`corpus_tools.reuse.neighbours.beside_candidates`). On invented text.

The ranking keeps the ``max_candidates`` source sentences richest in the sentence's words (8 by
default); here 2, so that two long sentences naming the judge and the court outrank the short one
it retells, as eight do in a longer source."""

from __future__ import annotations

from pairs import pair, rules_alignment

from corpus_tools.reuse.matching import ReuseOptions

SOURCE = (
    "A pilot was cleared today of flying a jet too low over a school near Dover. "
    "The judge said he had shown great skill in landing the damaged jet safely on a beach. "
    "Lord Grey sat at Maidstone Crown Court in Kent, where the jury of seven men and five women "
    "had heard the evidence over nine days. "
    "Lord Grey thanked the jury at Maidstone Crown Court, who had sat through nine days of evidence "
    "about a flight over Kent. "
    "The hearing ended."
)
LEAD = "A pilot was cleared yesterday of flying a jet too low over a school near Dover."
RETOLD = (
    "Lord Grey told the jury at Maidstone Crown Court that the pilot showed great skill when he put "
    "the damaged jet down safely."
)
OPTIONS = ReuseOptions(max_candidates=2)


def _rows(version: str):
    a = rules_alignment(pair(SOURCE, version), options=OPTIONS)
    return [(r.reuse_class != "new", r.source_sent_ids) for r in a.itertuples()]


def test_the_source_sentence_next_to_the_neighbours_is_a_candidate():
    # the lead copies source 0; the next sentence retells source 1 ("great skill", "damaged jet
    # safely"), which sources 2 and 3 outranked: the base left it new
    assert _rows(f"{LEAD} {RETOLD}") == [(True, (0,)), (True, (1, 2))]


def test_without_an_aligned_neighbour_the_ranking_decides():
    assert _rows(RETOLD) == [(False, ())]


def test_a_neighbour_two_sentences_away_brings_no_candidate():
    # the sentence between is new: only the sentence just before or after brings candidates
    assert _rows(f"{LEAD} The weather was fine in Dover. {RETOLD}") == [
        (True, (0,)),
        (False, ()),
        (False, ()),
    ]
