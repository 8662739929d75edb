"""The thresholds of :mod:`corpus_tools.reuse.weak_link` chosen by cross-validation over rounds (#23).

Round 29 (branch tree29). For every series of ``benchmarks/family_edges.csv``, every pair of its
documents the tree reads as a weak link candidate (one outlet, both dated, exactly one shared passage
of ``min_tokens`` words) is read once: the passage's retold words, the earlier story's sentences
told again in the later one and the share of its lead's content words there
(:func:`corpus_tools.reuse.weak_link.told_again`). A rule is three thresholds (retold words below,
sentences told at most, lead words below) or no rule; the tree of each series is rebuilt for each
distinct set of weak links a rule gives it (``ct.family`` on the series alone, the rest of the tree
as shipped), and a rule's score on a set of rounds is the number of labelled edges right
(``family_edges.judge``). The grid's best rule (ties: the strictest, no rule first) is fitted on
rounds 7-52 and scored on 53-56 (the rounds read since round 27), and fitted on all rounds but one
and scored on that one (leave one round out).

Run: ``python benchmarks/family_edges_weak.py [--data PATH]`` (a few minutes).
"""

from __future__ import annotations

import itertools

import pandas as pd
from family_edges import grid_scores, print_fit, script_inputs

import corpus_tools as ct
from corpus_tools.reuse import family as fam
from corpus_tools.reuse import weak_link as wl
from corpus_tools.reuse.retold import retold_words

#: retold words in the passage below, sentences told at most, lead words below
GRID = [None] + list(itertools.product([2, 3, 4, 5, 6], [0, 1, 2], [0.3, 0.4, 0.5, 0.6]))


def features(passages, outlet, bodies, dates) -> dict:
    """``{(a, b): (retold words, told, lead words share)}`` of the pairs a weak link may join."""
    texts: dict = {}
    for a, b, text in zip(passages["doc_key"], passages["source_doc_key"], passages["text"], strict=True):
        if outlet[a] is not None and outlet[a] == outlet[b] and dates[a] is not None and dates[b] is not None:
            texts.setdefault((min(a, b), max(a, b)), []).append(text)
    out = {}
    for (a, b), found in texts.items():
        if len(found) != 1 or dates[a] == dates[b]:
            continue
        early, late = (a, b) if dates[a] < dates[b] else (b, a)
        out[(a, b)] = (len(retold_words(found[0])), *wl.told_again(bodies[early], bodies[late]))
    return out


def weak(rule, feats: dict) -> frozenset:
    """The weak links of ``rule`` among the pairs of ``feats``."""
    if rule is None:
        return frozenset()
    rw, told, words = rule
    return frozenset(k for k, (r, t, w) in feats.items() if r < rw and t <= told and w < words)


def main() -> None:
    corpus, table = script_inputs(__doc__.splitlines()[0])
    real = fam.weak_links
    feats, chosen = {}, {"links": frozenset()}
    try:
        # the features of each series' pairs, read once
        for series in table["series"].unique():

            def read(p, o, b, d, s=series):
                feats[s] = features(p, o, b, d)
                return frozenset()

            fam.weak_links = read
            ct.family(corpus.loc[series.split()])
        fam.weak_links = lambda *a: chosen["links"]
        scores = grid_scores(table, corpus, feats, weak, GRID, chosen)
    finally:
        fam.weak_links = real
    by_round = pd.DataFrame(scores)  # rounds x rules (their numbers in GRID)
    by_round.columns = GRID

    def show(rule) -> str:
        return (
            "no rule"
            if rule is None
            else f"(retold words < {rule[0]}, told <= {rule[1]}, lead words < {rule[2]})"
        )

    shipped = (wl.WEAK_RETOLD_WORDS, wl.WEAK_TOLD, wl.WEAK_LEAD_WORDS)
    print_fit(by_round, GRID, show, shipped, every_left_out=True)
    tot = [(int(by_round.iloc[:, k].sum()), -k) for k in range(len(GRID))]
    top = sorted(tot, reverse=True)[:8]
    print("best rules on all rounds:", "; ".join(f"{show(GRID[-k])} {v}" for v, k in top))
    print(
        "rules giving the most right, strictest first:", sum(v == top[0][0] for v, _ in tot), "of", len(GRID)
    )


if __name__ == "__main__":
    main()
