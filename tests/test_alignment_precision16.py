"""Round 16 (issue 24, precision of sentence reuse): what the shipped alignment decides for the two
shapes the round read among METER's false and true alignments, pinned on invented text. A sentence
that shares only its names and a place with the source is left new (the same people told of in
independent words); a sentence retold around a clause it shares with the source is aligned to that
source sentence. No rule was added this round (the fitted filter tried did not reach 0.82 / 0.82
held out by date folds: benchmarks/README.md "#24, sentence reuse precision round 16"); these pin
the behaviour a later filter must keep."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools import align_sentences

SOURCE = (
    "Harriet Quayle, 44, of Nettlecombe, was fined 300 pounds at Brackwater Crown Court today "
    "for letting her goats stray onto the railway line. "
    "The court heard that a freight train had to brake sharply near Nettlecombe station "
    "after the animals wandered through a broken fence. "
    "Quayle told the magistrates she had mended the fence twice last spring."
)


def _rows(version: str) -> list[tuple[str, str, tuple]]:
    a = align_sentences(pair(SOURCE, version), source="src")
    return [(r.text.strip()[:14], r.reuse_class, r.source_sent_ids) for r in a.itertuples()]


@pytest.mark.parametrize(
    "version",
    [
        # the same woman and the same town, nothing of what happened
        "Harriet Quayle has lived in Nettlecombe for most of her life and keeps bees.",
        # names, a place and a number alone, in another order
        "In Nettlecombe, neighbours of Harriet Quayle, 44, organised a summer fete.",
    ],
)
def test_a_sentence_sharing_only_names_and_a_place_is_new(version):
    assert _rows(version) == [(version[:14], "new", ())]


def test_a_retold_sentence_with_a_shared_clause_is_aligned():
    version = (
        "Drivers were alarmed when a freight train had to brake sharply near Nettlecombe station, "
        "a court was told."
    )
    assert _rows(version) == [("Drivers were a", "rewritten", (1,))]


def test_a_retold_sentence_beside_a_names_only_one_keeps_its_sources():
    # "goats" is the first source sentence's, the fence and the train the second's: fused from both
    retold = "Her goats got out through a broken fence, and a freight train had to brake sharply."
    other = "Harriet Quayle has lived in Nettlecombe for most of her life and keeps bees."
    rows = _rows(f"{other} {retold}")
    assert rows == [(other[:14], "new", ()), (retold[:14], "rewritten", (0, 1))]
