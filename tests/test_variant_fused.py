"""Word changes of sentences built from several source sentences (issue 22, round 10): one word is
matched at most once. Invented texts of the shapes the claims audit found (``benchmarks/claims.md``:
ry11, ry27, ry37, bf21 of the eighth marking); each case failed on the code before."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest
from pairs import pair
from test_variant_moves import _variants

from corpus_tools.variants.categories import categorize
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.moves import resolve_moves


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


def test_a_common_word_is_not_moved_from_another_sentence_of_the_group():
    # bf21: "They had called at ..." (one source sentence) and "..., the court heard" (another),
    # fused: the version's "had been told" took its "had" from the visit, which was then not cut
    src = (
        "A farmer was jailed for six months today for threatening two inspectors with an axe. "
        "Joan Smith, 48, waved the old axe at inspectors Tom Reed and Ann Hill, Exeter Crown Court heard "
        "at an earlier trial. They had called at Oak Farm near Crediton to seize goods worth 500 pounds "
        "in unpaid fines owed by her son."
    )
    tgt = (
        "A WIDOW was jailed for six months yesterday for threatening two inspectors with an axe when they "
        "called at her farm to seize goods worth 500 pounds in unpaid fines owed by her son. Joan Smith, 48, "
        "waved an axe at the inspectors, Tom Reed and Ann Hill, when they called at Oak Farm near Crediton, "
        "Exeter Crown Court had been told."
    )
    got = _variants(src, tgt)
    assert (0, 2, "deletion", "had", "") in got
    assert (1, 1, "attribution_change", "", "had been told") in got


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        (  # bf21: "had" cut before "called at" (a visit) was an attribution change
            "The inspectors had called at the farm to seize a tractor on Monday.",
            "The inspectors called at the farm to seize a tractor on Monday.",
            [("deletion", "had", "")],
        ),
    ],
)
def test_a_visit_is_no_attribution(src, tgt, expected):
    assert [g[2:] for g in _variants(src, tgt)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "when they called at", "insertion"),  # bf21: the visit added
        ("", "called round", "insertion"),
        ("said", "called", "attribution_change"),  # "called" alone still reports
        ("", "called", "attribution_change"),
    ],
)
def test_called_at_is_a_visit(a, b, expected):
    assert categorize(a, b) == expected


def test_a_word_taken_from_the_next_source_sentence_is_kept_there():
    # ry27: the version's "rammed" is the fused second sentence's, not a replacement of the first's
    # "ran"; that sentence's clause was counted cut with "rammed" in it
    src = (
        "A van driver who ran into the mayor's official car was fined 500 pounds and banned from driving "
        "for a year today. John Smith, 41, was three times over the drink-drive limit when he rammed the "
        "civic car, magistrates in Luton were told."
    )
    tgt = (
        "John Smith, 41, a van driver who rammed into the mayor's car, was fined 500 pounds and banned "
        "from driving for a year."
    )
    got = _variants(src, tgt)
    assert (0, 0, "deletion", "ran", "") in got
    assert (0, 1, "deletion", "was three times over the drink-drive limit when he", "") in got
    assert not [g for g in got if "rammed" in g[3] + g[4]]
    assert _overlaps(src, tgt) == []


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ({(0, 0), (0, 1)}, [("ran", ""), ("was drunk when he", ""), ("the red van .", "")]),
        ({(0, 0)}, [("ran", "rammed"), ("was drunk when he rammed the red van .", "")]),  # not aligned there
        (None, [("ran", "rammed"), ("was drunk when he rammed the red van .", "")]),
    ],
)
def test_a_content_word_moves_only_from_a_sentence_aligned_to_its_own(links, expected):
    a = "a driver who ran into the van was fined . smith was drunk when he rammed the red van .".split()
    b = "smith , a driver who rammed into the van , was fined .".split()
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    merged = [tuple(op[1:]) for op in ops if op[0] != "equal"]
    got = resolve_moves(a, b, ops, merged, [0] * 10 + [1] * 10, [0] * len(b), a, links=links)
    pairs = [(" ".join(a[i1:i2]), " ".join(b[j1:j2])) for i1, i2, j1, j2 in got]
    assert [p for p in pairs if p != ("", ",")] == expected
