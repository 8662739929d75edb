"""METER courts: fit and check the derivation classes and the sentence alignment.

Run: ``python benchmarks/meter.py [meter-courts.tar.gz] [--cache DIR]`` (default
``../shared/data/meter-courts.tar.gz``; extracted to a temporary folder).

For every story (PA takes grouped as one source, ``load_meter``), the newspaper
texts are aligned to the PA witness and :func:`corpus_tools.overlap.derivation_features`
computed. Then:

1. Derivation: a multinomial logistic regression on those features,
   cross-validated by date (leave-dates-out, 5 folds over the 25 dates), against
   a single 3-gram containment score with its best two thresholds (fitted in the
   same folds). Prints macro-F1, per-class F1 and confusion matrices, and the
   weights fitted on every text (:data:`corpus_tools.overlap.DERIVATION_WEIGHTS`).
2. Phrase annotations: of newspaper sentences with at least half their words
   inside Verbatim/Rewrite spans, the share aligned (class other than ``new``),
   and of aligned sentences the share so annotated.

Sentence frames are cached in ``--cache`` (default /tmp/meter_sentences), keyed
by the cleaned texts, so a second run skips spaCy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import tarfile
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.model_selection import GroupKFold

from corpus_tools import load_meter, overlap, text
from corpus_tools.lexicon import WORD_RE
from corpus_tools.overlap import DERIVATION_FEATURES, DERIVATION_WEIGHTS

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "meter-courts.tar.gz"
LABELS = ["wholly_derived", "partially_derived", "non_derived"]
_SPAN = re.compile(r"<(Verbatim|Rewrite|New)\b[^>]*>(.*?)</\1>", re.S)


def cached_sentences(corpus: pd.DataFrame, cache: Path) -> pd.DataFrame:
    h = hashlib.sha256()
    for d, raw in corpus["text"].items():
        c = text.clean_text(raw)
        h.update(f"{d}\0{c.text}\0{[(p.start, p.end, p.kind) for p in c.paragraphs]}\0".encode())
    path = cache / f"{h.hexdigest()[:24]}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    sents = text.sentences(corpus)
    path.write_bytes(pickle.dumps(sents))
    return sents


def annotations(root: Path) -> dict[str, list[tuple[str, bool]]]:
    """doc_id -> [(word key, reused)] from the SGML phrase annotations."""
    out = {}
    for f in root.glob("newspapers/annotated/courts/*/*/*.sgml"):
        words = []
        for m in _SPAN.finditer(f.read_text(encoding="latin-1")):
            words += [
                (text.match_key(text.norm_token(w)), m.group(1) != "New") for w in WORD_RE.findall(m.group(2))
            ]
        if words:
            out[f.stem] = words
    return out


def sentence_labels(
    sent_text: str, ann_keys: list[str], ann_reused: list[bool], offset: int
) -> tuple[bool, int]:
    """Whether at least half of a sentence's words are annotated as reused."""
    keys = [text.match_key(text.norm_token(w)) for w in WORD_RE.findall(sent_text)]
    window = ann_keys[offset : offset + 3 * len(keys) + 20]
    sm = SequenceMatcher(None, keys, window, autojunk=False)
    reused = matched = 0
    last = offset
    for _, j, n in sm.get_matching_blocks():
        matched += n
        reused += sum(ann_reused[offset + j : offset + j + n])
        if n:
            last = offset + j + n
    if matched < 0.5 * len(keys):
        return False, -1
    return reused >= 0.5 * len(keys), last


