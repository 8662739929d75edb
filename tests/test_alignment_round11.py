"""Paper sentences built from the source's wording, aligned to the right source sentences (issue
22, round 10's held-out stories, claims.md "Tenth round, after the round's fixes", cause 2). Three
kinds, each on invented text:

1. a rewrite is aligned to a source sentence holding twice its words (by IDF), not to a short one
   that scores higher on the words it shares in order (telegraph 45; guardian 26's is under twice);
2. a measure is the same with its unit in the plural ("5ft 9in" and "5ft 9ins", telegraph 39);
3. a short source sentence sharing a run of words of what happened ("screeched to a halt") is a
   candidate of a long sentence whose other words many source sentences share (times 5)."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools.reuse.alignment import _source_index, body_sentences
from corpus_tools.reuse.matching import ReuseOptions, candidates
from corpus_tools.reuse.similarity import idf_weights, lemma


def _rows(source: str, version: str):
    a = rules_alignment(pair(source, version))
    return [(r.reuse_class != "new", r.source_sent_ids) for r in a.itertuples()]


BALL = (
    "A shopkeeper told a jury today that a footballer dragged him across a busy road. "
    "Peter Hall, 48, said the player grabbed him by the collar after a row at a crossing. "
    "He has got a ball of string in his hand. "
    "Prosecuting, Ann Lee said Mr Hall knocked on the window while holding the ball of string "
    "and said Mr Reed had later said he thought it was a rock. "
    "Mr Reed later said to Ms Lee he was sorry Mr Hall was hurt. "
    "Ms Lee said Mr Reed had later left Mr Hall in the road. "
    "Mr Reed denies assault."
)
ROCK = "Ms Lee said Reed later told police he believed a ball of string in Mr Hall's hand was a rock."


def test_a_rewrite_is_aligned_to_the_source_sentence_holding_most_of_its_words():
    # source 2 shares "ball of string in his hand" in order and scores higher; source 3 holds
    # twice its words (the ball, the rock, the names, later, said). The base took source 2 as
    # the sentence's source and source 3 as fused to it; source 2 brings one word ("hand")
    assert _rows(BALL, ROCK) == [(True, (3,))]


@pytest.mark.parametrize(
    ("key", "expected"), [("9ins", "9in"), ("7lbs", "7lb"), ("21st", "21st"), ("1990s", "1990s")]
)
def test_a_unit_in_the_plural_is_the_unit(key, expected):
    assert lemma(key) == expected


SIZE = (
    "A shopkeeper told a jury today that a footballer dragged him across a busy road. "
    "The player later told police he felt threatened by Mr Hall. "
    "Mr Hall is about 5ft 9ins and weighs 11st 7lbs, the court heard. "
    "Mr Reed denies assault."
)
HEIGHT = "Mr Hall, who is 5ft 9in, was hurt in the road."


def test_a_measure_written_with_a_plural_unit_is_the_same_measure():
    # the base read "9in" and "9ins" as two words, and the sentence held one word of source 2
    assert _rows(SIZE, HEIGHT) == [(True, (2,))]


HALT = (
    "A shopkeeper told a jury today that a footballer dragged him across a busy road. "
    "At the crossing in the town centre Mr Hall saw a car, which was red, and then a light. "
    "Mr Hall, whose shop sells old maps and clocks, said he knew the driver and his car well. "
    "The car was a red sports model with a white roof, and its driver was Mr Reed, he said. "
    "Mr Hall said he often saw Mr Reed and his red car by the light near the old bank. "
    "When the light changed, Mr Reed said, the car had already gone past the bank and the shop. "
    "Mr Hall said the driver was a famous man whose red car everyone in the town knew by sight. "
    "The driver of the car, Mr Reed, said he never saw Mr Hall standing by the light that day. "
    "Mr Hall said that he waited by the light for a long time before he saw the car come. "
    "It seemed to screech to a halt. "
    "Mr Reed denies assault."
)
SCREECH = (
    "Mr Hall said that after Mr Reed's car narrowly missed him at the light, it screeched to a halt "
    "and he tapped on the window to remonstrate with the driver for passing the red light."
)


def test_a_short_source_sentence_sharing_a_run_of_its_words_is_a_candidate():
    # eight source sentences share "car", "driver", "light", "red" and outweigh source 9's two
    # words: the base did not score source 9
    sents = body_sentences(pair(HALT, SCREECH))
    idf = idf_weights(s.keys for doc in sents.values() for s in doc)
    src, index, runs, _ = _source_index(sents["src"])
    found = candidates(sents["v"][0], src, index, idf, ReuseOptions(), runs=runs)
    assert len(found) == 9 and found[-1] == 9
