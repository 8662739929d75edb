"""Variants of the fitted alignment decision replayed on its saved feature frame (issue 24, round 9).

Run: ``python benchmarks/sentence_decision.py --frame FRAME.pkl`` once, then
``python benchmarks/sentence_decision_variants.py FRAME.pkl``.

Each variant is fitted and thresholded on four date folds and scored on the fifth, exactly as
:func:`sentence_decision.report` does; printed per variant: recall / precision of reused sentences
pooled out of fold and per fold (the 08.12.99 date is the second fold). Variants:

- ``gate N``: the model may not align a sentence the rules call new in a text of at most N
  sentences (the fitted decision's known failure on one- to five-sentence texts);
- ``+small``: a feature, the text has at most 5 sentences; ``+small_x_new``: that, for a sentence
  the rules call new;
- ``+inter``: four products of the features (held_share squared, run_share x score,
  held_share x doc_held_share, source_cover x target_cover).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sentence_decision as sd  # noqa: E402

INTER = ["held2", "run_x_score", "held_x_doc", "src_x_tgt"]


def extended(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The frame with the candidate features, and each row's text length in sentences."""
    f = frame.copy()
    sizes = np.expm1(f.groupby("doc_id")["doc_sentences_log"].transform("max")).round()
    f["small"] = (sizes <= 5).astype(float)
    f["small_x_new"] = f["small"] * (~f["rules"]).astype(float)
    f["held2"] = f["held_share"] ** 2
    f["run_x_score"] = f["run_share"] * f["score"]
    f["held_x_doc"] = f["held_share"] * f["doc_held_share"]
    f["src_x_tgt"] = f["source_cover"] * f["target_cover"]
    return f, sizes


def held_out(frame: pd.DataFrame, features: list[str], sizes: pd.Series, gate: int | None) -> str:
    base = sd.FEATURES
    sd.FEATURES = tuple(features)
    try:
        g = frame.copy()
        if gate is not None:
            g["admissible"] = g["admissible"] & ~(sizes <= gate)
        r = sd.report(g)
    finally:
        sd.FEATURES = base
    m = r["model, held out (threshold from the training dates), pooled"]
    folds = " ".join(
        f"{p['model, held out']['recall']:.3f}/{p['model, held out']['precision']:.3f}"
        for p in r["by date fold"]
    )
    return f"{m['recall']:.3f} / {m['precision']:.3f} (F1 {m['f1']:.3f}); folds {folds}"


def main() -> None:
    frame, sizes = extended(pd.read_pickle(sys.argv[1]))
    base = list(sd.FEATURES)
    variants = {
        "shipped features": base,
        "+small": [*base, "small"],
        "+small_x_new": [*base, "small_x_new"],
        "+inter": base + INTER,
        "+small_x_new +inter": [*base, "small_x_new", *INTER],
    }
    for name, feats in variants.items():
        for gate in (None, 3, 5):
            print(f"{name}, gate {gate}: {held_out(frame, feats, sizes, gate)}", flush=True)


if __name__ == "__main__":
    main()
