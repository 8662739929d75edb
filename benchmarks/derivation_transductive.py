"""Issue #24, third round: features standardised within the corpus being classified.

Imported by ``benchmarks/derivation.py``, which prints :func:`compare` in the same run as its other
figures. Nothing here is shipped: these are the candidates the round tried, kept so that every
figure in benchmarks/README.md (section #24) comes out of one command.

The idea: when a user classifies their corpus, all of its versions are there. Each feature (on its
log-odds, counts on ``log1p``) can be standardised over the corpus's own versions, without labels,
and the model fitted on standardised features. In leave one domain out, the test domain is
standardised with its own texts only; the training domain with its own. Variants:

- ``how``: ``z`` (minus the corpus's mean, over its standard deviation), ``rank`` (percentile rank,
  centred), ``robust`` (minus the median, over the interquartile range), ``none`` (as shipped);
- the corpus: the whole domain (769 courts texts, 95 answers), or, in the pooled folds, the held-out
  fold alone (about 150 courts texts of a fifth of the dates, the 19 answers to one question), or
  each story (courts: 3.7 versions a story; a story of one version gets 0.0);
- ``em``: the class priors of the test corpus re-estimated from the model's probabilities
  (Saerens, Latinne and Decaestecker 2002), since the domains' mixes of classes differ (courts
  262 / 342 / 165 wholly / partially / non, answers 19 / 38 / 38);
- the model: the multinomial logistic model (balanced, C=1) or the ordinal one
  (:class:`derivation_search.Ordinal`).

A new feature measured against what the text could have taken: ``take_share``, the share of the
source used over the most the text could hold (``source_used`` over ``min(1, length_ratio)``,
clipped to 1: a text half the source's length that takes half of the source takes all it could).

:func:`prior_shift` measures whether the domains' class mixes break the standardisation: each
test domain resampled (200 draws, seed 0) to the other domain's mix of classes.
"""

from __future__ import annotations

import derivation_search as search
import numpy as np
import pandas as pd
from scipy.optimize import minimize_scalar
from scipy.stats import rankdata
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import GroupKFold

from corpus_tools.reuse import derivation_model as dm

LABELS = list(dm.CLASSES)
#: count features, taken to log1p before the standardisation (every other share to its log-odds)
COUNTS = {"novel_words", "novel_facts", "mean_run", "runs_per_100"}
PAIR = ("novel_word_share", "longest_passage")
#: (features, how, model, em): the shipped pair as shipped, then standardised, then the sets the
#: round found best (about 200 combinations of feature set, standardisation and model were tried
#: in scratch scripts on these texts with the same folds: the best figures are optimistic).
CANDIDATES = (
    (PAIR, "none", "logistic", False),
    (PAIR, "z", "logistic", False),
    (PAIR, "rank", "logistic", False),
    (PAIR, "robust", "logistic", False),
    (PAIR, "z", "ordinal", False),
    (PAIR, "z", "logistic", True),
    ((*PAIR, "containment"), "z", "logistic", False),
    ((*PAIR, "take_share"), "z", "logistic", False),
    (("containment", "longest_passage"), "z", "logistic", False),
    (("novel_words", "word_containment", "longest_passage"), "z", "logistic", False),
    (("novel_words", "word_containment", "longest_passage"), "none", "logistic", False),
)


def add_take_share(data: pd.DataFrame) -> pd.DataFrame:
    """``data`` with ``take_share``: ``source_used`` over ``min(1, length_ratio)``, clipped to [0, 1]."""
    room = np.minimum(1.0, data["length_ratio"].to_numpy(float).clip(1e-3))
    return data.assign(take_share=np.clip(data["source_used"].to_numpy(float) / room, 0.0, 1.0))


def _standardise(x: np.ndarray, how: str) -> np.ndarray:
    if how == "none":
        return x
    if len(x) < 2:
        return np.zeros_like(x)
    if how == "z":
        return (x - x.mean()) / (x.std() + 1e-9)
    if how == "rank":
        return (rankdata(x) - 0.5) / len(x) - 0.5
    q1, q2, q3 = np.percentile(x, [25, 50, 75])
    return (x - q2) / (q3 - q1 + 1e-9)


