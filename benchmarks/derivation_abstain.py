"""Issue #24, round 12: an abstention rule fitted for the confident-call target, out of fold.

Run: ``python benchmarks/derivation_abstain.py --features FILE`` (the pickle that
``benchmarks/derivation.py --features FILE`` writes: every labelled METER courts text and
Clough & Stevenson answer with its features).

The class a reader sees is the METER rules' (:class:`corpus_tools.reuse.derivation.DerivationRules`).
A call is *confident* when it is not flagged ``check``. The target (#24): confident calls >= 0.85
accurate on each domain with >= 70 % of its texts confident. The rule measured here flags a text when

1. the rules and the model fitted across domains (``derivation.fit``, the shipped pair of
   :mod:`corpus_tools.reuse.derivation_model`) give different classes, or
2. its *deciding measure* (:func:`deciding`: for each leaf of the rules, the distance of the
   feature of the last split to that split's threshold, on the side the text fell) is under the
   leaf's *band*.

A leaf's band is the smallest distance such that the texts of the leaf at least that far, on which
the rules and the model agree, are >= ``target`` accurate (each domain weighing the same, at least
:data:`MIN_TEXTS` texts); a leaf with no such distance is flagged whole. The bands are chosen on
the training folds only: the rules and the model are refitted inside the training folds (four inner
folds, :func:`derivation.pooled_folds` of the training texts), the bands read off those inner
out-of-fold classes, then the rules and the model refitted on all training texts and applied with
the bands to the held-out fold (a fifth of the courts dates and one question). The rules are fitted
on the training folds' courts texts only (as the shipped rules are fitted on courts), the model on
both domains' training texts.

Printed: per domain, the share confident and the accuracy of the confident calls out of fold, for
the rule above at each ``target`` of :data:`TARGETS`, for each half alone (the disagreement, the bands),
round 11's flags computed the same way out of fold (a weak leaf, ``novel_words`` or
``word_containment`` near the fold's threshold, or the disagreement: ``checks.derivation_check``),
the bands chosen together (:func:`joint_bands`: each domain's kept texts >= ``target`` accurate),
an upper bound chosen with the labels (:func:`ceiling`), and the bands fitted on all texts'
out-of-fold calls. ``--calls FILE`` stores the folds' calls (the slow part: the rules refitted 30
times) and reads them on the next run.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (the folds and the model fit of benchmarks/derivation.py)
import meter  # noqa: E402  (the METER rules' fit)

from corpus_tools.report import checks  # noqa: E402
from corpus_tools.reuse.derivation import DERIVATION_LEAVES, DerivationRules  # noqa: E402

LABELS = bench.LABELS
#: a band needs at least this many agreeing texts of its leaf beyond it
MIN_TEXTS = 10
DOMAINS = ("courts", "answers")
#: accuracies asked of the confident calls when the bands are chosen
TARGETS = (0.75, 0.80, 0.85, 0.90)


def deciding(data: pd.DataFrame, rules: DerivationRules) -> tuple[np.ndarray, np.ndarray]:
    """Each text's leaf of ``rules`` and the distance of the leaf's deciding measure to its threshold.

    few_new_words: ``max_novel_words - novel_words``; few_new_words_new_facts: ``novel_facts -
    max_novel_facts``; new_words_shared: ``word_containment - min_containment``; new_words_run:
    ``longest_passage - min_passage``; new_words_few_shared: ``min_containment -
    word_containment``. Counts in words, shares in points of [0, 1]; each leaf has its own band."""
    leaves = np.array([rules.leaf(r) for r in data.itertuples()], dtype=object)
    nw = data["novel_words"].to_numpy(float)
    nf = data["novel_facts"].to_numpy(float)
    wc = data["word_containment"].to_numpy(float)
    lp = data["longest_passage"].to_numpy(float)
    dist = np.select(
        [
            leaves == "few_new_words",
            leaves == "few_new_words_new_facts",
            leaves == "new_words_shared",
            leaves == "new_words_run",
        ],
        [
            rules.max_novel_words - nw,
            nf - rules.max_novel_facts,
            wc - rules.min_containment,
            lp - rules.min_passage,
        ],
        default=rules.min_containment - wc,
    )
    return leaves, dist


def _classes(rules: DerivationRules, nw, nf, wc, lp) -> np.ndarray:
    """The rules' classes from the four feature arrays (vectorised ``DerivationRules.leaf``)."""
    few = nw <= rules.max_novel_words
    return np.where(
        few,
        np.where(nf <= rules.max_novel_facts, LABELS[0], LABELS[1]),
        np.where((wc > rules.min_containment) | (lp > rules.min_passage), LABELS[1], LABELS[2]),
    ).astype(object)


