"""The family tree's edges on the real update series read by hand (#23): a labelled edge set.

Rounds 7-57 of the hand reading (``benchmarks/family_round7.md`` ... ``family_round57.md``) judged,
for each later document of each series, the parent ``ct.family`` gave it (R right, W wrong, ?
disputable). ``benchmarks/family_edges.csv`` transcribes those verdicts (NEWIDs and marks only, no
Reuters text), one row per later document:

- ``round``, ``series`` (the series' NEWIDs, as the round lists them), ``doc_id``;
- ``reader_parent``: the parent the reader holds right (a NEWID), or ``root`` (no parent: a new
  story); ``also_right``: a second NEWID the reader also accepts (12326: "of 12273 (or of 12252)");
- ``firm``: 0 for a disputable verdict (a new story with one sentence of the parent's news, one
  release written twice ...), counted wrong whatever the tree says, as the rounds count it;
- ``mark_at_reading``, ``relation_at_reading`` and ``kind``: the reading's mark, the tree's relation
  then, and the kind of verdict (``update_right``, ``identical_right``, ``root_right``,
  ``missed_edge``: left ``independent`` though it retells its parent's news; ``false_edge``: an
  edge to a separate story; ``disputable_edge`` / ``disputable_missed``).

The rows were taken from each round's series sections (the ``A -> B `update` R`` and
``B `independent` W`` lines) and checked against each round's summary (the same "edges right of N"
in every round). Rounds 22 and 23 found no series.

Run: ``python benchmarks/family_edges.py [--data PATH] [--rounds 41-52] [--show]`` rebuilds each
series from Reuters-21578 (``ct.family`` on the series' documents alone, as ``family_round7.py``
dumps them) and prints the edges right by round and pooled, with Wilson 95% intervals. A later
document is right when its parent is ``reader_parent`` (or ``also_right``; None for ``root``) and,
for ``identical_right``, its relation is ``identical``; a disputable one is counted wrong.
"""

from __future__ import annotations

import argparse
import math
import warnings
from pathlib import Path

import pandas as pd

import corpus_tools as ct

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data" / "reuters21578.tar.gz"
TABLE = HERE / "family_edges.csv"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of k successes in n trials."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def load_table(rounds: tuple[int, int] | None = None) -> pd.DataFrame:
    """The labelled edges (``family_edges.csv``), optionally of rounds ``lo``-``hi`` only."""
    t = pd.read_csv(TABLE, dtype=str, keep_default_na=False)
    t["round"] = t["round"].astype(int)
    t["firm"] = t["firm"].astype(int)
    if rounds is not None:
        t = t[t["round"].between(*rounds)]
    return t.reset_index(drop=True)


