"""The late-update rule of :mod:`corpus_tools.reuse.lead_window` chosen by cross-validation over rounds (#23).

Round 30 (branch tree30). The lead rule (:mod:`corpus_tools.reuse.retold_lead`, as shipped since
round 27) takes a parent at most ten days before. Beyond that, up to a greatest gap, a later story
that passes every other test of the lead rule is taken when it also keeps the earlier lead's own
figure (:func:`corpus_tools.reuse.lead_window.keeps_lead_figure`: not a year, not a day of a month),
and only when no earlier story within ten days passes; with ``--told``, also when it tells at least
``told`` of the earlier story's sentences again (tried, not shipped: on a dated archive it joins
long stories of a running theme). A rule is (greatest gap in days, ``told``; 99 for the figure
alone), or none (ten days, as shipped before); ties go to the strictest (no rule, then the shortest
gap, then the highest count). The evidence is :func:`family_edges_cv.evidence`'s (every
later document the tree leaves without a parent when the lead rule is off, against each earlier
document of its series) with the figure kept added. The rule is fitted on rounds 7-52 and scored
on 53-57 (the honest held-out figure: rounds 7-52 have no pair more than ten days apart), fitted on
all rounds but one and scored on that one (leave one round out), and fitted on all rounds.

Run: ``python benchmarks/family_edges_long.py [--data PATH] [--told]`` (a few minutes).
"""

from __future__ import annotations

import argparse
import itertools
import warnings

import pandas as pd
from family_edges import DATA, load_table
from family_edges_cv import SHIPPED_27, best_fit, evidence, near_parents, print_held_out, verdicts_right

import corpus_tools as ct
from corpus_tools.reuse.family import body_text
from corpus_tools.reuse.lead_window import keeps_lead_figure
from corpus_tools.reuse.retold_lead import _read

#: the greatest gap (days) and the sentences told that make a late update without the figure (99:
#: the figure alone, as shipped); ``None`` is no late rule
GRID = [None, *itertools.product([14, 21, 31], [99])]
#: ``--told``: the counts of sentences told tried as a second way in (not shipped)
TOLD = [3, 4, 5, 6]


def _strict(rule):
    return (1, 0, 0) if rule is None else (0, -rule[0], rule[1])


def parents(rule, pairs: pd.DataFrame) -> dict:
    """``{orphan: parent}`` by the lead rule as shipped and the late rule ``rule``."""
    names, words, told, figure, least, most = SHIPPED_27
    p = pairs[(pairs["names"] >= names) & (pairs["words"] >= words) & (pairs["told"] >= told)]
    p = p[p["figure"] | (not figure)]
    p = p[p["gap_min"] >= least].assign(near=p["gap_min"] <= most * 24 * 60)
    ok = p["near"]
    if rule is not None:
        late = ~p["near"] & (p["gap_min"] <= rule[0] * 24 * 60)
        ok |= late & (p["kept"] | (p["told"] >= rule[1]))
    return near_parents(p[ok])


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose verdict the rule gets right (firm verdicts only)."""
    return verdicts_right(parents(rule, pairs[pairs["round"].isin(rounds)]), orphans, rounds)


def fit(orphans, pairs, rounds):
    return best_fit(lambda rule: score(rule, orphans, pairs, rounds), GRID, _strict)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--told", action="store_true", help="also try sentences told as a second way in")
    args = ap.parse_args()
    if args.told:
        GRID.extend(itertools.product([14, 21, 31], TOLD))
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(args.data, limit=None)
    orphans, pairs = evidence(load_table(), corpus)
    pairs["kept"] = [
        keeps_lead_figure(body_text(corpus.loc[e, "text"]), _read(body_text(corpus.loc[d, "text"]))[3])
        for e, d in zip(pairs["cand"], pairs["doc_id"], strict=True)
    ]
    rounds = sorted(orphans["round"].unique())
    none = lambda rs: score(None, orphans, pairs, rs)  # noqa: E731 (the lead rule alone)
    print(f"orphans (lead rule off): {len(orphans)}; right by the lead rule alone {none(rounds)}")
    late = pairs[pairs["gap_min"] > 10 * 24 * 60]
    print("pairs more than ten days apart:")
    print(late.drop(columns=["back"]).round(2).to_string(index=False))
    print_held_out(orphans, pairs, score, fit, "lead alone")


if __name__ == "__main__":
    main()