def fit_rules(train: pd.DataFrame) -> DerivationRules:
    """The METER rules fitted on the training courts texts: ``meter.fit_rules``'s algorithm (the
    depth-2 tree's three splits, then the ``longest_passage`` cut by macro-F1), vectorised."""
    c = train[train["domain"] == "courts"]
    y = c["label"].to_numpy()
    weight = meter.compute_sample_weight("balanced", y)
    nw, nf, wc, lp = (
        c[f].to_numpy(float) for f in ("novel_words", "novel_facts", "word_containment", "longest_passage")
    )
    root = meter.stump(nw, y, weight)
    few = nw <= root
    rules = DerivationRules(
        max_novel_words=int(np.floor(root)),
        max_novel_facts=int(np.floor(meter.stump(nf[few], y[few], weight[few]))),
        min_containment=round(meter.stump(wc[~few], y[~few], weight[~few]), 4),
        min_passage=1.0,
    )
    best = (meter.macro(y, _classes(rules, nw, nf, wc, lp)), 1.0)
    for cut in np.unique(np.round(lp, 3)):
        f = meter.macro(y, _classes(replace(rules, min_passage=float(cut)), nw, nf, wc, lp))
        if f > best[0]:
            best = (f, float(cut))
    return replace(rules, min_passage=best[1])


def calls(train: pd.DataFrame, test: pd.DataFrame) -> pd.DataFrame:
    """The rules' and the model's classes of ``test`` (both fitted on ``train``), leaf and distance."""
    rules = fit_rules(train)
    leaves, dist = deciding(test, rules)
    nw, wc = test["novel_words"].to_numpy(float), test["word_containment"].to_numpy(float)
    near = (  # the flags of round 11 before the model's second opinion (checks.derivation_check)
        np.array([DERIVATION_LEAVES[k][1] < checks.WEAK_LEAF for k in leaves])
        | (np.abs(nw - rules.max_novel_words) <= checks.NEAR_WORDS)
        | (
            np.isin(leaves, ["new_words_shared", "new_words_few_shared"])
            & (np.abs(wc - rules.min_containment) <= checks.NEAR_SHARE)
        )
    )
    return pd.DataFrame(
        {
            "near": near,
            "rules": [DERIVATION_LEAVES[k][0] for k in leaves],
            "model": bench.fit(train).predict(test),
            "leaf": leaves,
            "distance": dist,
            "label": test["label"].to_numpy(),
            "domain": test["domain"].to_numpy(),
        }
    )


def bands(oof: pd.DataFrame, target: float) -> dict[str, float]:
    """Per leaf, the smallest distance beyond which the agreeing texts are >= ``target`` accurate
    (domain-balanced; >= :data:`MIN_TEXTS` texts); ``inf`` (flag the leaf) where none is."""
    w = 1.0 / oof.groupby("domain")["label"].transform("size").to_numpy(float)
    right = (oof["rules"] == oof["label"]).to_numpy()
    agree = (oof["rules"] == oof["model"]).to_numpy()
    out = {}
    for leaf in DERIVATION_LEAVES:
        m = agree & (oof["leaf"] == leaf).to_numpy()
        out[leaf] = float("inf")
        for t in np.unique(oof["distance"].to_numpy()[m]):
            kept = m & (oof["distance"].to_numpy() >= t)
            if kept.sum() < MIN_TEXTS:
                break
            if (w[kept] * right[kept]).sum() / w[kept].sum() >= target:
                out[leaf] = float(t)
                break
    return out


