"""Words of its own (issue 22, round 14: the claims audit's ly21, ly24, ly58, ly61, iq35): a
source's word or number misprinted (a name one letter short, a word cut after the source's number,
a letter garbled outside ASCII, an "l" for a "1" in a figure, a stray letter), a hyphenated word of
its own, and a place at a sentence's start that the text names elsewhere in short."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists

WIRE = (
    "Jones admitted the thefts at Wearside Crown Court. Some 60 officers from two forces "
    "searched the moor, and the van was found at 9.21pm near Bakewell."
)


def _own(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    src = {k for k, _, _ in body_words(WIRE)} | compounds([WIRE])
    return novel_lists(body_words(text), src, is_fact)


@pytest.mark.parametrize(
    "text, words, names",
    [
        # a name one letter short at a sentence's start, before the source's institution
        (
            "He will be sentenced later. Weaside Crown Court heard of the thefts.",
            ["sentenced", "later", "heard"],
            [],
        ),
        # the word after the source's number, its last letters cut
        ("Later 60 office from two forces searched the moor.", ["Later"], []),
        # a letter garbled outside ASCII in a stop word
        ("Jones admitted the thefts anä the van was found.", [], []),
        # an "l" for a "1" in the source's figure
        ("The van was found at 9:21 near Bakewell.", [], []),
        ("The van was found at 9:2l near Bakewell.", [], []),
        ("The van was found at 9:l5 near Bakewell.", [], [("9", "l5")]),
        # a stray letter of a misprinted word
        ("The van was n the moor.", [], []),
        # a hyphenated word of its own counts once
        ("The finger-prints were on the van.", ["finger"], []),
        ("The fingerprints were on the van.", ["fingerprints"], []),
    ],
)
def test_a_misprint_of_the_source_is_no_word_of_its_own(text, words, names):
    assert _own(text) == (words, names)


def test_a_place_at_a_sentences_start_named_in_short_elsewhere_is_a_name():
    own, names = _own("The van was found near Bakewell. Derbyshire, for the day. It was in Bakewell, Derbys.")
    assert own == ["day"]
    assert ("derbyshire",) in names


def test_a_short_stem_one_letter_from_a_source_lemma_is_no_respelling():
    # "three" (lemma "thre") is one letter from the source's "there": a number of its own still;
    # a name's stem of six letters or more is read ("Weaside" for "Wearside", above)
    src = {k for k, _, _ in body_words("There was a fire.")}
    assert novel_lists(body_words("A fire hit Leeds, with three engines."), src, is_fact)[1] == [
        ("leeds",),
        ("three",),
    ]
