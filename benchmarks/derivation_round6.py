"""Issue #24, sixth round: label-free domain adaptation, the METER rules beside the model, abstention.

Imported by ``benchmarks/derivation.py``, which prints :func:`compare` in the same run as its other
figures. Every candidate the round tried is here, failures included (scratch scripts ran the same
functions on the same cached features first, so the best cells are optimistic).

Ideas (none of them needs a label of the corpus being classified):

1. corpus-relative features beside the absolute ones (each log-odds both as it is and as a z-score or
   a percentile rank within the corpus), and the test corpus's features mapped through its own ranks
   onto the training domain's quantiles (``qmap``);
2. importance weighting: the training texts weighed toward the test corpus by a domain classifier
   (logistic, train vs test on eight shares; weight p(test | x) / p(train | x), clipped to [0.1, 10]);
   a "genre" intercept: the corpus's median of a share as a feature with shared slopes (with two
   domains in the pooled folds, one intercept per domain; in leave one domain out it is constant in
   training and does nothing);
3. abstention: the share of each domain kept confident against the accuracy of those calls, by the
   margin of the top two classes, the top probability, and the agreement of the model with the METER
   rules; the lowest cut with the worse domain >= 0.85 accurate;
4. the METER rules (:class:`corpus_tools.reuse.derivation.DerivationRules`, refitted on the training
   texts by ``meter.fit_rules``) beside the model: their leaf one-hot as features, their class
   averaged with the model's where the rules' leaf is ``few_new_words``, or averaged everywhere;
   depth-2 and depth-3 trees on within-corpus z-scores or ranks of the rules' features.

Validation as in the rounds before: leave one domain out (fit on one domain only; each domain
standardised within its own texts); pooled CV in :func:`derivation.pooled_folds` with any corpus
statistic of a held-out fold computed on that fold's own texts of one domain (about 150 courts texts,
the 19 answers to one question); confident calls at the widest margin leaving >= 70 % of each
domain confident (:func:`derivation_search.confident`).

:func:`corpus_size` measures the corpus-relative model that the package ships opt-in
(:class:`corpus_tools.reuse.derivation_relative.CorpusRelativeModel`) on test corpora of a given
size: the test domain cut into corpora of at least n versions (whole stories, or random texts),
each standardised on its own. :func:`shipped_fit` gives its constants.
"""

from __future__ import annotations

import derivation_search as search
import derivation_transductive as transductive
import meter
import numpy as np
from scipy.stats import rankdata
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

from corpus_tools.reuse import derivation_model as dm
from corpus_tools.reuse import derivation_relative as dr
from corpus_tools.reuse.derivation import DERIVATION_LEAVES, DerivationRules

LABELS = list(dm.CLASSES)
PAIR = ("novel_word_share", "longest_passage")
CL = ("containment", "longest_passage")
COUNTS4 = ("novel_words", "novel_facts", "word_containment", "longest_passage")
WIDE = (
    *PAIR,
    "containment",
    "word_containment",
    "run_share",
    "sentence_aligned_share",
    "source_used",
    "novel_fact_share",
)
LEAVES = list(DERIVATION_LEAVES)


def design(df, feats) -> np.ndarray:
    """Each feature to its log-odds; counts to log1p."""
    return np.column_stack(
        [
            np.log1p(df[f].to_numpy(float))
            if f in transductive.COUNTS
            else dm.log_odds(df[f].to_numpy(float))
            for f in feats
        ]
    )


def within(df, x: np.ndarray, how: str) -> np.ndarray:
    """``x`` standardised (``z``, ``rank``) within each domain of ``df`` (each is its own corpus)."""
    out = np.zeros_like(x)
    for d in df["domain"].unique():
        m = (df["domain"] == d).to_numpy()
        for j in range(x.shape[1]):
            out[m, j] = transductive._standardise(x[m, j], how)
    return out


def _lr(x, df, w=None, c: float = 1.0):
    sw = search.balance(df) * (1.0 if w is None else w)
    return LogisticRegression(C=c, max_iter=5000).fit(x, df["label"].to_numpy(), sample_weight=sw)


def _p(m, x) -> np.ndarray:
    return m.predict_proba(x)[:, [list(m.classes_).index(k) for k in LABELS]]


