"""Word changes of sentences built from several source sentences (issue 22, round 10): one word is
matched at most once. Invented texts of the shapes the claims audit found (``benchmarks/claims.md``:
ry11, ry27, ry37, bf21 of the eighth marking); each case failed on the code before."""

from __future__ import annotations

import pytest
from pairs import pair
from test_variant_moves import _variants

from corpus_tools.variants.lexical import extract_variants


def _overlaps(src: str, tgt: str) -> list[tuple[int, int]]:
    """The source characters that two variant rows both claim."""
    v = extract_variants(pair(src, tgt, "tgt"), source="src")
    spans = sorted((r.source_start, r.source_end) for r in v.itertuples() if r.source_start < r.source_end)
    return [(a, b) for (a, b), (c, _) in zip(spans, spans[1:], strict=False) if c < b]


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        (  # a quoted phrase reworded: its quote marks were a cut of the whole phrase, words and all
            "The farmer said the ``green belt'' rule was unfair.",
            "The farmer said the planning rule was unfair.",
            [("word_substitution", "green belt", "planning")],
        ),
        (
            "A ``Queen of the Castle'' was jailed for six months today for threatening bailiffs.",
            "A WIDOW was jailed for six months yesterday for threatening bailiffs.",
            [
                ("word_substitution", "Queen of the Castle", "WIDOW"),
                ("time_reference", "today", "yesterday"),
            ],
        ),
    ],
)
def test_quote_marks_around_a_changed_phrase_are_part_of_its_change(src, tgt, expected):
    assert [g[2:] for g in _variants(src, tgt)] == expected
    assert _overlaps(src, tgt) == []