def joint_bands(oof: pd.DataFrame, target: float) -> dict[str, float]:
    """The bands chosen together, greedily: from every leaf flagged, lower the one band (to one of
    the deciles of its leaf's agreeing distances) that adds the most texts (each domain weighing the
    same) while the kept texts of each domain stay >= ``target`` accurate; stop when none can."""
    dom = oof["domain"].to_numpy()
    w = 1.0 / oof.groupby("domain")["label"].transform("size").to_numpy(float)
    right = (oof["rules"] == oof["label"]).to_numpy()
    agree = (oof["rules"] == oof["model"]).to_numpy()
    dist, leaf = oof["distance"].to_numpy(), oof["leaf"].to_numpy()
    band = dict.fromkeys(DERIVATION_LEAVES, float("inf"))
    cuts = {
        k: np.unique(np.quantile(dist[agree & (leaf == k)], np.linspace(0, 0.9, 10)))
        for k in DERIVATION_LEAVES
        if (agree & (leaf == k)).sum() >= MIN_TEXTS
    }

    def kept(b: dict[str, float]) -> np.ndarray:
        return agree & (dist >= np.array([b[k] for k in leaf]))

    def feasible(k: np.ndarray) -> bool:
        return all(right[k & (dom == d)].mean() >= target for d in DOMAINS if (k & (dom == d)).any())

    while True:
        base = w[kept(band)].sum()
        moves = [
            (w[k].sum() - base, leaf_, float(t))
            for leaf_, ts in cuts.items()
            for t in ts
            if t < band[leaf_]
            for k in [kept({**band, leaf_: float(t)})]
            if feasible(k)
        ]
        if not moves or max(moves)[0] <= 0:
            return band
        _, leaf_, t = max(moves)
        band[leaf_] = t


def flags(c: pd.DataFrame, band: dict[str, float], how: str = "both") -> np.ndarray:
    """The texts flagged ``check``: ``how`` is "both" (disagree or inside the band), "disagree", "band"."""
    disagree = (c["rules"] != c["model"]).to_numpy()
    inside = c["distance"].to_numpy() < c["leaf"].map(band).to_numpy(float)
    return {"both": disagree | inside, "disagree": disagree, "band": inside}[how]


def fold_calls(data: pd.DataFrame) -> list[tuple[np.ndarray, pd.DataFrame, pd.DataFrame]]:
    """Per pooled fold: the held-out indices, the training texts' inner out-of-fold calls (four
    inner folds of the training texts) and the held-out texts' calls (fitted on all training texts)."""
    out = []
    for tr, te in bench.pooled_folds(data):
        train = data.iloc[tr].reset_index(drop=True)
        inner = pd.concat(
            [
                calls(train.iloc[itr].reset_index(drop=True), train.iloc[ite].reset_index(drop=True))
                for itr, ite in bench.pooled_folds(train, 4)
            ],
            ignore_index=True,
        )
        out.append((te, inner, calls(train, data.iloc[te].reset_index(drop=True)).set_index(te)))
    return out


def out_of_fold(folds, target: float, fit=bands) -> tuple[pd.DataFrame, list[dict]]:
    """Every text's calls and flags (``both``, ``disagree``, ``band``), each fold's bands fitted on
    its training texts alone (:func:`fold_calls`) by ``fit`` (:func:`bands`, :func:`joint_bands`)."""
    parts, fitted = [], []
    for _, inner, held in folds:
        band = fit(inner, target)
        fitted.append(band)
        c = held.copy()
        for how in ("both", "disagree", "band"):
            c[f"flag_{how}"] = flags(c, band, how)
        c["flag_round11"] = c["near"].to_numpy() | (c["rules"] != c["model"]).to_numpy()
        parts.append(c)
    return pd.concat(parts).sort_index(), fitted