def logistic(feats, how: str = "none", both: bool = False, c: float = 1.0):
    """The logistic model on log-odds, standardised within the corpus (``how``), or both side by side."""

    def fn(tr, te):
        xtr, xte = design(tr, feats), design(te, feats)
        if how != "none":
            ztr, zte = within(tr, xtr, how), within(te, xte, how)
            xtr, xte = (np.hstack([xtr, ztr]), np.hstack([xte, zte])) if both else (ztr, zte)
        return _p(_lr(xtr, tr, c=c), xte)

    return fn


def weighted(feats, how: str = "none", clip: float = 10.0):
    """Importance weighting: each training domain's texts weighed toward the test corpus."""

    def fn(tr, te):
        w = np.ones(len(tr))
        b = design(te, WIDE)
        for d in tr["domain"].unique():
            m = (tr["domain"] == d).to_numpy()
            a = design(tr[m], WIDE)
            sw = np.r_[np.full(len(a), 1 / len(a)), np.full(len(b), 1 / len(b))]
            clf = LogisticRegression(max_iter=5000).fit(
                np.vstack([a, b]), np.r_[np.zeros(len(a)), np.ones(len(b))], sample_weight=sw
            )
            p = clf.predict_proba(a)[:, 1]
            r = np.clip(p / (1 - p), 1 / clip, clip)
            w[m] = r / r.mean()
        xtr, xte = design(tr, feats), design(te, feats)
        if how != "none":
            xtr, xte = within(tr, xtr, how), within(te, xte, how)
        return _p(_lr(xtr, tr, w=w), xte)

    return fn


def quantile_map(feats):
    """The test corpus's features, by their rank in it, mapped onto the training texts' quantiles."""

    def fn(tr, te):
        xtr, xte = design(tr, feats), design(te, feats)
        out = np.zeros_like(xte)
        for d in te["domain"].unique():
            m = (te["domain"] == d).to_numpy()
            for j in range(xte.shape[1]):
                out[m, j] = np.quantile(xtr[:, j], (rankdata(xte[m, j]) - 0.5) / m.sum())
        return _p(_lr(xtr, tr), out)

    return fn


def genre(feats, stats=("novel_word_share",), interactions: bool = False):
    """The corpus's median of ``stats`` (log-odds) as features beside ``feats`` (shared slopes)."""

    def add(df, x):
        cols = [x]
        for s in stats:
            med = dm.log_odds(df.groupby("domain")[s].transform("median").to_numpy(float))[:, None]
            cols += [med, x * med] if interactions else [med]
        return np.hstack(cols)

    def fn(tr, te):
        return _p(_lr(add(tr, design(tr, feats)), tr), add(te, design(te, feats)))

    return fn


def fit_rules(tr) -> DerivationRules:
    """``meter.fit_rules``; on a training set where a split does not exist (the answers), each
    threshold clipped to its allowed range."""
    try:
        return meter.fit_rules(tr, tr["label"].to_numpy())
    except ValueError:
        y = tr["label"].to_numpy()
        w = meter.compute_sample_weight("balanced", y)
        words = tr["novel_words"].to_numpy(float)
        root = meter.stump(words, y, w)
        few = words <= root
        facts = meter.stump(tr["novel_facts"].to_numpy(float)[few], y[few], w[few])
        cont = meter.stump(tr["word_containment"].to_numpy(float)[~few], y[~few], w[~few])
        return DerivationRules(
            int(max(0, root)), int(max(0, facts)), float(np.clip(round(cont, 4), 0, 1)), 1.0
        )


def _rule_classes(r: DerivationRules, df) -> np.ndarray:
    return np.array([[DERIVATION_LEAVES[r.leaf(x)][0] == k for k in LABELS] for x in df.itertuples()], float)


def rules():
    """The METER rules refitted on the training texts (probability 1 on their class)."""
    return lambda tr, te: _rule_classes(fit_rules(tr), te)


def rules_leaf(feats, how: str = "none"):
    """The rules' leaf (one-hot, rules refitted on the training texts) beside the model's features."""

    def fn(tr, te):
        r = fit_rules(tr)
        xtr, xte = design(tr, feats), design(te, feats)
        if how != "none":
            xtr, xte = within(tr, xtr, how), within(te, xte, how)
        oh = [np.array([[r.leaf(x) == k for k in LEAVES] for x in df.itertuples()], float) for df in (tr, te)]
        return _p(_lr(np.hstack([xtr, oh[0]]), tr), np.hstack([xte, oh[1]]))

    return fn


