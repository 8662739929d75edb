"""The fitted alignment decision on METER courts: logistic regression, GroupKFold by date (issue 24).

Run: ``python benchmarks/sentence_decision.py [--meter meter-courts.tar.gz] [--cache DIR]``
(spaCy sentences cached in ``--cache`` as ``benchmarks/derivation.py`` does).

Every newspaper text of METER courts is aligned to its story's PA takes by the threshold rules
alone (the decision's weights all 0), keeping for every sentence the rules call ``rewritten`` or
``new`` the features of :mod:`corpus_tools.reuse.decision`. Each annotated sentence is reused
when at least half its words sit in the annotators' Verbatim/Rewrite spans (``benchmarks/meter.py``).
A logistic regression is fitted on four date folds (the folds of ``benchmarks/sentence_reuse.py``)
with its probability threshold chosen there (the best smaller of recall and precision), and scored
on the fifth; verbatim and near verbatim sentences stay aligned. Printed: recall and precision of
reused sentences for the rules and the model, pooled out of fold and per fold; the threshold chosen
on the out-of-fold probabilities of all dates; and the weights fitted on all dates, in the form of
:data:`corpus_tools.reuse.decision.WEIGHTS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meter  # noqa: E402  (the METER helpers of benchmarks/meter.py)

from corpus_tools.reuse.alignment import _aligned  # noqa: E402
from corpus_tools.reuse.decision import FEATURES, WEIGHTS  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
THRESHOLDS = np.round(np.arange(0.2, 0.81, 0.01), 2)


def labelled(stories: dict, ann: dict, cache: Path) -> pd.DataFrame:
    """One row per annotated sentence: ``doc_id``, ``date``, ``reused``, ``rules`` (aligned by the
    rules), ``fixed`` (verbatim or near verbatim, not decided by the model) and the features."""
    rows = []
    zeros = (0.0,) * len(WEIGHTS)
    for story in sorted(stories):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = meter.cached_sentences(corpus, cache)
        a, feats = _aligned(corpus, "PA", sents, None, None, weights=zeros)
        for r, reused in meter.labelled_sentences(a, ann):
            if reused is None:
                continue
            x, ok = feats[r.Index]
            fixed = x is None
            x = [0.0] * len(FEATURES) if fixed else x
            rows.append((r.doc_id, story.split("/")[0], reused, r.reuse_class != "new", fixed, ok, *x))
    cols = ["doc_id", "date", "reused", "rules", "fixed", "admissible", *FEATURES]
    return pd.DataFrame(rows, columns=cols)


def rp(reused: np.ndarray, aligned: np.ndarray) -> dict:
    tp = int((reused & aligned).sum())
    r, p = tp / max(1, reused.sum()), tp / max(1, aligned.sum())
    return {"recall": round(r, 3), "precision": round(p, 3), "f1": round(2 * r * p / max(1e-9, r + p), 3)}


def aligned_at(frame: pd.DataFrame, prob: np.ndarray, threshold: float) -> np.ndarray:
    """The model's decision (:func:`corpus_tools.reuse.decision.decide`): fixed rows stay aligned,
    rows with no proposed source sentence keep the rules' call, the others are aligned when their
    probability reaches ``threshold`` and, for those the rules call new, when admissible."""
    rules, yes = frame["rules"].to_numpy(), prob >= threshold
    out = np.where(frame["n_fused"].to_numpy() > 0, yes & (rules | frame["admissible"].to_numpy()), rules)
    return np.where(frame["fixed"].to_numpy(), True, out)


def best_threshold(frame: pd.DataFrame, prob: np.ndarray) -> float:
    reused = frame["reused"].to_numpy()

    def value(th):
        s = rp(reused, aligned_at(frame, prob, th))
        return (min(s["recall"], s["precision"]), s["f1"])

    return float(max(THRESHOLDS, key=value))


def fit(frame: pd.DataFrame) -> tuple[float, ...]:
    """Weights (intercept first) in the features' own units, fitted on the decided rows."""
    part = frame[~frame["fixed"]]
    x = part[list(FEATURES)].to_numpy(float)
    mu, sd = x.mean(0), x.std(0) + 1e-9
    model = LogisticRegression(C=1.0, max_iter=2000).fit((x - mu) / sd, part["reused"].to_numpy())
    w = model.coef_[0] / sd
    return (float(model.intercept_[0] - (w * mu).sum()), *map(float, w))


def probabilities(frame: pd.DataFrame, weights: tuple[float, ...]) -> np.ndarray:
    z = weights[0] + frame[list(FEATURES)].to_numpy(float) @ np.array(weights[1:])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--frame", help="save the labelled feature frame here (pickle)")
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    stories, ann = meter.annotated_stories(args.meter)
    frame = labelled(stories, ann, cache)
    if args.frame:
        frame.to_pickle(args.frame)
    print(json.dumps(report(frame), indent=1))


def report(frame: pd.DataFrame) -> dict:
    reused = frame["reused"].to_numpy()
    folds = [te for _, te in GroupKFold(5).split(frame, groups=frame["date"])]
    oof, held, per_fold = np.zeros(len(frame)), np.zeros(len(frame), bool), []
    for te in folds:
        train = frame.drop(frame.index[te])
        w = fit(train)
        th = best_threshold(train, probabilities(train, w))
        oof[te] = probabilities(frame.iloc[te], w)
        held[te] = aligned_at(frame.iloc[te], oof[te], th)
        dates = sorted(frame.iloc[te]["date"].unique())
        per_fold.append(
            {
                "dates": f"{len(dates)} dates",
                "threshold (training dates)": th,
                "rules": rp(reused[te], frame["rules"].to_numpy()[te]),
                "model, held out": rp(reused[te], held[te]),
            }
        )
    th_oof = best_threshold(frame, oof)
    weights = fit(frame)
    return {
        "n_sentences": len(frame),
        "n_decided (rewritten or new by the rules)": int((~frame["fixed"]).sum()),
        "rules, pooled": rp(reused, frame["rules"].to_numpy()),
        "model, held out (threshold from the training dates), pooled": rp(reused, held),
        "by date fold": per_fold,
        "out-of-fold operating point": {"threshold": th_oof, **rp(reused, aligned_at(frame, oof, th_oof))},
        "model on all dates, in sample at that threshold": rp(
            reused, aligned_at(frame, probabilities(frame, weights), th_oof)
        ),
        "weights (intercept, then FEATURES)": [round(v, 4) for v in weights],
    }


if __name__ == "__main__":
    main()
