"""Derivation classes across domains: METER courts and the Clough & Stevenson answers.

Run: ``python benchmarks/derivation.py [--meter meter-courts.tar.gz] [--answers clough-stevenson.tar.gz]
[--cache DIR]`` (defaults: ``../shared/data/``; archives extracted to a temporary folder).

Every newspaper text of METER courts is read against its story's PA takes (grouped as one
source, ``load_meter``), every student answer against its task's Wikipedia passage
(``load_clough_stevenson``), and :func:`corpus_tools.reuse.derivation.derivation_features`
computed. Then, in one run:

1. Leave one domain out: the model of :mod:`corpus_tools.reuse.derivation_model` fitted on
   courts and scored on the answers, and fitted on the answers and scored on courts.
2. Pooled cross-validation: five folds, each holding out one fifth of the courts dates
   (GroupKFold by date) and one question of the answers; fitted on the rest of both domains.
3. Confusion matrices, the share of texts flagged ``check`` per domain and the accuracy of the
   confident calls (out of fold), the probability's calibration (Brier score, reliability).
4. The weights fitted on both domains, which :mod:`corpus_tools.reuse.derivation_model` ships,
   and the shipped model scored in sample.
5. Courts phrase annotations: recall and precision of reused sentences, by date folds.
6. Baselines: the former METER rules (:class:`corpus_tools.reuse.derivation.DerivationRules`,
   refitted per fold) and 3-gram containment with two thresholds, in the same folds.
7. The candidates of the second round (``benchmarks/derivation_search.py``: features of how a
   text took what it took, features against the other versions of its story, an ordinal model,
   4-leaf trees), each with both LODO directions, pooled CV, in-domain CV and its confident calls.
8. The candidates of the third round (``benchmarks/derivation_transductive.py``: each feature
   standardised within the corpus being classified, without labels; EM class priors; an ordinal
   model; ``take_share``), the same figures, and LODO with each test domain resampled to the
   other's mix of classes.
9. The candidates of the sixth round (``benchmarks/derivation_round6.py``: absolute and
   corpus-relative features side by side, quantile mapping, importance weighting, genre intercepts,
   the METER rules beside the model, trees on corpus z-scores), abstention curves, the relative
   model by the size of the test corpus, and the constants of ``CorpusRelativeModel``.

The twelfth round's scripts read the features this script stores (``--features``):
``benchmarks/derivation_abstain.py`` (an abstention rule fitted for the confident-call target inside
the folds) and ``benchmarks/derivation_taken.py`` (what a text could take against what it adds).

``--issue-only`` prints steps 1-5 alone (the issue's figures), without the baselines and the
candidates of earlier rounds (which take most of the run).

Sentence frames are cached in ``--cache`` (default /tmp/derivation_sentences), features in
``--features`` (a pickle, default /tmp/derivation_features.pkl; ``--refresh`` recomputes).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation_round6 as round6  # noqa: E402  (the sixth round)
import derivation_search as search  # noqa: E402  (the candidates of the second round)
import derivation_transductive as transductive  # noqa: E402  (the third round)
import meter  # noqa: E402  (the METER helpers of benchmarks/meter.py)

from corpus_tools import load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.reuse import alignment as overlap  # noqa: E402
from corpus_tools.reuse import derivation_model as dm  # noqa: E402
from corpus_tools.reuse.derivation import derivation_features  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = list(dm.CLASSES)


def courts(path: str, cache: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Features of every labelled METER courts text, the alignment, and the phrase annotations."""
    with tempfile.TemporaryDirectory() as tmp:
        root = meter.meter_root(path, tmp)
        stories = load_meter(root)
        ann = meter.annotations(meter.annotated_spans(root))
    feats, aligns = [], []
    t0 = time.perf_counter()
    for n, story in enumerate(sorted(stories)):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = meter.cached_sentences(corpus, cache)
        a = overlap.align_sentences(corpus, source="PA", sentences=sents)
        f = derivation_features(corpus, source="PA", alignment=a)
        f = search.story_relative(f.merge(search.extra_features(corpus, "PA", a), on="doc_id"))
        f["label"] = f["doc_id"].map(corpus["label"])
        f["group"] = story.split("/")[0]
        f["story"] = story
        feats.append(f)
        aligns.append(a)
        if n % 50 == 0:
            print(f"courts: {n}/{len(stories)} stories, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    data = pd.concat(feats, ignore_index=True)
    data = data[data["label"].isin(LABELS)].reset_index(drop=True)
    return data.assign(domain="courts"), pd.concat(aligns, ignore_index=True), ann


def answers(path: str, cache: Path) -> pd.DataFrame:
    """Features of every Clough & Stevenson answer against its task's source."""
    feats = []
    for task, corpus in load_clough_stevenson(path).items():
        sents = meter.cached_sentences(corpus, cache)
        src = f"orig_task{task}"
        a = overlap.align_sentences(corpus, source=src, sentences=sents)
        f = derivation_features(corpus, source=src, alignment=a)
        f = search.story_relative(f.merge(search.extra_features(corpus, src, a), on="doc_id"))
        f["label"] = f["doc_id"].map(corpus["label"])
        f["category"] = f["doc_id"].map(corpus["category"])
        f["group"] = task
        f["story"] = f"task {task}"
        feats.append(f)
    return pd.concat(feats, ignore_index=True).assign(domain="answers")


def balance(data: pd.DataFrame) -> np.ndarray:
    """Sample weights: each domain weighs the same, and each class within a domain."""
    n = data.groupby(["domain", "label"])["doc_id"].transform("size").to_numpy(float)
    w = 1.0 / n
    return w / w.mean()


def fit(
    data: pd.DataFrame, *, features=dm.MODEL_FEATURES, c: float = dm.REGULARISATION, temperature: float = 1.0
) -> dm.DerivationModel:
    """The model of :mod:`corpus_tools.reuse.derivation_model` fitted on these texts (balanced weights)."""
    x = dm.log_odds(data[list(features)].to_numpy(float))
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, data["label"].to_numpy(), sample_weight=balance(data))
    order = [list(lr.classes_).index(k) for k in LABELS]
    weights = {
        k: (float(lr.intercept_[i]), *map(float, lr.coef_[i])) for k, i in zip(LABELS, order, strict=True)
    }
    return dm.DerivationModel(features=tuple(features), weights=weights, temperature=temperature)


