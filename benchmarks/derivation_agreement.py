"""Where the METER rules and the model fitted across domains disagree: the second-opinion check.

Run: ``python benchmarks/derivation_agreement.py [--meter meter-courts.tar.gz] [--answers
clough-stevenson.tar.gz] [--cache DIR] [--features FILE]`` (defaults: ``../shared/data/``).

The findings' derivation class comes from the METER rules
(:class:`corpus_tools.reuse.derivation.DerivationRules`); :func:`corpus_tools.report.checks.derivation_check`
flags it ``check:`` when the shipped model fitted across domains
(:class:`corpus_tools.reuse.derivation_model.DerivationModel`) gives another class. This script
measures that flag on every labelled METER courts text and every Clough & Stevenson answer (the
features of ``benchmarks/derivation.py``): per domain, how often the two disagree, the accuracy of
the rules' class where they agree and where they disagree, and how many of the rules' wrong
classes the flag catches. It does so twice: with the shipped model (fitted on both domains, so in
sample) and with the model refitted out of fold (``derivation.pooled_folds``: a fifth of the
courts dates and one question held out at a time), which is the fair figure. ``--correctness``
adds round 36's try at issue 24's confident calls: a logistic model of whether the rules' class is
right (:func:`correctness`, on every text measure of ``benchmarks/derivation.py`` and the rule's
leaf), fitted one date (and one question) out, its least sure texts flagged, so that the confident
calls are the most sure 70% of each domain.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import LeaveOneGroupOut

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (the features and folds of benchmarks/derivation.py)

from corpus_tools.report.checks import derivation_check  # noqa: E402
from corpus_tools.reuse.derivation import DerivationRules, _classify_by_rules  # noqa: E402
from corpus_tools.reuse.derivation_model import DerivationModel  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def features(meter: Path, answers: Path, cache: Path, stored: Path) -> pd.DataFrame:
    """The labelled texts of both domains with their features (stored in ``stored`` once)."""
    if stored.exists():
        return pickle.loads(stored.read_bytes())
    courts, _, _ = bench.courts(str(meter), cache)
    data = pd.concat([courts, bench.answers(str(answers), cache)], ignore_index=True)
    stored.write_bytes(pickle.dumps(data))
    return data


def agreement(data: pd.DataFrame, model_class: np.ndarray) -> pd.DataFrame:
    """Per domain: texts, the share flagged (``model_class`` differs from the rules' class), the
    rules' accuracy on the texts not flagged and on those flagged, and the rules' wrong classes
    the flag catches."""
    rows = []
    for domain in ("courts", "answers"):
        m = (data["domain"] == domain).to_numpy()
        rules, label, other = data["rules"].to_numpy()[m], data["label"].to_numpy()[m], model_class[m]
        agree, right = rules == other, rules == label
        rows.append(
            {
                "domain": domain,
                "texts": int(m.sum()),
                "flagged": round(float((~agree).mean()), 3),
                "right_unflagged": round(float(right[agree].mean()), 3),
                "right_flagged": round(float(right[~agree].mean()), 3),
                "wrong_flagged": f"{int((~agree & ~right).sum())} of {int((~right).sum())}",
            }
        )
    return pd.DataFrame(rows)


#: the text measures the correctness model reads (``benchmarks/derivation.py``'s features)
MEASURES = (
    "verbatim_share near_verbatim_share rewritten_share new_share containment source_containment "
    "longest_passage mean_score word_containment length_ratio novel_word_share novel_fact_share "
    "sentence_aligned_share run_share source_used unique_share aligned_verbatim_share order_share "
    "run3_share run10_share mean_run runs_per_100"
).split()


def correctness(data: pd.DataFrame, leaves: pd.Series, *, share: float = 0.7, c: float = 0.1) -> pd.DataFrame:
    """Per domain, the accuracy of the rules' class on the ``share`` of texts a logistic model
    (standardised :data:`MEASURES` and the rule's leaf, ``C=c``) holds the surest to be right,
    fitted with one group (a courts date, a question) out; and the model's AUC held out."""
    x = pd.concat(
        [data[list(MEASURES)].astype(float), pd.get_dummies(leaves, prefix="leaf").astype(float)], axis=1
    )
    right = (data["rules"] == data["label"]).to_numpy()
    p = np.zeros(len(data))
    for tr, te in LeaveOneGroupOut().split(x, groups=data["group"].astype(str)):
        mu, sd = x.iloc[tr].mean(), x.iloc[tr].std().replace(0, 1)
        fitted = LogisticRegression(C=c, max_iter=3000).fit((x.iloc[tr] - mu) / sd, right[tr])
        p[te] = fitted.predict_proba((x.iloc[te] - mu) / sd)[:, 1]
    rows = []
    for domain in ("courts", "answers"):
        m = (data["domain"] == domain).to_numpy()
        sure = p[m] >= np.quantile(p[m], 1 - share)
        rows.append(
            {
                "domain": domain,
                "texts": int(m.sum()),
                "rules right": round(float(right[m].mean()), 3),
                "confident": round(float(sure.mean()), 3),
                "right_confident": round(float(right[m][sure].mean()), 3),
                "AUC held out": round(float(roc_auc_score(right[m], p[m])), 3),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", type=Path, default=DATA / "meter-courts.tar.gz")
    ap.add_argument("--answers", type=Path, default=DATA / "clough-stevenson.tar.gz")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/derivation_sentences"))
    ap.add_argument("--features", type=Path, default=Path("/tmp/derivation_agreement_features.pkl"))
    ap.add_argument("--correctness", action="store_true", help="round 36's model of the rules' right classes")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    data = features(args.meter, args.answers, args.cache, args.features)
    ruled = data.copy()
    _classify_by_rules(ruled, DerivationRules())
    data["rules"] = ruled["derivation"].to_numpy()
    shipped = DerivationModel().predict(data)
    proba = bench.softmax(bench.out_of_fold_scores(data, bench.pooled_folds(data)))
    refitted = np.array(bench.LABELS, dtype=object)[proba.argmax(1)]
    with pd.option_context("display.width", 200):
        print("the shipped model (fitted on both domains: in sample)")
        print(agreement(data, shipped).to_string(index=False))
        print("\nthe model refitted out of fold (a fifth of the courts dates and one question held out)")
        print(agreement(data, refitted).to_string(index=False))
        # every check: flag of a class, as the findings show it (weak leaf, near a threshold, or
        # the shipped model's other class): the "model" column reads "flagged" as any flag
        flags = np.array([derivation_check(r) for _, r in ruled.iterrows()], dtype=object)
        anyflag = np.where(flags != "", "flag", data["rules"].to_numpy())
        print("\nevery check: flag of the findings (a weak leaf, near a threshold, or the shipped model)")
        print(agreement(data, anyflag).to_string(index=False))
        before = np.array(
            [derivation_check(r.drop(["novel_word_share"])) for _, r in ruled.iterrows()], dtype=object
        )
        print("\nthe flags before the model's second opinion (a weak leaf or near a threshold)")
        earlier = np.where(before != "", "flag", data["rules"].to_numpy())
        print(agreement(data, earlier).to_string(index=False))
        if args.correctness:
            print("\nthe surest 70% by a model of the rules' right classes (one date, one question out)")
            print(correctness(data, ruled["rule"]).to_string(index=False))


if __name__ == "__main__":
    main()