def report(c: pd.DataFrame, flag: np.ndarray) -> dict:
    """Per domain: share confident, accuracy of the confident and of the flagged calls, of all."""
    out = {}
    for d in DOMAINS:
        m = (c["domain"] == d).to_numpy()
        ok = (c["rules"] == c["label"]).to_numpy()[m]
        conf = ~flag[m]
        out[d] = {
            "share_confident": round(float(conf.mean()), 3),
            "accuracy_confident": round(float(ok[conf].mean()), 3) if conf.any() else None,
            "accuracy_flagged": round(float(ok[~conf].mean()), 3) if (~conf).any() else None,
            "accuracy_all": round(float(ok.mean()), 3),
        }
    return out


def ceiling(c: pd.DataFrame, share: float = 0.7) -> dict:
    """An upper bound chosen with the labels: per domain, the texts cut into cells (leaf, the rules
    and the model agreeing or not, quartile of the distance within the leaf), the cells kept from
    the most accurate down until ``share`` of the domain's texts is kept; the accuracy of those."""
    out = {}
    for d in DOMAINS:
        x = c[c["domain"] == d].assign(
            right=lambda f: f["rules"] == f["label"], agree=lambda f: f["rules"] == f["model"]
        )
        x["quartile"] = x.groupby("leaf")["distance"].transform(
            lambda v: np.floor(4 * (v.rank(method="first") - 1) / len(v))
        )
        g = x.groupby(["leaf", "agree", "quartile"])["right"].agg(["size", "sum"])
        g = g.assign(accuracy=g["sum"] / g["size"]).sort_values("accuracy", ascending=False)
        kept = g[g["size"].cumsum().shift(fill_value=0) < share * len(x)]
        out[d] = {
            "share_kept": round(float(kept["size"].sum() / len(x)), 3),
            "accuracy_kept": round(float(kept["sum"].sum() / kept["size"].sum()), 3),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features", type=Path, default=Path("/tmp/derivation_features.pkl"))
    ap.add_argument("--calls", type=Path, default=None, help="the folds' calls, stored here once")
    ap.add_argument("--json", default=None, help="write the figures here")
    args = ap.parse_args()
    data = pickle.loads(args.features.read_bytes())
    data = data[0] if isinstance(data, tuple) else data
    out: dict = {}
    if args.calls is not None and args.calls.exists():
        folds = pickle.loads(args.calls.read_bytes())
    else:
        folds = fold_calls(data)
        if args.calls is not None:
            args.calls.write_bytes(pickle.dumps(folds))
    for target in TARGETS:
        c, fitted = out_of_fold(folds, target)
        joint, fitted_joint = out_of_fold(folds, target, joint_bands)
        out[f"target {target:.2f}"] = {
            "disagree or inside the band": report(c, c["flag_both"].to_numpy()),
            "disagree only": report(c, c["flag_disagree"].to_numpy()),
            "inside the band only": report(c, c["flag_band"].to_numpy()),
            "disagree or inside the joint band": report(joint, joint["flag_both"].to_numpy()),
            "round 11's flags (weak leaf, near a threshold, disagree)": report(
                c, c["flag_round11"].to_numpy()
            ),
            "bands of the five folds": fitted,
            "joint bands of the five folds": fitted_joint,
        }
    everything = pd.concat([held for _, _, held in folds], ignore_index=True)
    out["ceiling: cells kept by their accuracy, chosen with the labels (>= 70 % kept)"] = ceiling(everything)
    out["bands fitted on every text's out-of-fold calls"] = {
        f"target {t:.2f}": {"bands": bands(everything, t), "joint": joint_bands(everything, t)}
        for t in TARGETS
    }
    print(json.dumps(out, indent=1, default=str))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