def design(data: pd.DataFrame, features, how: str, unit: str = "domain") -> np.ndarray:
    """Each feature to its log-odds (counts to log1p), standardised within each value of ``unit``."""
    x = np.column_stack(
        [
            np.log1p(data[f].to_numpy(float)) if f in COUNTS else dm.log_odds(data[f].to_numpy(float))
            for f in features
        ]
    )
    out, keys = np.zeros_like(x), data[unit].to_numpy()
    for k in np.unique(keys):
        m = keys == k
        for j in range(x.shape[1]):
            out[m, j] = _standardise(x[m, j], how)
    return out


def em_priors(proba: np.ndarray, iters: int = 100) -> np.ndarray:
    """Probabilities re-weighted by the test corpus's class priors estimated by EM (the training
    priors are equal: the fit weighs each class equally)."""
    pi, q = np.full(proba.shape[1], 1 / proba.shape[1]), proba
    for _ in range(iters):
        q = proba * pi * proba.shape[1]
        q = q / q.sum(1, keepdims=True)
        pi = q.mean(0)
    return q


def _proba(kind: str, xtr, train: pd.DataFrame, xte) -> np.ndarray:
    m = search._model(kind).fit(xtr, train["label"].to_numpy(), sample_weight=search.balance(train))
    if kind == "ordinal":
        return m.predict_proba_labels(xte)
    return m.predict_proba(xte)[:, [list(m.classes_).index(k) for k in LABELS]]


def _pred(p: np.ndarray) -> np.ndarray:
    return np.array(LABELS, dtype=object)[p.argmax(1)]


def lodo_proba(data: pd.DataFrame, features, how: str, kind: str, em: bool, unit: str = "domain"):
    """Each domain's probabilities from the model fitted on the other domain; each domain
    standardised within ``unit`` (its whole corpus, or each story)."""
    x, dom = design(data, features, how, unit), data["domain"].to_numpy()
    out = np.zeros((len(data), len(LABELS)))
    for train, test in (("courts", "answers"), ("answers", "courts")):
        p = _proba(kind, x[dom == train], data[dom == train], x[dom == test])
        out[dom == test] = em_priors(p) if em else p
    return out


def pooled_proba(data: pd.DataFrame, folds, features, how: str, kind: str, em: bool, fold_corpus: bool):
    """Out-of-fold probabilities. The test texts standardised within their whole domain, or, with
    ``fold_corpus``, within the held-out fold of their domain alone (training texts likewise)."""
    x, dom = design(data, features, how), data["domain"].to_numpy()
    out = np.zeros((len(data), len(LABELS)))
    for tr, te in folds:
        xtr, xte = (design(data.iloc[i], features, how) for i in (tr, te)) if fold_corpus else (x[tr], x[te])
        p = _proba(kind, xtr, data.iloc[tr], xte)
        if em:
            for d in ("courts", "answers"):
                m = dom[te] == d
                p[m] = em_priors(p[m])
        out[te] = p
    return out


def lodo_temperature(data: pd.DataFrame, proba: np.ndarray) -> float:
    """The temperature (on log-probabilities) minimising the balanced log loss of the LODO scores."""
    y = np.array([LABELS.index(v) for v in data["label"]])
    w, s0 = search.balance(data), np.log(np.clip(proba, 1e-12, 1))

    def loss(log_t: float) -> float:
        s = s0 / np.exp(log_t)
        logp = s - np.log(np.exp(s - s.max(1, keepdims=True)).sum(1, keepdims=True)) - s.max(1, keepdims=True)
        return float(-(w * logp[np.arange(len(y)), y]).mean())

    return float(np.exp(minimize_scalar(loss, bounds=(-3, 3), method="bounded").x))