def stacked(feats, how: str = "none", leaves=("few_new_words",)):
    """The model's probabilities averaged with the refitted rules' class where their leaf is in ``leaves``."""

    def fn(tr, te):
        r = fit_rules(tr)
        p = logistic(feats, how)(tr, te)
        at = np.array([r.leaf(x) in leaves for x in te.itertuples()])
        p[at] = 0.5 * p[at] + 0.5 * _rule_classes(r, te)[at]
        return p

    return fn


def tree(feats, depth: int, how: str = "z", leaf: int = 10):
    """A balanced tree (>= ``leaf`` texts a leaf) on the features standardised within the corpus."""

    def fn(tr, te):
        xtr, xte = within(tr, design(tr, feats), how), within(te, design(te, feats), how)
        t = DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, random_state=0)
        t.fit(xtr, tr["label"].to_numpy(), sample_weight=search.balance(tr))
        return _p(t, xte)

    return fn


def average(*fns):
    return lambda tr, te: sum(f(tr, te) for f in fns) / len(fns)


#: (name, candidate): every candidate of the round, in the order of the table in benchmarks/README.md
CANDIDATES = (
    ("shipped pair, as shipped", logistic(PAIR)),
    ("shipped pair, z-scores (round 3)", logistic(PAIR, "z")),
    ("containment + longest_passage, z-scores (round 3; shipped opt-in this round)", logistic(CL, "z")),
    ("1. shipped pair, absolute + z", logistic(PAIR, "z", both=True)),
    ("1. shipped pair, absolute + rank", logistic(PAIR, "rank", both=True)),
    ("1. containment + longest_passage, absolute + z", logistic(CL, "z", both=True)),
    ("1. shipped pair, quantile-mapped", quantile_map(PAIR)),
    ("1. containment + longest_passage, quantile-mapped", quantile_map(CL)),
    ("1. the rules' four features, quantile-mapped", quantile_map(COUNTS4)),
    ("1. novel_words + containment + longest_passage, z", logistic(("novel_words", *CL), "z")),
    ("1. the rules' four features, z", logistic(COUNTS4, "z")),
    ("1. containment + longest_passage, z, C=0.1", logistic(CL, "z", c=0.1)),
    ("2. shipped pair, importance-weighted", weighted(PAIR)),
    ("2. shipped pair, z, importance-weighted", weighted(PAIR, "z")),
    ("2. containment + longest_passage, importance-weighted", weighted(CL)),
    ("2. containment + longest_passage, z, importance-weighted", weighted(CL, "z")),
    ("2. shipped pair + genre median of novel_word_share", genre(PAIR)),
    ("2. the same, with interactions", genre(PAIR, interactions=True)),
    ("2. shipped pair + genre medians of both", genre(PAIR, stats=PAIR)),
    ("2. the rules' four features + genre median, interactions", genre(COUNTS4, interactions=True)),
    ("4. METER rules refitted", rules()),
    ("4. rules' leaf + shipped pair", rules_leaf(PAIR)),
    ("4. rules' leaf + shipped pair, z", rules_leaf(PAIR, "z")),
    ("4. rules' leaf + containment + longest_passage, z", rules_leaf(CL, "z")),
    ("4. rules where few_new_words, else shipped pair", stacked(PAIR)),
    (
        "4. rules where few_new_words or new_words_few_shared, else shipped pair",
        stacked(PAIR, leaves=("few_new_words", "new_words_few_shared")),
    ),
    ("4. rules where few_new_words, else containment + longest_passage, z", stacked(CL, "z")),
    ("4. rules averaged with containment + longest_passage, z", average(rules(), logistic(CL, "z"))),
    (
        "4. rules' leaf + pair averaged with containment + longest_passage, z",
        average(rules_leaf(PAIR), logistic(CL, "z")),
    ),
    ("1+4. depth-2 tree, ranks of the rules' four features", tree(COUNTS4, 2, "rank")),
    ("1+4. depth-2 tree, z of the rules' four features", tree(COUNTS4, 2)),
    ("1+4. depth-3 tree, ranks of the rules' four features", tree(COUNTS4, 3, "rank")),
    ("1+4. depth-3 tree, z of the rules' four features", tree(COUNTS4, 3)),
    ("1+4. depth-3 tree, z of the rules' four features, >= 30 a leaf", tree(COUNTS4, 3, leaf=30)),
    ("1+4. depth-3 tree, z of the rules' four features + containment", tree((*COUNTS4, "containment"), 3)),
    ("1. depth-2 tree, ranks of shipped pair + containment", tree((*PAIR, "containment"), 2, "rank")),
    ("1. depth-2 tree, z of containment + longest_passage", tree(CL, 2)),
    ("1. depth-3 tree, z of containment + longest_passage", tree(CL, 3)),
    (
        "1+4. containment + longest_passage z averaged with the depth-3 z tree",
        average(logistic(CL, "z"), tree(COUNTS4, 3)),
    ),
)


