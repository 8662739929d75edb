"""Readable cuts of the shipped rules' rewritten sentences, fitted by date folds (issue 24, round 32).

Run: ``python benchmarks/sentence_cuts.py FRAME.csv`` where ``FRAME.csv`` is the dump of
``python benchmarks/sentence_post_decision.py --dump FRAME.csv`` (the labelled METER courts
sentences with the shipped rules' class and the pair features of its :data:`FEATURES`).

A cut sets new every sentence the rules call ``rewritten`` whose feature is below a threshold
(one feature), or whose two features are both below theirs (a pair of :data:`PAIRS`). Each
threshold is chosen on four GroupKFold folds of the dates (the folds of
``benchmarks/sentence_reuse.py``) by a criterion of :data:`CRITERIA` and applied to the fifth;
the pooled figure of the five held-out folds is printed for each cut and criterion, with the
sentences it moves (annotated New by METER, annotated reused). ``nested`` chooses the cut itself
(feature or pair, and thresholds) on the four training folds too: the honest figure of the whole
search, since the single best line of the table was picked after seeing every line.
``--folds dates`` leaves out one date at a time instead (fit on the other dates, test on one:
issue 24's date folds; round 35). ``--answers``: the Clough & Stevenson answers' sentences of
a dump made with ``sentence_post_decision.py --answers`` (``date`` ``task a``...) join every
training set and are never scored; without it they are left out. ``--specific story`` (or
``take``) adds round 36's features for shape B (:data:`SPECIFIC_SINGLES`, :data:`TAKE_SINGLES` and
their pairs; a dump of round 36's ``sentence_post_decision.py`` holds them); ``--settings D1.csv
...`` joins dumps made at other cover settings (``sentence_post_decision.py --cover``, the same
sentences in the same order) to a further nested search, over each setting's rules and cuts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

#: single features (columns of ``sentence_post_decision.FEATURES``): the share of the sentence's
#: evidence words its chosen sources hold, of its words matched in its primary source sentence,
#: of its text's body sentences aligned, the longest shared run over its length, the share of the
#: primary source sentence matched, the score
SINGLES = ("held", "target_cover", "doc_share", "run_share", "source_cover", "score")
PAIRS = (("target_cover", "held"), ("doc_share", "held"), ("doc_share", "target_cover"))
#: round 36's features for shape B (only a story's topic words or a name shared): of the evidence
#: words a sentence's sources hold, the share found in at most two of the story's distinct source
#: sentences or numbers (``specific_share``); those words over all its evidence words
#: (``specific_cover``); their count, capped at 3 (``n_specific``); read with ``--specific``
SPECIFIC_SINGLES = ("specific_share", "specific_cover", "n_specific")
#: the same three read by take (a word common when found in three or more sentences of one source
#: file, as the alignment's ``common`` words): the second try, after the first missed (round 36)
TAKE_SINGLES = ("file_specific_share", "file_specific_cover", "n_file_specific")
SPECIFIC_PAIRS = (
    ("specific_share", "held"),
    ("specific_share", "doc_share"),
    ("specific_share", "target_cover"),
    ("specific_cover", "doc_share"),
    ("n_specific", "doc_share"),
    ("n_specific", "held"),
)
TAKE_PAIRS = tuple((a.replace("specific", "file_specific"), b) for a, b in SPECIFIC_PAIRS)
GRID = np.round(np.arange(0.05, 0.85, 0.05), 2)
#: thresholds of a count (``n_specific``): "< 1" is none, "< 2" at most one
COUNT_GRID = (1.0, 2.0, 3.0)
#: F1 and the smaller of recall and precision are ``sentence_reuse.py``'s criteria; ``p825`` is
#: the best precision among the thresholds that keep recall >= 0.825 on the training folds
CRITERIA = ("f1", "min", "p825")


def value(tp: int, n_reused: int, n_aligned: int, crit: str) -> float:
    r, p = tp / max(1, n_reused), tp / max(1, n_aligned)
    if crit == "f1":
        return 2 * r * p / max(1e-9, r + p)
    if crit == "min":
        return min(r, p)
    return p if r >= 0.825 else r - 1


def cuts(f: pd.DataFrame, names: tuple) -> list[tuple[tuple, np.ndarray]]:
    """Every (name, thresholds) with the mask of the rewritten sentences it sets new; thresholds 0
    (no cut) first."""
    rw = (f.cls == "rewritten").to_numpy()
    out = [((*names, 0.0), np.zeros(len(f), bool))]
    ga, gb = (COUNT_GRID if n.startswith("n_") else GRID for n in (*names, names[0])[:2])
    if len(names) == 1:
        return out + [((names[0], a), rw & (f[names[0]].to_numpy() < a)) for a in ga]
    xa, xb = f[names[0]].to_numpy(), f[names[1]].to_numpy()
    return out + [((*names, a, b), rw & (xa < a) & (xb < b)) for a in ga for b in gb]


def _base(option: tuple, aligned: np.ndarray) -> np.ndarray:
    """The sentences an option's rules align before its cut: its own setting's (a third element,
    ``--settings``) or the frame's."""
    return option[2] if len(option) > 2 else aligned


