"""The family tree without dates (#23): planted families of several seeds and the real update
series of ``family_edges.csv``, each with its ``published`` dates removed.

- **Planted**: ``family.build`` (220 families per seed), ``ct.family`` on the corpus without
  ``published``, parent accuracy as ``family.score`` counts it, per seed and pooled with Wilson 95%
  (seeds 23-26 to fit, 27-30 to score, as round 37's criterion states).
- **Real**: every series of ``family_edges.csv`` less those holding a NEWID of ``claims.HELD_OUT_37``
  (left out, neither opened nor run), fed without dates once in rising and once in falling NEWID
  order (the undated tree breaks the tie of a two-story series by input position, so one order
  would be right by construction): (a) the reader's edges (``reader_parent`` a NEWID, identical
  copies apart) whose direction is kept (the undated order puts the reader's parent first); (b)
  rows right as ``family_edges.judge`` counts them. Rounds 7-52 and 53-58 apart and pooled.

``--readings`` chooses the root of an undated family's tree (``reuse.family_order.text_order``):
``median`` (round 36's tree's median), ``lean`` (round 37's ``reuse.family_lean``, shipped), or
``lean:OWN_NAMES,LEAD_MARGIN`` for a setting of its two numbers. Each is run in this process.

Usage: python benchmarks/family_undated.py [--data PATH] [--seeds 23-30] [--readings median lean]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

import corpus_tools as ct
import corpus_tools.reuse.family as family_module
from corpus_tools.reuse import family_lean

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import claims  # noqa: E402
import family as planted  # noqa: E402
import family_edges as fe  # noqa: E402

SHIPPED = (family_lean.OWN_NAMES, family_lean.LEAD_MARGIN)
_LEAN = family_module.witness_lean


def use(reading: str) -> None:
    """Set the root reading of ``text_order`` for the next runs (see the module's docstring)."""
    family_lean.OWN_NAMES, family_lean.LEAD_MARGIN = SHIPPED
    family_module.witness_lean = _LEAN
    if reading == "median":
        family_module.witness_lean = lambda *_: None
    elif reading.startswith("lean:"):
        own, lead = (float(x) for x in reading[5:].split(","))
        family_lean.OWN_NAMES, family_lean.LEAD_MARGIN = own, lead
    elif reading != "lean":
        raise ValueError(f"reading {reading!r}: expected median, lean or lean:OWN,LEAD")


def planted_scores(stories: pd.DataFrame, seeds: list[int]) -> pd.DataFrame:
    """Per seed: versions and parents right without dates (``family.score``)."""
    rows = []
    for seed in seeds:
        corpus, truth = planted.build(stories, 220, seed)
        s = planted.score(ct.family(corpus.drop(columns=["published"])), truth, corpus["text"])
        rows.append((seed, s["n_versions"], s["n_versions"] - s["n_wrong"]))
    return pd.DataFrame(rows, columns=["seed", "n", "right"])


def real_rows(table: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The table's rows once per NEWID order, with ``right`` (as ``family_edges.judge``) and
    ``kept`` (the reader's parent ordered first; None for roots and identical copies)."""
    parts = []
    for order in ("rising", "falling"):
        got = {}
        for series in table["series"].unique():
            ids = sorted(series.split(), key=int, reverse=order == "falling")
            wit, _ = family_module.family_edges(corpus.loc[ids].drop(columns=["published"]))
            rank = dict(zip(wit["witness"], wit["order"], strict=True))
            for w, p, rel in zip(wit["witness"], wit["parent_doc_id"], wit["relation"], strict=True):
                got[(series, w)] = (p or "root", rel, rank)
        out = table.copy()
        out["order"] = order
        keys = list(zip(out["series"], out["doc_id"], strict=True))
        out["parent"] = [got[k][0] for k in keys]
        out["relation"] = [got[k][1] for k in keys]
        ok = (out["parent"] == out["reader_parent"]) | (
            (out["also_right"] != "") & (out["parent"] == out["also_right"])
        )
        ok &= (out["kind"] != "identical_right") | (out["relation"] == "identical")
        out["right"] = ok & (out["firm"] == 1)
        edge = (out["reader_parent"] != "root") & (out["kind"] != "identical_right")
        out["kept"] = [
            got[k][2][p][1:] < got[k][2][k[1]][1:] if e else None
            for k, p, e in zip(keys, out["reader_parent"], edge, strict=True)
        ]
        parts.append(out)
    return pd.concat(parts, ignore_index=True)


def _share(k: float, n: int) -> str:
    lo, hi = fe.wilson(round(k), n)
    return f"{k:g} of {n} ({k / n:.1%}; Wilson {lo:.1%}-{hi:.1%})"


def report(reading: str, plant: pd.DataFrame, real: pd.DataFrame, fit: list[int]) -> None:
    """Print one reading's planted and real figures."""
    print(f"== {reading}")
    for r in plant.itertuples():
        print(f"  planted seed {r.seed}: {r.right} of {r.n} ({r.right / r.n:.4f})")
    for name, part in (("fit", plant[plant["seed"].isin(fit)]), ("scored", plant[~plant["seed"].isin(fit)])):
        if len(part):
            print(f"  planted {name} seeds: {_share(int(part['right'].sum()), int(part['n'].sum()))}")
    rounds = (("7-52", real[real["round"] <= 52]), ("53-58", real[real["round"] > 52]), ("pooled", real))
    for name, part in rounds:
        edges = part[part["kept"].notna()]
        kept = edges.groupby("order")["kept"].sum()
        right = part.groupby("order")["right"].sum()
        print(
            f"  real {name}: direction kept rising {int(kept['rising'])}, falling {int(kept['falling'])}, "
            f"mean {_share(kept.mean(), len(edges) // 2)}; right rising {int(right['rising'])}, "
            f"falling {int(right['falling'])}, mean {_share(right.mean(), len(part) // 2)}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=fe.DATA)
    ap.add_argument("--seeds", default="23-30", help="LO-HI")
    ap.add_argument("--fit", default="23-26", help="LO-HI: the seeds fitted on")
    ap.add_argument("--readings", nargs="+", default=["median", "lean"])
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    lo, hi = (int(x) for x in args.seeds.split("-"))
    flo, fhi = (int(x) for x in args.fit.split("-"))
    reuters = ct.load_reuters21578(args.data, limit=None)
    stories = planted.pool(reuters)
    held = {n for key in claims.HELD_OUT_37 for n in key.split("+")}
    table = fe.load_table()
    out = table["series"].map(lambda s: bool(set(s.split()) & held))
    table = table[~out].reset_index(drop=True)
    n_out = int(out.sum())
    print(f"real: {len(table)} rows of {table['series'].nunique()} series ({n_out} rows held out, not run)")
    try:
        for reading in args.readings:
            use(reading)
            plant = planted_scores(stories, list(range(lo, hi + 1)))
            report(reading, plant, real_rows(table, reuters), list(range(flo, fhi + 1)))
    finally:
        use("lean")


if __name__ == "__main__":
    main()