def probabilities(data, folds, fn) -> tuple[np.ndarray, np.ndarray]:
    """Leave-one-domain-out and pooled out-of-fold probabilities of one candidate."""
    dom = data["domain"].to_numpy()
    lodo, oof = np.zeros((len(data), 3)), np.zeros((len(data), 3))
    for train, test in (("courts", "answers"), ("answers", "courts")):
        m = dom == test
        lodo[m] = fn(data[dom == train].reset_index(drop=True), data[m].reset_index(drop=True))
    for tr, te in folds:
        oof[te] = fn(data.iloc[tr].reset_index(drop=True), data.iloc[te].reset_index(drop=True))
    return lodo, oof


def _pred(p: np.ndarray) -> np.ndarray:
    return np.array(LABELS, dtype=object)[p.argmax(1)]


def evaluate(data, folds, fn) -> dict:
    """Both LODO directions, pooled CV per domain, the worst of the four, the confident calls."""
    y, dom = data["label"].to_numpy(), data["domain"].to_numpy()
    lodo, oof = probabilities(data, folds, fn)
    row = {
        "courts -> answers": search._f1(y[dom == "answers"], _pred(lodo[dom == "answers"])),
        "answers -> courts": search._f1(y[dom == "courts"], _pred(lodo[dom == "courts"])),
        "pooled CV courts": search._f1(y[dom == "courts"], _pred(oof[dom == "courts"])),
        "pooled CV answers": search._f1(y[dom == "answers"], _pred(oof[dom == "answers"])),
    }
    row["worst of the four"] = min(row.values())
    c = search.confident(data, oof)
    row["confident (widest margin): share, accuracy"] = {
        d: [float(v) for v in c[d]] for d in ("courts", "answers")
    }
    return row


def curve(data, proba: np.ndarray, certainty: np.ndarray) -> dict:
    """Per share of each domain kept confident (the most certain by ``certainty``, cut within each
    domain's own texts, which needs no label): the accuracy of the kept calls; and the lowest single cut
    of ``certainty`` at which both domains' kept calls are >= 0.85 accurate, with the shares kept."""
    y = np.array([LABELS.index(v) for v in data["label"]])
    dom, ok = data["domain"].to_numpy(), proba.argmax(1) == y
    out: dict = {}
    for share in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4):
        acc = []
        for d in ("courts", "answers"):
            m = dom == d
            kept = m & (certainty >= (np.quantile(certainty[m], 1 - share) if share < 1 else -np.inf))
            acc.append(round(float(ok[kept].mean()), 3))
        out[f"{share:.0%} kept: accuracy courts, answers"] = acc
    out["lowest cut with both domains >= 0.85 accurate: share kept courts, answers"] = None
    for t in np.unique(np.round(certainty, 3)):
        kept = [(dom == d) & (certainty >= t) for d in ("courts", "answers")]
        if all(k.any() and ok[k].mean() >= 0.85 for k in kept):
            out["lowest cut with both domains >= 0.85 accurate: share kept courts, answers"] = [
                round(float(k.sum() / (dom == d).sum()), 3)
                for k, d in zip(kept, ("courts", "answers"), strict=True)
            ]
            break
    return out


def abstention(data, folds) -> dict:
    """:func:`curve` of four candidates by margin and top probability, and by agreement with the rules."""
    gap = lambda p: np.diff(np.sort(p, 1)[:, -2:], axis=1)[:, 0]  # noqa: E731
    _, by_rules = probabilities(data, folds, rules())
    out = {}
    for name, fn in (
        ("shipped pair", logistic(PAIR)),
        ("rules' leaf + shipped pair", rules_leaf(PAIR)),
        ("containment + longest_passage, z", logistic(CL, "z")),
        ("rules where few_new_words, else containment + longest_passage, z", stacked(CL, "z")),
    ):
        _, p = probabilities(data, folds, fn)
        agree = (p.argmax(1) == by_rules.argmax(1)).astype(float)
        out[name] = {
            "by margin": curve(data, p, gap(p)),
            "by top probability": curve(data, p, p.max(1)),
            "agreeing with the rules first, then by margin": curve(data, p, agree + gap(p)),
        }
    return out


