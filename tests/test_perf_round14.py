"""Round 14's speed-ups of the changes stage (#23) answer as the code they replace, on invented text.

A parent's text comes back on every edge to its children: its number keys are read once, and the
patterns built per name or figure are compiled once; the rows are those read afresh.
"""

from __future__ import annotations

from corpus_tools.variants import initials, number_forms
from corpus_tools.variants.fact_changes import _text_numbers, fact_rows
from corpus_tools.variants.initials import as_initials, common_initials
from corpus_tools.variants.number_forms import misspelt_unit_held

PARENT = [
    "Harrow Mills Ltd said on Monday it sold 400 tonnes of wheat to Tarn Valley Cooperative.",
    "The sale was worth 2.5 mln dlrs, chairman John Abel said.",
    "Lakeside Grain Board officials declined to comment.",
]
CHILDREN = [
    [PARENT[0].replace("400", "450"), PARENT[1], "Prices rose in Oslo."],
    [PARENT[0], "The sale was worth 2.5 miln dlrs.", "Prices fell in Oslo."],
]


def _rows(child):
    return fact_rows(child, PARENT, {0: 0, 1: 1}, " ".join(child), " ".join(PARENT))


def test_a_parents_number_keys_are_read_once_for_its_children():
    _text_numbers.cache_clear()
    first = [_rows(c) for c in CHILDREN]
    info = _text_numbers.cache_info()
    assert info.misses == 3  # the parent once, each child once (the old code: six times, and twice more)
    assert info.hits == 1
    _text_numbers.cache_clear()
    assert [_rows(c) for c in CHILDREN] == first
    assert ("fact", "number", "changed", "400", "450") in [r[:5] for r in first[0]]
    assert ("fact", "name", "cut", "Lakeside Grain Board", "") in [r[:5] for r in first[1]]


def test_the_patterns_of_names_and_figures_are_compiled_once():
    initials._compiled.cache_clear()
    number_forms._compiled.cache_clear()
    for _ in range(2):
        assert as_initials("GATT", "the General Agreement on Tariffs and Trade")
        assert common_initials("DRAM", "output of dynamic random access memory (256K DRAM) fell")
        assert misspelt_unit_held("181", "181", "It paid 181 miln dlrs.", "it paid 181 mln dlrs", {"181mln"})
    assert initials._compiled.cache_info().hits >= 1
    assert number_forms._compiled.cache_info().hits >= 1
