"""Derivation classes with general English word frequency (issue 24, round 18).

Run: ``python benchmarks/derivation_rarity.py [--meter meter-courts.tar.gz] [--answers
clough-stevenson.tar.gz] [--features FILE]`` after ``benchmarks/derivation.py`` has stored its
features in ``--features`` (the same pickle; nothing is recomputed but the words below).

For every text and its source (METER courts: the story's PA takes; the answers: the task's
Wikipedia passage), the text's distinct content words (:func:`corpus_tools.reuse.documents.keys`
of its body, :func:`corpus_tools.reuse.similarity.is_content`) are read with their general
English Zipf frequency (:mod:`rarity`, wordfreq), giving the shares of :data:`RARITY`:

* ``rare_taken_share``: of its rare words (Zipf < 4), the share found in the source;
* ``common_taken_share``: of its common words (Zipf >= 5), the share found in the source;
* ``rare_own_share``: its rare words not in the source, over all its content words;
* ``rarity_novel_share``: the rarity (7 - Zipf) of its content tokens not in the source, over
  the rarity of all its content tokens (``novel_word_share`` weighed by rarity);
* ``source_rare_used``: of the source's rare words, the share the text uses.

and ``novel_share_<w>``: ``novel_word_share`` with each content token weighed by a function of
its Zipf frequency (:data:`WEIGHTINGS`: 1, 8 - z, 7 - z, 6 - z, 5 - z (at least 0), z < 5,
z < 4, 10^(-z/4), (7 - z)^2), each in place of ``novel_word_share``.

Each candidate set (the shipped model's two features plus some of these) is fitted exactly as
``benchmarks/derivation.py`` fits the shipped model (its ``fit``: log-odds of the shares, balanced
weights, C=1) and reported the same way: leave one domain out, pooled cross-validation (courts by
date, answers by question), the temperature fitted on the pooled out-of-fold scores, and the
confident calls at the shipped margin and at the widest margin leaving 70 % of each domain confident.
Last, the weighting chosen without the figures it is scored on (:func:`chosen_inside`): for each
leave-one-domain-out direction by cross-validation inside the training domain (courts by date,
answers by question), and for the pooled figures inside each fold's training texts.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (benchmarks/derivation.py)
import meter  # noqa: E402
import rarity  # noqa: E402

from corpus_tools import load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.reuse import derivation_model as dm  # noqa: E402
from corpus_tools.reuse.documents import doc_tokens, keys  # noqa: E402
from corpus_tools.reuse.similarity import is_content  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RARITY = (
    *("rare_taken_share", "common_taken_share", "rare_own_share"),
    *("rarity_novel_share", "source_rare_used"),
)

#: weights of a content token by its Zipf frequency z for the weighted novel shares
WEIGHTINGS = {
    "1": lambda z: 1.0,
    "8-z": lambda z: max(0.0, 8 - z),
    "7-z": lambda z: max(0.0, 7 - z),
    "6-z": lambda z: max(0.0, 6 - z),
    "5-z": lambda z: max(0.0, 5 - z),
    "z<5": lambda z: float(z < 5),
    "z<4": lambda z: float(z < 4),
    "10^(-z/4)": lambda z: 10 ** (-z / 4),
    "(7-z)^2": lambda z: max(0.0, 7 - z) ** 2,
}


def weighted_novel(toks: list[str], src: set[str]) -> dict:
    """``novel_share_<w>`` for every weighting of :data:`WEIGHTINGS`."""
    z = [(rarity.zipf(k), k in src) for k in toks]
    out = {}
    for name, fn in WEIGHTINGS.items():
        total = sum(fn(a) for a, _ in z)
        out[f"novel_share_{name}"] = sum(fn(a) for a, s in z if not s) / total if total > 0 else 0.0
    return out


def text_rarity(text_keys: list[str], src: set[str], src_rare: set[str]) -> dict:
    """:data:`RARITY` of one text's keys against the source's keys."""
    toks = [k for k in text_keys if is_content(k)]
    words = set(toks)
    rare = {k for k in words if rarity.zipf(k) < rarity.RARE}
    common = {k for k in words if rarity.zipf(k) >= rarity.COMMON}
    r_all = sum(map(rarity.rarity, toks))
    return {
        "rare_taken_share": len(rare & src) / len(rare) if rare else 0.5,
        "common_taken_share": len(common & src) / len(common) if common else 0.5,
        "rare_own_share": len(rare - src) / max(1, len(words)),
        "rarity_novel_share": sum(rarity.rarity(k) for k in toks if k not in src) / max(1e-9, r_all),
        "source_rare_used": len(src_rare & words) / max(1, len(src_rare)),
        **weighted_novel(toks, src),
    }


def corpus_rarity(corpus: pd.DataFrame, src_docs: list[str], domain: str) -> pd.DataFrame:
    k_of = {d: keys(t) for d, t in doc_tokens(corpus).items()}
    src = set().union(*(k_of[d] for d in src_docs))
    src_rare = {k for k in src if is_content(k) and rarity.zipf(k) < rarity.RARE}
    rows = [
        {"doc_id": d, "domain": domain, **text_rarity(ks, src, src_rare)}
        for d, ks in k_of.items()
        if d not in src_docs
    ]
    return pd.DataFrame(rows)


def rarity_frame(meter_path: str, answers_path: str) -> pd.DataFrame:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        stories = load_meter(meter.meter_root(meter_path, tmp))
    for corpus in stories.values():
        pa = [str(d) for d in corpus.index if corpus.loc[d, "group"] == "PA"]
        if pa and len(pa) < len(corpus):
            out.append(corpus_rarity(corpus, pa, "courts"))
    for task, corpus in load_clough_stevenson(answers_path).items():
        out.append(corpus_rarity(corpus, [f"orig_task{task}"], "answers"))
    return pd.concat(out, ignore_index=True).drop_duplicates(["domain", "doc_id"])


def figures(data: pd.DataFrame, features: tuple[str, ...]) -> dict:
    """LODO, pooled CV and the confident calls of the model on ``features``."""
    y = data["label"].to_numpy()
    folds = bench.pooled_folds(data)
    oof = bench.out_of_fold_scores(data, folds, features=features)
    temperature = bench.fit_temperature(data, oof)
    proba = bench.softmax(oof / temperature)
    pred = np.array(bench.LABELS, dtype=object)[proba.argmax(1)]
    lodo = bench.lodo(data, features=features)
    widest = bench.widest_margin(data, proba)
    return {
        "features": list(features),
        "lodo courts -> answers": lodo["courts -> answers"]["macro_f1"],
        "lodo answers -> courts": lodo["answers -> courts"]["macro_f1"],
        "pooled courts": bench.macro(y[data["domain"] == "courts"], pred[data["domain"] == "courts"]),
        "pooled answers": bench.macro(y[data["domain"] == "answers"], pred[data["domain"] == "answers"]),
        "temperature": round(temperature, 4),
        "confident at the shipped margin": bench.confident_report(data, proba, dm.CHECK_MARGIN),
        "widest margin leaving 70 % confident": widest,
        "confident at the widest margin": bench.confident_report(data, proba, widest),
    }


def chosen_inside(data: pd.DataFrame, cands: dict[str, tuple[str, ...]]) -> dict:
    """Each candidate chosen where it is not scored: LODO by in-domain CV of the training domain,
    pooled by a pooled CV inside each fold's training texts (the mean of the two domains' F1)."""
    y = data["label"].to_numpy()

    def cv(d: pd.DataFrame, folds) -> dict:
        yy, out = d["label"].to_numpy(), {}
        for name, feats in cands.items():
            p = np.empty(len(d), dtype=object)
            for tr, te in folds:
                p[te] = bench.fit(d.iloc[tr], features=feats).predict(d.iloc[te])
            out[name] = float(
                np.mean([bench.macro(yy[d["domain"] == k], p[d["domain"] == k]) for k in set(d["domain"])])
            )
        return out

    report = {}
    for train, test in (("courts", "answers"), ("answers", "courts")):
        tr, te = data[data["domain"] == train].reset_index(drop=True), data[data["domain"] == test]
        inner = cv(tr, list(GroupKFold(5).split(tr, groups=tr["group"])))
        best = max(inner, key=inner.get)
        got = bench.macro(te["label"].to_numpy(), bench.fit(tr, features=cands[best]).predict(te))
        report[f"{train} -> {test}"] = {
            "chosen": best,
            "held out": got,
            f"in-domain CV on {train}": {k: round(v, 3) for k, v in inner.items()},
        }
    pred, chosen = np.empty(len(data), dtype=object), []
    for tr, te in bench.pooled_folds(data):
        d = data.iloc[tr].reset_index(drop=True)
        inner = cv(d, bench.pooled_folds(d, 4))
        chosen.append(max(inner, key=inner.get))
        pred[te] = bench.fit(data.iloc[tr], features=cands[chosen[-1]]).predict(data.iloc[te])
    report["pooled"] = {
        "chosen per fold": chosen,
        **{k: bench.macro(y[data["domain"] == k], pred[data["domain"] == k]) for k in ("courts", "answers")},
    }
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--answers", default=str(DATA / "clough-stevenson.tar.gz"))
    ap.add_argument("--features", default="/tmp/derivation_features.pkl")
    ap.add_argument("--rarity", default=None, help="the rarity shares, pickled here once and read after")
    args = ap.parse_args()
    data, _, _ = pickle.loads(Path(args.features).read_bytes())
    if args.rarity and Path(args.rarity).exists():
        extra = pd.read_pickle(args.rarity)
    else:
        extra = rarity_frame(args.meter, args.answers)
        if args.rarity:
            extra.to_pickle(args.rarity)
    data = data.merge(extra, on=["domain", "doc_id"], how="left", validate="one_to_one")
    missing = int(data[list(RARITY)].isna().any(axis=1).sum())
    base = tuple(dm.MODEL_FEATURES)
    candidates = [base, *((*base, f) for f in RARITY), *((*base, a, b) for a, b in combinations(RARITY, 2))]
    candidates += [(*base, *RARITY)]
    weighted = {f"novel_share_{w}": (f"novel_share_{w}", "longest_passage") for w in WEIGHTINGS}
    candidates += [*weighted.values(), *((*base, f"novel_share_{w}") for w in WEIGHTINGS if w != "1")]
    report = {
        "texts without rarity shares": missing,
        "candidates": [figures(data, c) for c in candidates],
        "weighting chosen inside the training texts": chosen_inside(data, {"shipped": base, **weighted}),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
