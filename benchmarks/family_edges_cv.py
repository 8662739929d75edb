"""The thresholds of :mod:`corpus_tools.reuse.retold_lead` chosen by cross-validation over rounds (#23).

For every later document of ``benchmarks/family_edges.csv`` that the tree leaves without a parent
when the lead rule is switched off, and every earlier document of its series (the same outlet,
Reuters), the rule's evidence is read once: the share of the earlier lead's names and figures and
of its content words in the later story, whether a figure of the lead is kept, and the number of
the earlier story's sentences told again (:data:`corpus_tools.reuse.retold_lead.SENTENCE_WORDS`).
A rule is six thresholds (names, words, sentences told, figure kept or not, gaps); its score on a set
of rounds is the number of those documents whose verdict it gets right (the reader's parent, or a
root); round 27 (branch tree27) adds the least and the greatest gap between the two stories. The
grid's best rule (ties: the strictest) is fitted on rounds 7-40 and scored on the later rounds,
fitted on 7-52 and scored on 53-54 (the rounds read after tree25 shipped the rule), and fitted on
all rounds but one and scored on that one (leave one round out).

Round 28 (branch tree28) adds, with ``--back``, a rule tried and not shipped (``told_back``, in
the branch's history, commit f418d986): an orphan whose lead says it follows an earlier
announcement (:data:`BACK_CUES`: a deal "completed", an offer "previously announced") takes the
earlier story whose lead's names and words it holds; its grid (names, words, the greatest gap in
days) is fitted the same ways with the lead rule fixed at the shipped one, the back rule taking only
the orphans the lead rule leaves.

Run: ``python benchmarks/family_edges_cv.py [--data PATH] [--wider] [--back]`` (a few minutes).
"""

from __future__ import annotations

import argparse
import itertools
import re
import warnings

import pandas as pd
from family_edges import DATA, load_table

import corpus_tools as ct
from corpus_tools.reuse import family as fam
from corpus_tools.reuse.documents import _dates
from corpus_tools.reuse.family import body_text
from corpus_tools.reuse.retold_lead import SENTENCE_WORDS, _read
from corpus_tools.variants.facts import split_sentences

#: names, words, sentences told, figure kept, the least gap (minutes), the greatest gap (days)
GRID = list(
    itertools.product(
        [0.6, 0.7, 0.8, 0.9, 1.0], [0.4, 0.5, 0.6, 0.7], [1, 2, 3, 4], [False, True], [0, 10], [10]
    )
)
#: the greatest gap tried besides ten days with ``--wider`` (rounds 53-54 read 11-13 days; not shipped)
WIDER = 14
#: a lead saying it reports what follows an announcement (round 28, not shipped)
BACK_CUES = re.compile(
    r"\b(?:complet(?:ed|es)|(?:previously|earlier|already) (?:announced|reported|disclosed|proposed)"
    r"|announced (?:earlier|previously))\b",
    re.IGNORECASE,
)


def says_back(text: str) -> bool:
    """Whether a body's lead (its first sentence) carries one of :data:`BACK_CUES`."""
    if BACK_CUES.search(text) is None:
        return False
    sentences = split_sentences(text)
    return bool(sentences) and BACK_CUES.search(sentences[0]) is not None


#: the rule tree25 shipped (round 25), before this round's gap thresholds
SHIPPED_25 = (0.7, 0.5, 2, True, 0, 10)


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
                    "gap_min": (dates[r.doc_id] - dates[e]).total_seconds() / 60,
                    "back": says_back(body_text(corpus.loc[r.doc_id, "text"])),
                }
            )
    return orphans.reset_index(drop=True), pd.DataFrame(rows)


def parents(rule, pairs: pd.DataFrame) -> dict:
    """``{orphan: parent}`` by the lead rule ``rule``."""
    names, words, told, figure, least, most = rule
    p = pairs
    ok = p[(p["names"] >= names) & (p["words"] >= words) & (p["told"] >= told) & (p["figure"] | (not figure))]
    ok = ok[(ok["gap_min"] >= least) & (ok["gap_min"] <= most * 24 * 60)]
    best = ok.sort_values(["told", "cand"], key=lambda s: s.astype(int)).groupby("doc_id").tail(1)
    return dict(zip(best["doc_id"], best["cand"], strict=True))


