"""The derivation class of a later story in a Reuters-21578 update series, against a careful reading.

``benchmarks/update_classes.csv`` holds every class claim rounds 32-34 marked on a later document of
a Reuters update series (the "Held out (round 32/33/34)" sections of ``benchmarks/claims.md`` and
``claims_tune32_r.md``, ``claims_tune33_r.md``, ``claims_tune34_r.md``): the round, held out or
tuned, the series, the document, the claim's id, the class claimed then, the mark (right, wrong),
whether the mark was borderline, the class the reader gave it (``reader``) and, for a borderline
mark, the class it would be the other way (``other_way``; empty: the same). Ids, classes and marks
only: no text.

This script joins it to today's features: for each series, ``ct.analyze(corpus, only=["derivation",
"family"])`` against the origin, as the findings read it; from the derivation frame the shares
(``derived_share``, ``sentence_aligned_share``, ``word_containment``, ``longest_passage``,
``source_kept``) and the counts (``novel_words``, ``novel_facts``, ``n_sentences``); from the
family frame the document's parent, relation and outlet; and the hours between the source and the
document (``published``). It prints today's class against the reader's, counted with the
borderline marks as read and the other way (Wilson 95%), by round and in all, the confusion matrix,
and with ``--features PATH`` writes the joined table (CSV).

With ``--cv`` it fits the threshold of :mod:`corpus_tools.reuse.retold_update` by round: among the
documents of the source's outlet that METER's thresholds call not derived, those whose ``mean_score``
is at least the threshold are partially derived; the threshold is fitted on two rounds (the most
claims right as read, then the other way, then the strictest) and scored on the third.

Run: ``python benchmarks/update_classes.py [--data PATH] [--features OUT.csv] [--cv]`` (a few minutes).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import corpus_tools as ct
from corpus_tools.reuse.retold_update import LEAF

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TABLE = ROOT / "benchmarks" / "update_classes.csv"
FEATURES = (
    "derived_share",
    "verbatim_share",
    "near_verbatim_share",
    "rewritten_share",
    "mean_score",
    "sentence_aligned_share",
    "word_containment",
    "longest_passage",
    "source_kept",
    "novel_words",
    "novel_facts",
    "n_sentences",
)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson 95% interval of k successes in n."""
    if not n:
        return 0.0, 0.0
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5 / (1 + z * z / n)
    return mid - half, mid + half


def load_table(path: Path = TABLE) -> pd.DataFrame:
    """The labelled claims, ``other_way`` filled with ``reader`` where the mark was not borderline."""
    t = pd.read_csv(path, dtype=str, keep_default_na=False)
    t["other_way"] = t["other_way"].where(t["other_way"] != "", t["reader"])
    return t


def joined(table: pd.DataFrame, data: Path) -> pd.DataFrame:
    """``table`` with today's class and features of each document, and its series' own."""
    reuters = ct.load_reuters21578(data / "reuters21578.tar.gz")
    rows = []
    for series in table["series"].unique():
        corpus = reuters.loc[series.split("+")]
        a = ct.analyze(corpus, only=["derivation", "family"])
        der = a.derivation.set_index("doc_id")
        fam = a.family.set_index("doc_id")
        for doc in table.loc[table["series"] == series, "doc_id"]:
            d, f = der.loc[doc], fam.loc[doc]
            gap = pd.to_datetime(fam.loc[doc, "published"]) - pd.to_datetime(fam.loc[a.source, "published"])
            rows.append(
                {
                    "series": series,
                    "doc_id": doc,
                    "source": a.source,
                    "today": d["derivation"],
                    "rule": d["rule"],
                    **{c: d[c] for c in FEATURES},
                    "parent": f["parent_doc_id"],
                    "relation": f["relation"],
                    "same_outlet": corpus.loc[doc, "outlet"] == corpus.loc[a.source, "outlet"],
                    "hours": round(gap.total_seconds() / 3600, 2) if pd.notna(gap) else None,
                }
            )
    return table.merge(pd.DataFrame(rows), on=["series", "doc_id"])


def score(t: pd.DataFrame, col: str = "today") -> str:
    """Right of n, as read and the other way, with Wilson intervals."""
    out = []
    for truth in ("reader", "other_way"):
        k, n = int((t[col] == t[truth]).sum()), len(t)
        lo, hi = wilson(k, n)
        out.append(f"{k} of {n} ({k / n:.1%}; {lo:.1%}-{hi:.1%})" if n else "0 of 0")
    return f"{out[0]}, the other way {out[1]}"


def report(t: pd.DataFrame, col: str = "today") -> None:
    for r, part in t.groupby("round"):
        print(f"round {r}: {score(part, col)}")
    print(f"all: {score(t, col)}")
    print(pd.crosstab(t["reader"], t[col]).to_string())


def with_threshold(t: pd.DataFrame, threshold: float) -> pd.Series:
    """The class of each row with the update rule at ``threshold`` (its leaf read as not derived)."""
    leaf = t["rule"].isin(["new_words_few_shared", LEAF]) & t["same_outlet"]
    base = t["today"].where(t["rule"] != LEAF, "non_derived")
    return base.where(~(leaf & (t["mean_score"] >= threshold)), "partially_derived")


def cross_validate(t: pd.DataFrame) -> None:
    """Fit the threshold on two rounds, score it on the third; print each fold and the sums."""
    grid = [*sorted(set(t["mean_score"])), 2.0]
    sums = [0, 0, 0, 0]

    def right(part: pd.DataFrame, th: float) -> tuple[int, int]:
        pred = with_threshold(part, th)
        return int((pred == part["reader"]).sum()), int((pred == part["other_way"]).sum())

    for r in sorted(t["round"].unique()):
        fit, test = t[t["round"] != r], t[t["round"] == r]
        best = max(grid, key=lambda th: (*right(fit, th), th))
        before, after = right(test, 2.0), right(test, best)
        print(f"fit without round {r}: threshold {best:.4f}; round {r} {before} -> {after} of {len(test)}")
        sums = [a + b for a, b in zip(sums, (*before, *after), strict=True)]
    n = len(t)
    for name, k0, k1 in (("as read", sums[0], sums[2]), ("the other way", sums[1], sums[3])):
        lo0, hi0 = wilson(k0, n)
        lo1, hi1 = wilson(k1, n)
        print(f"by round, {name}: {k0} of {n} ({lo0:.1%}-{hi0:.1%}) -> {k1} of {n} ({lo1:.1%}-{hi1:.1%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--features", type=Path, default=None, help="write the joined table (CSV)")
    ap.add_argument("--cv", action="store_true", help="fit the update rule's threshold by round")
    args = ap.parse_args()
    t = joined(load_table(), args.data)
    pd.set_option("display.width", 250)
    print(t.drop(columns=["set", "claim", "mark"]).to_string(index=False))
    report(t)
    if args.features:
        t.to_csv(args.features, index=False)
    if args.cv:
        cross_validate(t)


if __name__ == "__main__":
    main()