def held_out(f: pd.DataFrame, fold: np.ndarray, options: list, crit: str) -> dict:
    """Each fold cut by the option of ``options`` the other folds prefer by ``crit``; pooled."""
    reused, aligned = f.reused.to_numpy(), f.aligned.to_numpy()
    kept, picks = aligned.copy(), []
    n_folds = int(fold.max()) + 1
    for k in range(n_folds):
        train = fold != k
        n_reused = int((reused & train).sum())

        def score(option, train=train, n_reused=n_reused):
            al = _base(option, aligned) & ~option[1] & train
            return value(int((reused & al).sum()), n_reused, int(al.sum()), crit)

        best = max(options, key=score)  # the first best: no cut wins a tie
        picks.append([x if isinstance(x, str) else float(x) for x in best[0]])
        kept[fold == k] = (_base(best, aligned) & ~best[1])[fold == k]
    court = fold >= 0  # the answers' sentences (fold -1) train only
    tp, moved = int((reused & kept & court).sum()), aligned & ~kept & court
    r, p = tp / (reused & court).sum(), tp / (kept & court).sum()
    by_fold = [
        f"{(reused & kept)[fold == k].sum() / reused[fold == k].sum():.3f} / "
        f"{(reused & kept)[fold == k].sum() / kept[fold == k].sum():.3f}"
        for k in range(n_folds)
    ]
    return {
        "picks by held-out fold": picks,
        "recall / precision by held-out fold": by_fold,
        "held out, pooled": {
            "recall": round(r, 4),
            "precision": round(p, 4),
            "f1": round(2 * r * p / (r + p), 4),
        },
        "moved (New by METER, reused)": [int((moved & ~reused).sum()), int((moved & reused).sum())],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("frame", help="the CSV of sentence_post_decision.py --dump")
    ap.add_argument(
        "--folds", choices=("group5", "dates"), default="group5", help="GroupKFold(5) or one date out"
    )
    ap.add_argument("--answers", action="store_true", help="the answers' sentences join every training set")
    ap.add_argument(
        "--specific",
        choices=("story", "take"),
        help="round 36's features for shape B join the search (df by)",
    )
    ap.add_argument(
        "--settings",
        nargs="+",
        help="dumps of other cover settings (same sentences): joined to the nested search",
    )
    args = ap.parse_args()
    f = pd.read_csv(args.frame)
    f["aligned"] = f.cls != "new"
    answers = f.date.str.startswith("task ")
    if not args.answers:
        f, answers = f[~answers].reset_index(drop=True), answers[~answers].reset_index(drop=True)
    fold = np.full(len(f), -1)
    split = GroupKFold(5) if args.folds == "group5" else LeaveOneGroupOut()
    court = np.where(~answers)[0]
    for k, (_, te) in enumerate(split.split(court, groups=f.date[~answers])):
        fold[court[te]] = k
    f_court = f[~answers]
    tp = int((f_court.reused & f_court.aligned).sum())
    report: dict = {
        "rules": {
            "recall": round(tp / f_court.reused.sum(), 4),
            "precision": round(tp / f_court.aligned.sum(), 4),
        }
    }
    every: list = []
    singles, pairs = SINGLES, PAIRS
    if args.specific:
        more = {"story": (SPECIFIC_SINGLES, SPECIFIC_PAIRS), "take": (TAKE_SINGLES, TAKE_PAIRS)}[
            args.specific
        ]
        singles, pairs = singles + more[0], pairs + more[1]
    for names in [(s,) for s in singles] + list(pairs):
        options = cuts(f, names)
        every += options[1:]
        for crit in CRITERIA:
            report[f"{' & '.join(names)} ({crit})"] = held_out(f, fold, options, crit)
    for crit in CRITERIA:
        report[f"nested: the cut chosen on the training folds too ({crit})"] = held_out(
            f, fold, [(("none", 0.0), np.zeros(len(f), bool)), *every], crit
        )
    if args.settings:
        every = [(("shipped", *o[0]), o[1]) for o in [(("none", 0.0), np.zeros(len(f), bool)), *every]]
        for path in args.settings:
            g = pd.read_csv(path)
            g = g[~g.date.str.startswith("task ")] if not args.answers else g
            g = g.reset_index(drop=True)
            if not (g[["doc_id", "sent_id"]].to_numpy() == f[["doc_id", "sent_id"]].to_numpy()).all():
                raise ValueError(f"{path}: not the sentences of {args.frame}, in the same order")
            base, name = (g.cls != "new").to_numpy(), Path(path).stem
            every.append(((name, "none", 0.0), np.zeros(len(f), bool), base))
            for names in [(s,) for s in singles] + list(pairs):
                every += [((name, *o[0]), o[1], base) for o in cuts(g, names)[1:]]
            tp = int((g.reused & base & ~answers).sum())
            report[f"rules at {name}"] = {
                "recall": round(tp / g.reused[~answers].sum(), 4),
                "precision": round(tp / base[~answers].sum(), 4),
            }
        for crit in CRITERIA:
            report[f"nested over the settings and cuts ({crit})"] = held_out(f, fold, every, crit)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