def back_parents(back, pairs: pd.DataFrame) -> dict:
    """``{orphan: parent}`` by the back rule ``back`` = (names, words, greatest gap in days), or
    none for ``None``."""
    if back is None:
        return {}
    names, words, most = back
    p = pairs[pairs["back"] & (pairs["names"] >= names) & (pairs["words"] >= words)]
    p = p[(p["gap_min"] >= 10) & (p["gap_min"] <= most * 24 * 60)]
    best = p.sort_values(["names", "cand"], key=lambda s: s.astype(float)).groupby("doc_id").tail(1)
    return dict(zip(best["doc_id"], best["cand"], strict=True))


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds, back=None) -> int:
    """Orphans of ``rounds`` whose verdict ``rule`` (and the back rule ``back``) gets right."""
    p = pairs[pairs["round"].isin(rounds)]
    return verdicts_right({**back_parents(back, p), **parents(rule, p)}, orphans, rounds)


def verdicts_right(parent: dict, orphans: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose firm verdict ``parent`` (``{orphan: parent}``) gets right."""
    o = orphans[orphans["round"].isin(rounds)]
    got = [parent.get(d, "root") for d in o["doc_id"]]
    right = [
        f == 1 and (g == p or (a != "" and g == a))
        for g, p, a, f in zip(got, o["reader_parent"], o["also_right"], o["firm"], strict=True)
    ]
    return int(sum(right))


def best_fit(score_of, grid, strict):
    """The strictest rule of ``grid`` (``strict`` orders ties) with the highest ``score_of(rule)``."""
    s = {rule: score_of(rule) for rule in grid}
    best = max(s.values())
    return max((k for k, v in s.items() if v == best), key=strict)


def print_held_out(orphans: pd.DataFrame, pairs: pd.DataFrame, score, fit, against: str) -> None:
    """Print a rule family's held-out figures: fitted on rounds 7-52 and scored on the later
    rounds, fitted on all, and left one round out, each against ``score(None, ...)`` (named
    ``against``: "as shipped", "lead alone")."""
    rounds = sorted(orphans["round"].unique())
    none = lambda rs: score(None, orphans, pairs, rs)  # noqa: E731
    train = [r for r in rounds if r <= 52]
    test = [r for r in rounds if r > 52]
    rule = fit(orphans, pairs, train)
    n_test = int(orphans["round"].isin(test).sum())
    print(
        f"fit on 7-52: {rule}: {score(rule, orphans, pairs, train)} ({against} {none(train)});"
        f" on 53-{max(rounds)}: {score(rule, orphans, pairs, test)} ({against} {none(test)}) of {n_test}"
    )
    rule = fit(orphans, pairs, rounds)
    print(f"fit on all: {rule}: {score(rule, orphans, pairs, rounds)} ({against} {none(rounds)})")
    total = 0
    for r in rounds:
        rule = fit(orphans, pairs, [x for x in rounds if x != r])
        s, k = score(rule, orphans, pairs, [r]), none([r])
        total += s - k
        if s != k or r >= 53:
            print(f"  leave out {r}: {rule} -> {s} ({against} {k}) of {int((orphans['round'] == r).sum())}")
    print(
        f"leave one round out: {total:+d} orphans right against the lead rule {against.replace('lead ', '')}"
    )


def near_parents(p: pd.DataFrame) -> dict:
    """``{orphan: parent}`` from the candidate pairs kept: a near one first, then the most
    sentences told, then the latest NEWID."""
    p = p.assign(near=p["near"].astype(int), cand_n=pd.to_numeric(p["cand"]))
    best = p.sort_values(["near", "told", "cand_n"]).groupby("doc_id").tail(1)
    return dict(zip(best["doc_id"], best["cand"], strict=True))


def _strict(rule):
    """A rule's strictness, for ties: higher thresholds, a longer least gap, a shorter greatest."""
    return (*rule[:5], -rule[5])


def fit(orphans, pairs, rounds, grid=None):
    return best_fit(lambda rule: score(rule, orphans, pairs, rounds), grid or GRID, _strict)


#: the back rule's grid: names, words, the greatest gap (days); ``None`` is no back rule
BACK_GRID = [None, *itertools.product([0.5, 0.6, 0.7, 0.8, 0.9, 1.0], [0.4, 0.5, 0.6, 0.7], [10, 14, 21, 31])]
#: the lead rule as shipped since round 27 (tree27)
SHIPPED_27 = (0.7, 0.5, 2, True, 10, 10)


def _back_strict(back):
    """The strictest back rule first for ties: none, then higher thresholds, a shorter gap."""
    return (1, 0, 0, 0) if back is None else (0, back[0], back[1], -back[2])


def fit_back(orphans, pairs, rounds):
    s = {b: score(SHIPPED_27, orphans, pairs, rounds, b) for b in BACK_GRID}
    best = max(s.values())
    return max((k for k, v in s.items() if v == best), key=_back_strict)


def main_back(orphans, pairs) -> None:
    """The back rule fitted and scored as the lead rule is (``--back``)."""
    rounds = sorted(orphans["round"].unique())
    lead = lambda rs: score(SHIPPED_27, orphans, pairs, rs)  # noqa: E731 (the lead rule alone)
    print(f"back rule: orphans {len(orphans)}, the lead rule alone right {lead(rounds)}")
    fired = pairs[pairs["back"]].drop_duplicates("doc_id")
    print("orphans whose lead says it follows an announcement:", list(fired["doc_id"]))
    for lo, hi in ((7, 40), (7, 52)):
        train = [r for r in rounds if lo <= r <= hi]
        test = [r for r in rounds if r > hi]
        b = fit_back(orphans, pairs, train)
        n_test = int(orphans["round"].isin(test).sum())
        print(
            f"fit on {lo}-{hi}: {b}: {score(SHIPPED_27, orphans, pairs, train, b)}"
            f" (lead alone {lead(train)});"
            f" on {hi + 1}-{max(rounds)}: {score(SHIPPED_27, orphans, pairs, test, b)}"
            f" (lead alone {lead(test)}) of {n_test}"
        )
    b = fit_back(orphans, pairs, rounds)
    print(f"fit on all: {b}: {score(SHIPPED_27, orphans, pairs, rounds, b)} (lead alone {lead(rounds)})")
    total = 0
    for r in rounds:
        b = fit_back(orphans, pairs, [x for x in rounds if x != r])
        s, k = score(SHIPPED_27, orphans, pairs, [r], b), lead([r])
        total += s - k
        if s != k or b is not None and r >= 53:
            print(f"  leave out {r}: {b} -> {s} (lead alone {k}) of {int((orphans['round'] == r).sum())}")
    print(f"leave one round out: {total:+d} orphans right against the lead rule alone")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--wider", action="store_true", help=f"also try a greatest gap of {WIDER} days")
    ap.add_argument("--back", action="store_true", help="fit the back rule (corpus_tools.reuse.told_back)")
    args = ap.parse_args()
    if args.wider:
        GRID.extend([(*rule[:5], WIDER) for rule in list(GRID)])
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(args.data, limit=None)
    table = load_table()
    orphans, pairs = evidence(table, corpus)
    if args.back:
        main_back(orphans, pairs)
        return
    base = lambda rounds: score((2, 2, 99, True, 0, 10), orphans, pairs, rounds)  # noqa: E731 (no edge)
    shipped = lambda rounds: score(SHIPPED_25, orphans, pairs, rounds)  # noqa: E731
    rounds = sorted(orphans["round"].unique())
    print(f"orphans (lead rule off): {len(orphans)}, right as roots {base(rounds)},", end=" ")
    print(f"by {SHIPPED_25} {shipped(rounds)}")
    for lo, hi in ((7, 40), (7, 52)):
        train = [r for r in rounds if lo <= r <= hi]
        test = [r for r in rounds if r > hi]
        rule = fit(orphans, pairs, train)
        got = score(rule, orphans, pairs, train)
        print(f"fit on {lo}-{hi}: {rule}: {got} (no edge {base(train)});", end=" ")
        n_test = int(orphans["round"].isin(test).sum())
        print(
            f"on {hi + 1}-{max(rounds)}: {score(rule, orphans, pairs, test)} (no edge {base(test)}, "
            f"{SHIPPED_25} {shipped(test)}) of {n_test}"
        )
    rule = fit(orphans, pairs, rounds)
    got = score(rule, orphans, pairs, rounds)
    print(f"fit on all: {rule}: {got} (no edge {base(rounds)}) of {len(orphans)}")
    total = total_shipped = 0
    for r in rounds:
        rule = fit(orphans, pairs, [x for x in rounds if x != r])
        s, b, k = score(rule, orphans, pairs, [r]), base([r]), shipped([r])
        total += s - b
        total_shipped += s - k
        n = int((orphans["round"] == r).sum())
        print(f"  leave out {r}: {rule} -> {s} (no edge {b}, {SHIPPED_25} {k}) of {n}")
    print(f"leave one round out: {total:+d} orphans right against no edge,", end=" ")
    print(f"{total_shipped:+d} against {SHIPPED_25}")
    old = [rule for rule in GRID if rule[4] == 0 and rule[5] == 10]  # tree25's grid: no least gap
    total = sum(
        score(fit(orphans, pairs, [x for x in rounds if x != r], old), orphans, pairs, [r]) - base([r])
        for r in rounds
    )
    print(f"leave one round out, tree25's grid (no least gap, ten days): {total:+d} against no edge")


if __name__ == "__main__":
    main()