def _chunks(te, n: int, seed: int, stories: bool) -> list[np.ndarray]:
    """The test texts cut into corpora of >= ``n`` versions: whole stories in random order, or texts."""
    rng = np.random.default_rng(seed)
    if not stories:
        idx = rng.permutation(len(te))
        return [idx[i : i + n] for i in range(0, len(te), n)]
    out, cur, story = [], [], te["story"].to_numpy()
    for s in rng.permutation(np.unique(story)):
        cur += list(np.where(story == s)[0])
        if len(cur) >= n:
            out.append(np.array(cur))
            cur = []
    return [*out, np.array(cur)] if cur else out


def corpus_size(data, draws: int = 10) -> dict:
    """LODO macro-F1 (mean, sd over ``draws`` cuts) of the relative model (fitted on the other domain,
    that domain standardised on its own) when the test domain is classified as corpora of >= n versions."""
    dom, out = data["domain"].to_numpy(), {}
    for train, test in (("courts", "answers"), ("answers", "courts")):
        tr, te = data[dom == train].reset_index(drop=True), data[dom == test].reset_index(drop=True)
        m = _lr(within(tr, design(tr, dr.RELATIVE_FEATURES), "z"), tr)
        x, row = design(te, dr.RELATIVE_FEATURES), {}
        for stories in (True, False):
            for n in (3, 5, 10, 20, 50, 100):
                if n >= len(te):
                    continue
                f1s = []
                for seed in range(draws):
                    z = np.zeros_like(x)
                    for c in _chunks(te, n, seed, stories):
                        z[c] = np.column_stack(
                            [transductive._standardise(x[c, j], "z") for j in range(x.shape[1])]
                        )
                    f1s.append(search._f1(te["label"].to_numpy(), _pred(_p(m, z))))
                key = f"{'whole stories' if stories else 'random texts'}, corpora of >= {n}"
                row[key] = [round(float(np.mean(f1s)), 3), round(float(np.std(f1s)), 3)]
        out[f"{train} -> {test}"] = row
    return out


def shipped_fit(data, folds) -> dict:
    """The constants of :class:`corpus_tools.reuse.derivation_relative.CorpusRelativeModel`: the
    logistic model on z-scores of :data:`~corpus_tools.reuse.derivation_relative.RELATIVE_FEATURES`
    (each domain standardised on its own) fitted on both domains; the temperature minimising the
    balanced log loss of its leave-one-domain-out probabilities; the widest margin leaving >= 70 % of
    each domain confident out of fold (pooled folds, each held-out fold its own corpus); then the
    package's class with those constants, each domain classified as one corpus (in sample)."""
    feats = dr.RELATIVE_FEATURES
    m = _lr(within(data, design(data, feats), "z"), data)
    weights = {
        k: [round(float(m.intercept_[i]), 4), *(round(float(w), 4) for w in m.coef_[i])]
        for k, i in ((k, list(m.classes_).index(k)) for k in LABELS)
    }
    lodo, oof = probabilities(data, folds, logistic(feats, "z"))
    t = transductive.lodo_temperature(data, lodo)
    z = np.log(np.clip(oof, 1e-12, 1)) / t
    calibrated = np.exp(z - z.max(1, keepdims=True))
    calibrated /= calibrated.sum(1, keepdims=True)
    conf = search.confident(data, calibrated)
    shipped = dr.CorpusRelativeModel()
    y, dom = data["label"].to_numpy(), data["domain"].to_numpy()
    return {
        "WEIGHTS (intercept, then per feature)": weights,
        "TEMPERATURE (LODO)": round(t, 4),
        "CHECK_MARGIN (widest leaving >= 70 % of each domain confident)": conf.get("margin"),
        "confident out of fold at that margin: share, accuracy": {
            d: [float(v) for v in conf[d]] for d in ("courts", "answers")
        },
        "package model, each domain one corpus, in sample": {
            d: search._f1(y[dom == d], shipped.predict(data[dom == d])) for d in ("courts", "answers")
        },
    }


def compare(data, folds) -> dict:
    """Every candidate of the round, the abstention curves, the corpus-size curve, the shipped constants."""
    out: dict = {"candidates": {name: evaluate(data, folds, fn) for name, fn in CANDIDATES}}
    out["abstention (out of fold)"] = abstention(data, folds)
    out["relative model: LODO by the size of the test corpus"] = corpus_size(data)
    out["relative model: constants shipped"] = shipped_fit(data, folds)
    return out