def evaluate(data: pd.DataFrame, folds, features, how: str, kind: str, em: bool) -> dict:
    """LODO (confusion matrices), pooled CV with the test corpus the whole domain or the fold alone,
    in-domain CV, LODO with each story as the corpus, and the confident calls out of fold at the
    widest margin leaving >= 70 % of each domain confident, after the LODO temperature."""
    y, dom = data["label"].to_numpy(), data["domain"].to_numpy()
    row: dict = {}
    lp = lodo_proba(data, features, how, kind, em)
    for train, test in (("courts", "answers"), ("answers", "courts")):
        m = dom == test
        row[f"{train} -> {test}"] = search._f1(y[m], _pred(lp[m]))
        row[f"{train} -> {test} confusion"] = confusion_matrix(y[m], _pred(lp[m]), labels=LABELS).tolist()
    sp = lodo_proba(data, features, how, kind, em, unit="story")
    for train, test in (("courts", "answers"), ("answers", "courts")):
        row[f"{train} -> {test}, each story its own corpus"] = search._f1(
            y[dom == test], _pred(sp[dom == test])
        )
    pp = pooled_proba(data, folds, features, how, kind, em, fold_corpus=False)
    fp = pooled_proba(data, folds, features, how, kind, em, fold_corpus=True)
    for d in ("courts", "answers"):
        row[f"pooled CV {d}"] = search._f1(y[dom == d], _pred(pp[dom == d]))
        row[f"pooled CV {d}, the fold its own corpus"] = search._f1(y[dom == d], _pred(fp[dom == d]))
    for d in ("courts", "answers"):
        sub = data[dom == d].reset_index(drop=True)
        x, inner = design(sub, features, how), np.empty(len(sub), dtype=object)
        for tr, te in GroupKFold(5).split(sub, groups=sub["group"]):
            inner[te] = _pred(_proba(kind, x[tr], sub.iloc[tr], x[te]))
        row[f"in-domain CV {d}"] = search._f1(sub["label"].to_numpy(), inner)
    t = lodo_temperature(data, lp)
    z = np.log(np.clip(pp, 1e-12, 1)) / t
    calibrated = np.exp(z - z.max(1, keepdims=True))
    row["LODO temperature"] = round(t, 3)
    row["confident (widest margin)"] = search.confident(data, calibrated / calibrated.sum(1, keepdims=True))
    return row


def prior_shift(data: pd.DataFrame, features, how: str = "z", draws: int = 200, seed: int = 0) -> dict:
    """LODO macro-F1 with the test domain resampled (without replacement) to the other domain's mix
    of classes: mean and standard deviation over ``draws`` draws, against the test domain as it is."""
    rng = np.random.default_rng(seed)
    out = {}
    for train, test in (("courts", "answers"), ("answers", "courts")):
        tr, te = data[data["domain"] == train], data[data["domain"] == test]
        mix = tr["label"].value_counts(normalize=True)
        have = te["label"].value_counts()
        n = int(min(have[k] / mix[k] for k in LABELS))
        model_x = design(tr, features, how)
        f1s = []
        for _ in range(draws):
            idx = np.concatenate(
                [
                    rng.choice(np.where(te["label"] == k)[0], int(round(n * mix[k])), replace=False)
                    for k in LABELS
                ]
            )
            s = te.iloc[idx]
            f1s.append(
                search._f1(
                    s["label"].to_numpy(), _pred(_proba("logistic", model_x, tr, design(s, features, how)))
                )
            )
        out[f"{train} -> {test}"] = {
            "as it is": search._f1(
                te["label"].to_numpy(), _pred(_proba("logistic", model_x, tr, design(te, features, how)))
            ),
            f"resampled to {train}'s mix (n={int(sum(round(n * mix[k]) for k in LABELS))})": (
                round(float(np.mean(f1s)), 3),
                round(float(np.std(f1s)), 3),
            ),
        }
    return out


def compare(data: pd.DataFrame, folds) -> dict:
    """Every candidate of the round in the same folds, and the effect of the class mixes."""
    data = add_take_share(data)
    out = {}
    for features, how, kind, em in CANDIDATES:
        name = f"{kind}{' + EM priors' if em else ''}, {how}: {' + '.join(features)}"
        out[name] = evaluate(data, folds, features, how, kind, em)
    out["class mix resampled (z, the shipped pair)"] = prior_shift(data, PAIR)
    out["class mix resampled (z, + containment)"] = prior_shift(data, (*PAIR, "containment"))
    return out