def main() -> None:  # noqa: C901 - a benchmark script read top to bottom
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--cache", default="/tmp/meter_sentences")
    ap.add_argument("--limit", type=int, default=None, help="first N stories only (a quick look)")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument("--c", type=float, default=10.0, help="inverse regularisation of the logistic model")
    ap.add_argument("--min-compression", type=float, default=overlap.ReuseOptions.min_compression)
    ap.add_argument("--min-topical", type=int, default=overlap.ReuseOptions.min_topical)
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(args.path)
        if src.is_file():
            with tarfile.open(src) as tar:
                tar.extractall(tmp, filter="data")
            src = Path(tmp)
        root = next(p for p in (src / "meter-corpus", src) if (p / "PA").is_dir())
        stories = load_meter(root)
        ann = annotations(root)
    options = overlap.ReuseOptions(min_compression=args.min_compression, min_topical=args.min_topical)
    names = sorted(stories)[: args.limit] if args.limit else sorted(stories)
    feats, align_rows, t0 = [], [], time.perf_counter()
    for n, story in enumerate(names):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = cached_sentences(corpus, cache)
        a = overlap.align_sentences(corpus, source="PA", sentences=sents, options=options)
        f = overlap.derivation_features(corpus, source="PA", alignment=a)
        f["label"] = f["doc_id"].map(corpus["label"])
        f["date"] = story.split("/")[0]
        f["story"] = story
        feats.append(f)
        align_rows.append(a)
        if n % 25 == 0:
            print(f"{n}/{len(names)} stories, {time.perf_counter() - t0:.0f} s", flush=True)
    data = pd.concat(feats, ignore_index=True)
    data = data[data["label"].isin(LABELS)].reset_index(drop=True)
    x, y, dates = (
        data[list(DERIVATION_FEATURES)].to_numpy(),
        data["label"].to_numpy(),
        data["date"].to_numpy(),
    )
    folds = list(GroupKFold(5).split(x, y, dates))
    pred = np.empty(len(y), dtype=object)
    base = np.empty(len(y), dtype=object)
    cont = data["containment"].to_numpy()
    grid = np.round(np.linspace(0, 1, 101), 2)
    for tr, te in folds:
        model = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(x[tr], y[tr])
        pred[te] = model.predict(x[te])
        best = max(
            ((lo, hi) for lo in grid for hi in grid if hi > lo),
            key=lambda t: f1_score(
                y[tr],
                np.where(cont[tr] >= t[1], LABELS[0], np.where(cont[tr] >= t[0], LABELS[1], LABELS[2])),
                labels=LABELS,
                average="macro",
            ),
        )
        base[te] = np.where(
            cont[te] >= best[1], LABELS[0], np.where(cont[te] >= best[0], LABELS[1], LABELS[2])
        )
    report = {"n_texts": int(len(y)), "n_dates": int(len(set(dates)))}
    for name, p in (("model", pred), ("containment_thresholds", base)):
        report[name] = {
            "macro_f1": round(float(f1_score(y, p, labels=LABELS, average="macro")), 3),
            "f1": dict(
                zip(LABELS, np.round(f1_score(y, p, labels=LABELS, average=None), 3).tolist(), strict=True)
            ),
            "confusion (rows true, cols predicted: wholly, partially, non)": confusion_matrix(
                y, p, labels=LABELS
            ).tolist(),
        }
    model = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(x, y)
    fitted = {
        c: tuple(round(float(v), 3) for v in (model.intercept_[k], *model.coef_[k]))
        for k, c in enumerate(model.classes_)
    }
    report["weights"] = {c: fitted[c] for c in LABELS}
    # shipped weights, scored on every text (not cross-validated: a check that they are the fitted ones)
    shipped = np.array(list(DERIVATION_WEIGHTS))[
        np.argmax(
            np.column_stack([w[0] + x @ np.asarray(w[1:]) for w in DERIVATION_WEIGHTS.values()]), axis=1
        )
    ]
    report["shipped_weights_in_sample_macro_f1"] = round(
        float(f1_score(y, shipped, labels=LABELS, average="macro")), 3
    )
    # phrase annotations
    align = pd.concat(align_rows, ignore_index=True)
    tp = fn = fp = 0
    for doc_id, group in align.groupby("doc_id"):
        if doc_id not in ann:
            continue
        ann_keys = [k for k, _ in ann[doc_id]]
        ann_reused = [r for _, r in ann[doc_id]]
        offset = 0
        for r in group.sort_values("sent_id").itertuples():
            reused, last = sentence_labels(r.text, ann_keys, ann_reused, offset)
            if last < 0:
                continue
            offset = last
            aligned = r.reuse_class != "new"
            tp += reused and aligned
            fn += reused and not aligned
            fp += aligned and not reused
    report["phrases"] = {
        "reused_sentences_aligned": round(tp / max(1, tp + fn), 3),
        "aligned_sentences_reused": round(tp / max(1, tp + fp), 3),
        "n_reused": tp + fn,
        "n_aligned": tp + fp,
    }
    report["alignment_classes"] = align["reuse_class"].value_counts().to_dict()
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