def lodo_scores(data: pd.DataFrame, **kw) -> np.ndarray:
    """Each domain's class scores from the model fitted on the other domain alone."""
    out = np.zeros((len(data), len(LABELS)))
    for train, test in (("courts", "answers"), ("answers", "courts")):
        te = (data["domain"] == test).to_numpy()
        out[te] = fit(data[data["domain"] == train], **kw).scores(data[te])
    return out


def fit_temperature(data: pd.DataFrame, scores_: np.ndarray) -> float:
    """The temperature minimising the balanced log loss of softmax(scores / t) (leave one domain out)."""
    y = np.array([LABELS.index(v) for v in data["label"]])
    w = balance(data)

    def loss(log_t: float) -> float:
        s = scores_ / np.exp(log_t)
        s = s - s.max(1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(1, keepdims=True))
        return float(-(w * logp[np.arange(len(y)), y]).mean())

    return float(np.exp(minimize_scalar(loss, bounds=(-3, 3), method="bounded").x))


def macro(y, p) -> float:
    return round(float(f1_score(y, p, labels=LABELS, average="macro")), 3)


def scores(y, p) -> dict:
    return {
        "macro_f1": macro(y, p),
        "f1": dict(
            zip(LABELS, np.round(f1_score(y, p, labels=LABELS, average=None), 3).tolist(), strict=True)
        ),
        "confusion (rows true, cols predicted: wholly, partially, non)": confusion_matrix(
            y, p, labels=LABELS
        ).tolist(),
    }


