"""The thresholds of :mod:`corpus_tools.reuse.companion` chosen by cross-validation over rounds (#23).

Round 33 (branch tree33). For every series of ``benchmarks/family_edges.csv``, every pair of its
documents the rule may read (one outlet, both dated, filed less than
:data:`corpus_tools.reuse.retold_lead.MIN_LEAD_GAP` apart, sharing a passage of ``min_tokens``
words) is read once: the share of the later one's words in the shared passages and the share of
the earlier lead's news words in it (:func:`corpus_tools.reuse.companion.news_share`). A rule is
two thresholds (cover below, news below) or no rule; the tree of each series is rebuilt for each
distinct set of companions a rule gives it (``ct.family`` on the series alone, the rest of the tree
as shipped), and a rule's score on a set of rounds is the number of labelled edges right
(``family_edges.judge``). The grid's best rule (ties: no rule first, then the strictest) is fitted
on rounds 7-52 and scored on 53-58, and fitted on all rounds but one and scored on that one (leave
one round out).

Run: ``python benchmarks/family_edges_companion.py [--data PATH]`` (a few minutes).
"""

from __future__ import annotations

import itertools

import pandas as pd
from family_edges import grid_scores, print_fit, script_inputs

import corpus_tools as ct
from corpus_tools.reuse import companion as cp
from corpus_tools.reuse import family as fam

#: cover below, news below
GRID = [None] + list(itertools.product([0.1, 0.2, 0.3, 0.5], [0.3, 0.5, 0.7]))


def features(cover, size, outlet, bodies, dates) -> dict:
    """``{(a, b): (cover share, news share)}`` of the pairs the rule may read."""
    out = {}
    for (late, early), words in cover.items():
        if outlet[late] is None or outlet[late] != outlet[early] or None in (dates[late], dates[early]):
            continue
        if dates[early] < dates[late] < dates[early] + cp.MIN_LEAD_GAP:
            share = words / max(size[late], 1)
            out[(min(late, early), max(late, early))] = (share, cp.news_share(bodies[early], bodies[late]))
    return out


def links(rule, feats: dict) -> frozenset:
    """The companions of ``rule`` among the pairs of ``feats``."""
    if rule is None:
        return frozenset()
    c, n = rule
    return frozenset(k for k, (s, w) in feats.items() if s < c and w < n)


def main() -> None:
    corpus, table = script_inputs(__doc__.splitlines()[0])
    real = fam.companions
    feats, chosen = {}, {"links": frozenset()}
    try:
        for series in table["series"].unique():  # the features of each series' pairs, read once

            def read(c, z, o, b, d, s=series):
                feats[s] = features(c, z, o, b, d)
                return set()

            fam.companions = read
            ct.family(corpus.loc[series.split()])
        fam.companions = lambda *a: set(chosen["links"])
        scores = grid_scores(table, corpus, feats, links, GRID, chosen)
    finally:
        fam.companions = real
    read = {s: f for s, f in feats.items() if f}
    print(f"pairs the rule may read: {sum(map(len, read.values()))} in {len(read)} series")
    for s, f in read.items():
        for c, n in f.values():
            print(f"  series {s}: cover {c:.2f}, news {n:.2f}")
    by_round = pd.DataFrame(scores)

    def show(rule) -> str:
        return "no rule" if rule is None else f"(cover < {rule[0]}, news < {rule[1]})"

    print_fit(by_round, GRID, show, (cp.COMPANION_COVER, cp.COMPANION_NEWS))
    for k, rule in enumerate(GRID):
        print(f"  {show(rule)}: {int(by_round.iloc[:, k].sum())} right")


if __name__ == "__main__":
    main()
