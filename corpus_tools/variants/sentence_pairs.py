"""Sentences of a version paired one to one with its parent's, by their words: the pairing
:mod:`~.changes` reads its claim and quote rows from (greedy, most similar first, at least a
threshold of Dice similarity of the word keys), the pairs out of order (moved), a word diff of
two texts, and the side-by-side view of the two texts' sentences. Moved out of :mod:`~.changes`
unchanged (round 26).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import pandas as pd

from corpus_tools.reuse.family import body_text
from corpus_tools.variants.facts import split_sentences, word_keys

__all__ = ["moved_pairs", "pair_by_words", "pair_sentences", "word_diff"]


def pair_by_words(child: list[list[str]], parent: list[list[str]], threshold: float) -> dict[int, int]:
    """Child sentence -> parent sentence, one to one, most similar first."""
    sets_c, sets_p = [set(k) for k in child], [set(k) for k in parent]
    scored = []
    for i, a in enumerate(sets_c):
        for j, b in enumerate(sets_p):
            if a and b:
                inter = len(a & b)
                if inter:
                    dice = 2 * inter / (len(a) + len(b))
                    if dice >= threshold:
                        scored.append((-dice, abs(i - j), i, j))
    used_c, used_p, out = set(), set(), {}
    for _, _, i, j in sorted(scored):
        if i not in used_c and j not in used_p:
            out[i] = j
            used_c.add(i)
            used_p.add(j)
    return out


def moved_pairs(pairs: dict[int, int]) -> set[int]:
    """Child sentences whose pair is out of order: those outside the longest increasing run."""
    items = sorted(pairs.items())
    best: list[list[int]] = []
    for k, (_, j) in enumerate(items):
        prev = max((best[m] for m in range(k) if items[m][1] < j), key=len, default=[])
        best.append([*prev, k])
    keep = set(max(best, key=len, default=[]))
    return {items[k][0] for k in range(len(items)) if k not in keep}


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    ta = [m.group() for m in re.finditer(r"\w+(?:[.'’]\w+)*\.?|[^\w\s]", a)]
    tb = [m.group() for m in re.finditer(r"\w+(?:[.'’]\w+)*\.?|[^\w\s]", b)]
    ops = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    return [(" ".join(ta[i1:i2]), " ".join(tb[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"]


def pair_sentences(text: str, parent_text: str, *, threshold: float = 0.5) -> pd.DataFrame:
    """The sentences of a version beside its parent's, in the version's order (cut ones where
    they stood in the parent), for a side-by-side view.

    Returns:
        Columns ``kind`` (``same``, ``edit``, ``moved``, ``addition``, ``deletion``),
        ``parent_sentence`` and ``sentence`` ("" on the side that lacks it).
    """
    cs, ps = split_sentences(body_text(text)), split_sentences(body_text(parent_text))
    pairs = pair_by_words([word_keys(s) for s in cs], [word_keys(s) for s in ps], threshold)
    moved, rows = moved_pairs(pairs), []
    back = {j: i for i, j in pairs.items()}
    placed = -1
    for i, s in enumerate(cs):
        j = pairs.get(i)
        if j is not None and i not in moved:  # the cut parent sentences before this one
            for k in range(placed + 1, j):
                if k not in back:
                    rows.append(("deletion", ps[k], ""))
            placed = max(placed, j)
        if j is None:
            rows.append(("addition", "", s))
        else:
            same = word_keys(s) == word_keys(ps[j])
            rows.append(("moved" if i in moved else "same" if same else "edit", ps[j], s))
    rows += [("deletion", ps[k], "") for k in range(placed + 1, len(ps)) if k not in back]
    return pd.DataFrame(rows, columns=["kind", "parent_sentence", "sentence"])