def pooled_folds(data: pd.DataFrame, k: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """Fold i holds out the i-th GroupKFold fifth of the courts dates and the i-th question."""
    test = np.full(len(data), -1)
    for domain in ("courts", "answers"):
        idx = np.where(data["domain"] == domain)[0]
        groups = data["group"].to_numpy()[idx]
        for i, (_, te) in enumerate(GroupKFold(k).split(idx, groups=groups)):
            test[idx[te]] = i
    return [(np.where(test != i)[0], np.where(test == i)[0]) for i in range(k)]


def confident_report(data: pd.DataFrame, proba: np.ndarray, margin: float) -> dict:
    """Per domain: the share flagged ``check`` and the accuracy of the confident calls."""
    out = {}
    pred = np.array(LABELS, dtype=object)[proba.argmax(1)]
    check = dm.is_close(proba, margin)
    for domain in ("courts", "answers"):
        m = (data["domain"] == domain).to_numpy()
        ok = pred[m] == data["label"].to_numpy()[m]
        conf = ~check[m]
        out[domain] = {
            "share_check": round(float(check[m].mean()), 3),
            "share_confident": round(float(conf.mean()), 3),
            "accuracy_confident": round(float(ok[conf].mean()), 3) if conf.any() else None,
            "accuracy_checked": round(float(ok[~conf].mean()), 3) if (~conf).any() else None,
            "accuracy_all": round(float(ok.mean()), 3),
        }
    return out


def calibration(data: pd.DataFrame, proba: np.ndarray) -> dict:
    """Brier score and reliability (mean top probability against accuracy, by bins) per domain."""
    out = {}
    y = np.array([LABELS.index(v) for v in data["label"]])
    onehot = np.eye(len(LABELS))[y]
    top, pred = proba.max(1), proba.argmax(1)
    for domain in ("courts", "answers"):
        m = (data["domain"] == domain).to_numpy()
        bins = {}
        for lo, hi in ((0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)):
            b = m & (top >= lo) & (top < hi)
            if b.any():
                bins[f"{lo:.1f}-{min(hi, 1):.1f}"] = {
                    "n": int(b.sum()),
                    "mean_probability": round(float(top[b].mean()), 3),
                    "accuracy": round(float((pred[b] == y[b]).mean()), 3),
                }
        out[domain] = {
            "brier": round(float(((proba[m] - onehot[m]) ** 2).sum(1).mean()), 3),
            "reliability": bins,
        }
    return out


def out_of_fold_scores(data: pd.DataFrame, folds, **kw) -> np.ndarray:
    """Class scores of every text from the model fitted without its fold."""
    out = np.zeros((len(data), len(LABELS)))
    for tr, te in folds:
        out[te] = fit(data.iloc[tr], **kw).scores(data.iloc[te])
    return out


def softmax(s: np.ndarray) -> np.ndarray:
    e = np.exp(s - s.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def widest_margin(data: pd.DataFrame, proba: np.ndarray, floor: float = 0.7) -> float:
    """The largest margin (steps of 0.01) that leaves at least ``floor`` of each domain's texts confident."""
    ok = [
        m
        for m in np.round(np.arange(0, 0.51, 0.01), 2)
        if all(v["share_confident"] >= floor for v in confident_report(data, proba, m).values())
    ]
    return float(max(ok)) if ok else 0.0


def lodo(data: pd.DataFrame, **kw) -> dict:
    out = {}
    for train, test in (("courts", "answers"), ("answers", "courts")):
        tr, te = data[data["domain"] == train], data[data["domain"] == test]
        out[f"{train} -> {test}"] = scores(te["label"].to_numpy(), fit(tr, **kw).predict(te))
    return out


def baselines(data: pd.DataFrame, folds) -> dict:
    """The former METER rules and 3-gram containment thresholds, refitted in the same folds."""
    y = data["label"].to_numpy()
    rules = np.empty(len(y), dtype=object)
    cont = np.empty(len(y), dtype=object)
    grid = np.round(np.linspace(0, 1, 51), 2)
    c = data["containment"].to_numpy()

    def by_cuts(x, lo, hi):
        return np.where(x >= hi, LABELS[0], np.where(x >= lo, LABELS[1], LABELS[2]))

    for tr, te in folds:
        rules[te] = meter.predict(meter.fit_rules(data.iloc[tr], y[tr]), data.iloc[te])
        lo, hi = max(
            ((a, b) for a in grid for b in grid if b > a), key=lambda t: macro(y[tr], by_cuts(c[tr], *t))
        )
        cont[te] = by_cuts(c[te], lo, hi)
    out = {}
    for name, p in (("former METER rules", rules), ("3-gram containment, two thresholds", cont)):
        out[name] = {d: macro(y[data["domain"] == d], p[data["domain"] == d]) for d in ("courts", "answers")}
    return out


def phrases(align: pd.DataFrame, ann: dict, dates: dict[str, str], k: int = 5) -> dict:
    """Recall and precision of the courts' reused sentences (at least half their words inside
    Verbatim/Rewrite spans): pooled, and in each of the 5 GroupKFold folds of the dates.

    The alignment's thresholds were chosen by F1 on the training dates of these folds
    (benchmarks/README.md, issue 11); here each fold's held-out dates are scored."""
    rows = [
        (r.doc_id, reused, r.reuse_class != "new")
        for r, reused in meter.labelled_sentences(align, ann)
        if reused is not None
    ]
    s = pd.DataFrame(rows, columns=["doc_id", "reused", "aligned"])
    s["date"] = s["doc_id"].map(dates)

    def rp(part: pd.DataFrame) -> dict:
        tp = int((part.reused & part.aligned).sum())
        return {
            "recall": round(tp / max(1, int(part.reused.sum())), 3),
            "precision": round(tp / max(1, int(part.aligned.sum())), 3),
            "n_reused": int(part.reused.sum()),
            "n_aligned": int(part.aligned.sum()),
        }

    folds = GroupKFold(k).split(s, groups=s["date"])
    return {
        "n_sentences": len(s),
        "pooled": rp(s),
        "by date fold": [rp(s.iloc[te]) for _, te in folds],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--answers", default=str(DATA / "clough-stevenson.tar.gz"))
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--features", default="/tmp/derivation_features.pkl")
    ap.add_argument("--refresh", action="store_true", help="recompute the features")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument(
        "--issue-only",
        action="store_true",
        help="the issue's figures alone (steps 1-5): no baselines, no candidates of earlier rounds",
    )
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    feats = Path(args.features)
    if feats.exists() and not args.refresh:
        data, align, ann = pickle.loads(feats.read_bytes())
    else:
        court, align, ann = courts(args.meter, cache)
        data = pd.concat([court, answers(args.answers, cache)], ignore_index=True)
        feats.write_bytes(pickle.dumps((data, align, ann)))
    y = data["label"].to_numpy()
    folds = pooled_folds(data)
    report = {"n_texts": data.groupby("domain")["label"].value_counts().unstack().to_dict("index")}
    report["leave one domain out"] = lodo(data)
    # one temperature for both domains: the balanced log loss of the pooled out-of-fold scores
    oof = out_of_fold_scores(data, folds)
    temperature = fit_temperature(data, oof)
    proba = softmax(oof / temperature)
    report["temperature"] = {
        "pooled out of fold (shipped)": round(temperature, 4),
        "leave one domain out (each domain scored by the other's model)": round(
            fit_temperature(data, lodo_scores(data)), 4
        ),
    }
    pred = np.array(LABELS, dtype=object)[proba.argmax(1)]
    report["pooled cross-validation (courts by date, answers by question)"] = {
        d: scores(y[data["domain"] == d], pred[data["domain"] == d]) for d in ("courts", "answers")
    }
    report["check: top two classes within the margin (out of fold)"] = {
        "shipped margin": dm.CHECK_MARGIN,
        **confident_report(data, proba, dm.CHECK_MARGIN),
        "largest margin leaving >= 70% of each domain confident": widest_margin(data, proba),
        "other margins": {m: confident_report(data, proba, m) for m in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)},
    }
    report["calibration (out of fold, shipped temperature)"] = calibration(data, proba)
    if not args.issue_only:
        report["baselines (same folds)"] = baselines(data, folds)
        report["candidates of the second round (same folds; macro-F1)"] = search.compare(data, folds)
        third = transductive.compare(data, folds)
        report["candidates of the third round: standardised within the corpus (same folds)"] = third
        report["candidates of the sixth round: domain adaptation, rules beside the model (same folds)"] = (
            round6.compare(data, folds)
        )
    report["model fitted on both domains (ship these)"] = fit(data, temperature=temperature).describe()
    shipped = dm.DerivationModel()
    report["shipped model, in sample"] = {
        d: macro(y[data["domain"] == d], shipped.predict(data[data["domain"] == d]))
        for d in ("courts", "answers")
    }
    courts_ = data[data["domain"] == "courts"]
    report["courts phrase annotations"] = phrases(
        align, ann, dict(zip(courts_["doc_id"], courts_["group"], strict=True))
    )
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
