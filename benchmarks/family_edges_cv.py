"""The thresholds of :mod:`corpus_tools.reuse.retold_lead` chosen by cross-validation over rounds (#23).

For every later document of ``benchmarks/family_edges.csv`` that the tree leaves without a parent
when the lead rule is switched off, and every earlier document of its series (the same outlet,
Reuters), the rule's evidence is read once: the share of the earlier lead's names and figures and
of its content words in the later story, whether a figure of the lead is kept, and the number of
the earlier story's sentences told again (:data:`corpus_tools.reuse.retold_lead.SENTENCE_WORDS`).
A rule is four thresholds (names, words, sentences told, figure kept or not); its score on a set
of rounds is the number of those documents whose verdict it gets right (the reader's parent, or a
root). The grid's best rule (ties: the strictest) is fitted on rounds 7-40 and scored on 41-52,
and fitted on all rounds but one and scored on that one (leave one round out).

Run: ``python benchmarks/family_edges_cv.py [--data PATH]`` (about a minute).
"""

from __future__ import annotations

import argparse
import itertools
import warnings

import pandas as pd
from family_edges import DATA, load_table

import corpus_tools as ct
from corpus_tools.reuse import family as fam
from corpus_tools.reuse.documents import _dates
from corpus_tools.reuse.family import body_text
from corpus_tools.reuse.retold_lead import SENTENCE_WORDS, _read

GRID = list(itertools.product([0.6, 0.7, 0.8, 0.9, 1.0], [0.4, 0.5, 0.6, 0.7], [1, 2, 3, 4], [False, True]))


def evidence(table: pd.DataFrame, corpus: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The orphans (later documents left without a parent with the lead rule off) and one row of
    evidence per (orphan, earlier document of its series)."""
    real = fam.lead_parents
    fam.lead_parents = lambda *a, **k: {}
    try:
        roots = set()
        for series in table["series"].unique():
            f = ct.family(corpus.loc[series.split()])
            roots |= {(series, d) for d in f.loc[f["parent_doc_id"].isna(), "doc_id"]}
    finally:
        fam.lead_parents = real
    orphans = table[[(s, d) in roots for s, d in zip(table["series"], table["doc_id"], strict=True)]]
    rows = []
    for r in orphans.itertuples(index=False):
        ids = r.series.split()
        dates = _dates(corpus.loc[ids])
        for e in ids:
            if e == r.doc_id or dates.get(e) is None or not dates[e] < dates[r.doc_id]:
                continue
            names, words, sentences, _, _ = _read(body_text(corpus.loc[e, "text"]))
            _, _, _, c_names, c_words = _read(body_text(corpus.loc[r.doc_id, "text"]))
            figures = {w for w in names if w[0].isdigit()}
            rows.append(
                {
                    "round": r.round,
                    "doc_id": r.doc_id,
                    "cand": e,
                    "names": len(names & c_names) / len(names) if names else 0.0,
                    "words": len(words & c_words) / max(len(words), 1),
                    "figure": not figures or bool(figures & c_names),
                    "told": sum(len(k & c_words) >= SENTENCE_WORDS * len(k) for k in sentences),
                }
            )
    return orphans.reset_index(drop=True), pd.DataFrame(rows)


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose verdict ``rule`` gets right."""
    names, words, told, figure = rule
    p = pairs[pairs["round"].isin(rounds)]
    ok = p[(p["names"] >= names) & (p["words"] >= words) & (p["told"] >= told) & (p["figure"] | (not figure))]
    best = ok.sort_values(["told", "cand"], key=lambda s: s.astype(int)).groupby("doc_id").tail(1)
    parent = dict(zip(best["doc_id"], best["cand"], strict=True))
    o = orphans[orphans["round"].isin(rounds)]
    got = [parent.get(d, "root") for d in o["doc_id"]]
    right = [
        f == 1 and (g == p or (a != "" and g == a))
        for g, p, a, f in zip(got, o["reader_parent"], o["also_right"], o["firm"], strict=True)
    ]
    return int(sum(right))


def fit(orphans, pairs, rounds):
    s = {rule: score(rule, orphans, pairs, rounds) for rule in GRID}
    best = max(s.values())
    return max(k for k, v in s.items() if v == best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(args.data, limit=None)
    table = load_table()
    orphans, pairs = evidence(table, corpus)
    base = lambda rounds: score((2, 2, 99, True), orphans, pairs, rounds)  # noqa: E731 (no edge added)
    rounds = sorted(orphans["round"].unique())
    train, test = [r for r in rounds if r <= 40], [r for r in rounds if r >= 41]
    print(f"orphans (lead rule off): {len(orphans)}, right as roots {base(rounds)}")
    rule = fit(orphans, pairs, train)
    print(f"fit on 7-40: {rule}: {score(rule, orphans, pairs, train)} (base {base(train)});", end=" ")
    n_test = int(orphans["round"].isin(test).sum())
    print(f"on 41-52: {score(rule, orphans, pairs, test)} (base {base(test)}) of {n_test}")
    rule = fit(orphans, pairs, rounds)
    print(
        f"fit on all: {rule}: {score(rule, orphans, pairs, rounds)} (base {base(rounds)}) of {len(orphans)}"
    )
    total = 0
    for r in rounds:
        rule = fit(orphans, pairs, [x for x in rounds if x != r])
        s, b = score(rule, orphans, pairs, [r]), base([r])
        total += s - b
        print(f"  leave out {r}: {rule} -> {s} (base {b}) of {int((orphans['round'] == r).sum())}")
    print(f"leave one round out: {total:+d} orphans right against the base")


if __name__ == "__main__":
    main()
