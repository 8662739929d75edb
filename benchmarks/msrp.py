"""Fit and check the sentence score on the Microsoft Research Paraphrase Corpus (training part).

Run: ``python benchmarks/msrp.py [PATH]`` (default ``../shared/data/msrp/msr_paraphrase_train.txt``).

Reports 10-fold cross-validated accuracy (folds stratified, seed 0) of:
plain word Jaccard with a tuned threshold (baseline), the former alignment score
(word Dice of the surface forms, tuned threshold) and the calibrated
:func:`corpus_tools.reuse.similarity.sentence_score` (logistic regression refitted in
each fold, threshold 0.5; as a paraphrase score, ``compressions=False``, and with
the compression route, which MSRP's labels penalise), then prints the weights fitted on all 4,076 pairs,
which are :data:`corpus_tools.reuse.similarity.SCORE_WEIGHTS`. IDF comes from the
MSRP sentences.
"""

from __future__ import annotations

import argparse
import csv
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse.similarity import (
    FEATURES,
    SCORE_WEIGHTS,
    features,
    idf_weights,
    sentence_words,
    window,
)

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "msrp" / "msr_paraphrase_train.txt"


def read(path: Path) -> tuple[list[tuple[str, str]], np.ndarray]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [(r[3], r[4]) for r in rows], np.array([int(r[0]) for r in rows])


def best_threshold(x: np.ndarray, y: np.ndarray) -> float:
    grid = np.unique(np.round(x, 3))
    acc = [((x >= t) == y).mean() for t in grid]
    return float(grid[int(np.argmax(acc))])


def cv_threshold(x: np.ndarray, y: np.ndarray, folds) -> float:
    accs = []
    for tr, te in folds:
        t = best_threshold(x[tr], y[tr])
        accs.append(((x[te] >= t) == y[te]).mean())
    return float(np.mean(accs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--c", type=float, default=100.0, help="inverse regularisation of the logistic model")
    args = ap.parse_args()
    pairs, y = read(Path(args.path))
    words = [(sentence_words(WORD_RE.findall(a)), sentence_words(WORD_RE.findall(b))) for a, b in pairs]
    idf = idf_weights(w.keys for pair in words for w in pair)
    x = np.array([features(a, b, idf) for a, b in words])
    xw = np.array([features(*window(a, b), idf) for a, b in words])
    jac = np.array([len(set(a.keys) & set(b.keys)) / len(set(a.keys) | set(b.keys)) for a, b in words])
    dice = np.array(
        [
            2
            * sum(m.size for m in SequenceMatcher(None, a.keys, b.keys, autojunk=False).get_matching_blocks())
            / (len(a.keys) + len(b.keys))
            for a, b in words
        ]
    )
    folds = list(StratifiedKFold(10, shuffle=True, random_state=0).split(x, y))
    accs, accs_c = [], []
    for tr, te in folds:
        model = LogisticRegression(C=args.c, max_iter=10000).fit(x[tr], y[tr])
        accs.append((model.predict(x[te]) == y[te]).mean())
        both = np.maximum(model.decision_function(x[te]), model.decision_function(xw[te]))
        accs_c.append(((both > 0) == y[te]).mean())
    print(f"pairs {len(y)}, paraphrases {y.mean():.3f} (majority class {max(y.mean(), 1 - y.mean()):.3f})")
    print(f"word Jaccard, tuned threshold (10-fold CV)   accuracy {cv_threshold(jac, y, folds):.3f}")
    print(f"word Dice (former score), tuned threshold      accuracy {cv_threshold(dice, y, folds):.3f}")
    print(
        f"sentence_score(compressions=False), logistic   accuracy {np.mean(accs):.3f} (sd {np.std(accs):.3f})"
    )
    print(
        f"sentence_score(compressions=True)              accuracy {np.mean(accs_c):.3f}"
        f" (sd {np.std(accs_c):.3f})"
    )
    model = LogisticRegression(C=args.c, max_iter=10000).fit(x, y)
    fitted = {"intercept": round(float(model.intercept_[0]), 3)}
    fitted.update({f: round(float(w), 3) for f, w in zip(FEATURES, model.coef_[0], strict=True)})
    print("weights fitted on all pairs:", fitted)
    if fitted != SCORE_WEIGHTS:
        print("(differ from corpus_tools.reuse.similarity.SCORE_WEIGHTS:", SCORE_WEIGHTS, ")")


if __name__ == "__main__":
    main()
