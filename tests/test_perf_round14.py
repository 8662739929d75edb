"""Round 14's speed-ups of the changes stage (#23) answer as the code they replace, on invented text.

A parent's sentences come back on every edge to its children: their facts are read once for each
set of words :func:`corpus_tools.variants.facts.facts` can look up in them, and must be the facts
read afresh whatever the two texts' word sets hold.
"""

from __future__ import annotations

import pytest

from corpus_tools.variants import fact_changes
from corpus_tools.variants.fact_changes import _facts_of, _pieces, fact_rows
from corpus_tools.variants.facts import facts, lowercase_words, proper_words

PARENT = [
    "Harrow Mills Ltd said on Monday it sold 400 tonnes of wheat to Tarn Valley Cooperative.",
    "Striking Corran dockers met chairman John Abel, the Lakeside Grain Board said.",
    "Others said U.S. Wants to buy 2.5 mln dlrs of Kestrel's grain.",
]
CHILDREN = [
    [PARENT[0].replace("400", "450"), PARENT[1], "Prices rose in Oslo."],
    [PARENT[0], "Corran dockers struck, the board said.", PARENT[2]],
    ["Harrow Mills sold wheat.", "striking workers met.", "others said the u.s. wants grain."],
]


def test_pieces_hold_every_word_a_name_can_look_up():
    pieces = _pieces('"Kestrel\'s U.S. Dlrs," he said')
    assert {"kestrel", "kestrel's", "u.s.", "u.s", "dlrs", "he", "said"} <= pieces
    assert "kestrel's u.s." not in pieces  # a piece is inside one word


@pytest.mark.parametrize("child", CHILDREN)
def test_facts_of_reads_as_facts_whatever_the_word_sets(child):
    fact_changes._FACTS.clear()
    texts = " ".join(child), " ".join(PARENT)
    proper = proper_words(texts[0]) | proper_words(texts[1])
    lower = lowercase_words(texts[0]) | lowercase_words(texts[1])
    # the same sentence with other sets: those that differ in its pieces read again, not taken
    for s in PARENT + child:
        for p, w in ((proper, lower), (set(), set()), ({"striking", "others", "u.s."}, {"dlrs", "wants"})):
            assert _facts_of(s, p, w) == facts(s, p, w)
            assert _facts_of(s, p | {"zzz unrelated"}, w | {"qqq"}) == facts(s, p, w)


def test_a_parents_sentences_are_read_once_for_its_children(monkeypatch):
    fact_changes._FACTS.clear()
    calls: list[str] = []
    real = fact_changes.facts

    def counted(s, *args):
        if args:
            calls.append(s)
        return real(s, *args)

    monkeypatch.setattr(fact_changes, "facts", counted)
    child = CHILDREN[0]
    other = [PARENT[0], PARENT[1], "Prices fell in Oslo."]  # a second child of the same parent
    first = fact_rows(child, PARENT, {0: 0, 1: 1}, " ".join(child), " ".join(PARENT))
    n = len(calls)
    second = fact_rows(other, PARENT, {0: 0, 1: 1}, " ".join(other), " ".join(PARENT))
    assert ("fact", "number", "changed", "400", "450") in [r[:5] for r in first]
    assert ("fact", "name", "cut", "Kestrel", "") in [r[:5] for r in second]
    # the second edge reads only its new sentence (the old code read all six again)
    assert calls[n:] == ["Prices fell in Oslo."]
    fact_changes._FACTS.clear()
    assert fact_rows(other, PARENT, {0: 0, 1: 1}, " ".join(other), " ".join(PARENT)) == second