def script_inputs(description: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Reuters-21578 corpus and the edge table (:func:`load_table`) of a fitting script run as
    ``python SCRIPT [--data PATH]`` (``description``: its ``--help`` line), warnings silenced."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    return ct.load_reuters21578(args.data, limit=None), load_table()


def judge(table: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the tree's ``parent`` and ``relation`` for each later document and ``right``."""
    got = {}
    for series in table["series"].unique():
        f = ct.family(corpus.loc[series.split()]).set_index("doc_id")
        for d, r in f.iterrows():
            got[(series, str(d))] = (r["parent_doc_id"], r["relation"])
    out = table.copy()
    out["parent"] = [got[(s, d)][0] or "root" for s, d in zip(out["series"], out["doc_id"], strict=True)]
    out["relation"] = [got[(s, d)][1] for s, d in zip(out["series"], out["doc_id"], strict=True)]
    ok = (out["parent"] == out["reader_parent"]) | (
        (out["also_right"] != "") & (out["parent"] == out["also_right"])
    )
    ok &= (out["kind"] != "identical_right") | (out["relation"] == "identical")
    out["right"] = ok & (out["firm"] == 1)
    return out


def grid_scores(table, corpus, feats: dict, pick, grid: list, chosen: dict) -> dict:
    """Each rule's number in ``grid`` -> its right edges per round (a Series indexed by round).

    The tree is built once per series and set of links: ``pick(rule, feats[series])`` gives the
    links a rule makes, put in ``chosen["links"]``, which the patched hook of ``reuse.family``
    returns while ``judge`` builds that series' tree (``family_edges_weak``, ``_companion``)."""
    cache: dict = {}
    scores = {}
    for k, rule in enumerate(grid):
        parts = []
        for series in table["series"].unique():
            links = pick(rule, feats.get(series, {}))
            if (series, links) not in cache:
                chosen["links"] = links
                cache[(series, links)] = judge(table[table["series"] == series], corpus)
            parts.append(cache[(series, links)])
        scores[k] = pd.concat(parts).groupby("round")["right"].sum()
    return scores


def moving_fit(table, corpus, moving: list, fixed: pd.Series, use, grid: list, shipped) -> pd.DataFrame:
    """Rounds x rules: each rule of ``grid`` scored on the series of ``moving`` (``grid_scores``,
    ``use(rule)`` setting it, ``shipped`` set again after), plus ``fixed``, the right edges per
    round of the series no rule moves (``family_edges_figures``, ``_dated``)."""
    try:
        scores = grid_scores(table[table["series"].isin(moving)], corpus, {}, lambda r, _: use(r), grid, {})
    finally:
        use(shipped)
    by_round = pd.DataFrame(scores).reindex(sorted(table["round"].unique())).fillna(0)
    return by_round.add(fixed.reindex(by_round.index).fillna(0), axis=0)


def judged(table: pd.DataFrame, corpus: pd.DataFrame, use, rules: list, shipped) -> list[pd.DataFrame]:
    """``judge``'s frame under each rule of ``rules`` (``use(rule)`` setting it), then under
    ``shipped``, which is set again whatever happens (``family_edges_dated``, ``_news``)."""
    out = []
    try:
        for rule in rules:
            use(rule)
            out.append(judge(table, corpus))
    finally:
        use(shipped)
    return out + [judge(table, corpus)]


def print_moving_fit(table, corpus, on: pd.DataFrame, changed: pd.Series, use, grid: list, shipped, show):
    """Score ``grid`` on the series a rule moves (``changed``: the rows of ``on``, the shipped rule's
    ``judge`` frame, that some rule of ``grid`` changes) by ``moving_fit``, the others fixed as
    ``on`` has them, and print the fit (``print_fit``, every left-out round) and each rule's total
    (``family_edges_dated``, ``_news``)."""
    moving = sorted(set(on.loc[changed, "series"]))
    fixed = on[~on["series"].isin(moving)].groupby("round")["right"].sum()
    by_round = moving_fit(table, corpus, moving, fixed, use, grid, shipped)
    print(f"series that change: {len(moving)} of {table['series'].nunique()}: {', '.join(moving)}")
    print_fit(by_round, grid, show, shipped, every_left_out=True)
    for k, rule in enumerate(grid):
        print(f"  {show(rule)}: {int(by_round.iloc[:, k].sum())} right")


def print_fit(by_round: pd.DataFrame, grid: list, show, shipped, *, every_left_out: bool = False) -> None:
    """Print a grid's rules against the labels: the shipped rule, the rule fitted on rounds 7-52 and
    its figure on the later rounds held out, and leave-one-round-out (ties: the first rule of
    ``grid``, no rule first, then the strictest). ``by_round``: rounds x rules (``grid_scores``);
    ``show``: a rule as text; ``every_left_out``: print every left-out round whose fit is a rule,
    not only those it changes."""
    rounds = list(by_round.index)

    def col(rule) -> pd.Series:
        return by_round.iloc[:, grid.index(rule)]

    def best(on: list[int]):
        tot = by_round.loc[on].sum()
        return grid[next(k for k in range(len(grid)) if tot.iloc[k] == tot.max())]

    base = col(None)
    print(f"no rule: {int(base.sum())} right; shipped {show(shipped)}: {int(col(shipped).sum())} right")
    early = [r for r in rounds if r <= 52]
    late = [r for r in rounds if r > 52]
    fit = best(early)
    print(
        f"fitted on 7-52: {show(fit)}; rounds 7-52 {int(col(fit).loc[early].sum())} "
        f"(no rule {int(base.loc[early].sum())}); rounds {min(late)}-{max(late)} held out "
        f"{int(col(fit).loc[late].sum())} (no rule {int(base.loc[late].sum())})"
    )
    gain = 0
    for r in rounds:
        rule = best([x for x in rounds if x != r])
        d = int(col(rule).loc[r] - base.loc[r])
        gain += d
        if d or (every_left_out and rule is not None):
            print(f"  leave out round {r}: {show(rule)}, {d:+d} on round {r}")
    print(f"leave one round out: {gain:+d} edges right against no rule")


def summary(judged: pd.DataFrame) -> str:
    """Edges right by round and pooled, Wilson 95%; the missed edges and false edges left."""
    lines = []
    for rnd, g in judged.groupby("round"):
        k, n = int(g["right"].sum()), len(g)
        lines.append(f"round {rnd}: {k} of {n}")
    k, n = int(judged["right"].sum()), len(judged)
    lo, hi = wilson(k, n)
    firm = judged[judged["firm"] == 1]
    kf, nf = int(firm["right"].sum()), len(firm)
    flo, fhi = wilson(kf, nf)
    lines.append(f"pooled: {k} of {n} ({k / n:.1%}; Wilson {lo:.1%}-{hi:.1%})")
    lines.append(f"firm verdicts only: {kf} of {nf} ({kf / nf:.1%}; Wilson {flo:.1%}-{fhi:.1%})")
    wrong = firm[~firm["right"]]
    missed = wrong[wrong["reader_parent"] != "root"]
    false = wrong[wrong["reader_parent"] == "root"]
    lines.append(f"firm wrong: {len(wrong)} (missed or other parent {len(missed)}; false edges {len(false)})")
    disp = judged[judged["firm"] == 0]
    lines.append(
        f"disputable: {len(disp)} (the tree gives an edge to {int((disp['parent'] != 'root').sum())})"
    )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--rounds", default=None, help="LO-HI, e.g. 41-52 (default: all)")
    ap.add_argument("--show", action="store_true", help="print every wrong or disputable row")
    args = ap.parse_args()
    rounds = tuple(int(x) for x in args.rounds.split("-")) if args.rounds else None
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(args.data, limit=None)
    judged = judge(load_table(rounds), corpus)
    print(summary(judged))
    if args.show:
        cols = ["round", "doc_id", "reader_parent", "firm", "kind", "parent", "relation"]
        print(judged.loc[~judged["right"], cols].to_string(index=False))


if __name__ == "__main__":
    main()
