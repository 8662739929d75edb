"""Choose the METER thresholds of ``classify_documents`` on labelled data.

No labelled news-reuse corpus (METER) can be fetched here, so the labelled set is
built from real Reuters-21578 stories (``../shared/data/reuters21578.tar.gz``):

* wholly derived: the source cut to 40-100% of its sentences (in order), with a
  word deleted, swapped or inserted in 30% of the kept sentences;
* partially derived: 20-60% of the source's sentences mixed with sentences of
  another story on the same topic, which make 40-80% of the result;
* non derived: another story on the same topic (same first TOPICS label).

For each candidate pair of thresholds on ``derived_share`` the script counts how
many documents get their label, and reports the best pair, its accuracy and the
confusion matrix. Run: ``python benchmarks/calibrate_derivation.py [--sources 150]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from corpus_tools import from_records, sentences
from corpus_tools.corpus import load_reuters21578
from corpus_tools.overlap import classify_documents

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578.tar.gz"
LABELS = ["wholly_derived", "partially_derived", "non_derived"]


def _edit(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = sentence.split()
    if len(words) < 4:
        return sentence
    i = rng.randrange(1, len(words) - 1)
    op = rng.choice(["delete", "swap", "insert"])
    if op == "delete":
        del words[i]
    elif op == "swap":
        words[i] = rng.choice(vocabulary)
    else:
        words.insert(i, rng.choice(vocabulary))
    return " ".join(words)


def build_labelled_set(n_sources: int, seed: int) -> list[tuple[str, pd.DataFrame]]:
    """``(label, corpus)`` pairs; each corpus holds doc ``src`` and doc ``tgt``."""
    rng = random.Random(seed)
    reuters = load_reuters21578(DATA)
    reuters = reuters[(reuters["n_words"] >= 150) & (reuters["topics"] != "")]
    reuters = reuters.assign(topic=reuters["topics"].str.split("; ").str[0])
    by_topic = {t: list(g.index) for t, g in reuters.groupby("topic") if len(g) >= 2}
    pool = sorted(d for ids in by_topic.values() for d in ids)
    chosen = rng.sample(pool, n_sources)
    sents = sentences(reuters.loc[sorted(set(chosen) | set(pool[:0]))])
    body = sents[~sents["is_boilerplate"]]
    split = {d: g["text_clean"].str.replace("\n", " ").tolist() for d, g in body.groupby("doc_id")}
    vocabulary = ["officials", "said", "also", "company", "the", "new", "market", "analysts", "week", "will"]
    out = []
    for doc in chosen:
        src = split.get(doc, [])
        if len(src) < 4:
            continue
        topic = reuters.loc[doc, "topic"]
        other = rng.choice([d for d in by_topic[topic] if d != doc])
        other_text = reuters.loc[other, "text"]
        other_sents = [
            s.strip() + "." for s in other_text.replace("\n", " ").split(". ") if len(s.split()) > 4
        ]
        # wholly derived
        keep = sorted(rng.sample(range(len(src)), max(2, round(len(src) * rng.uniform(0.4, 1.0)))))
        wd = [_edit(src[i], rng, vocabulary) if rng.random() < 0.3 else src[i] for i in keep]
        # partially derived
        keep = sorted(rng.sample(range(len(src)), max(1, round(len(src) * rng.uniform(0.2, 0.6)))))
        own = [src[i] for i in keep]
        n_new = max(1, round(len(own) * (share := rng.uniform(0.4, 0.8)) / (1 - share)))
        pd_ = own + other_sents[:n_new]
        if len(other_sents) < 2:
            continue
        rng.shuffle(pd_)
        src_text = reuters.loc[doc, "text"]
        for label, text in (
            ("wholly_derived", "\n".join(wd)),
            ("partially_derived", "\n".join(pd_)),
            ("non_derived", other_text),
        ):
            corpus = from_records([{"doc_id": "src", "text": src_text}, {"doc_id": "tgt", "text": text}])
            out.append((label, corpus))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=150)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"calibrate_derivation: {DATA} not found", file=sys.stderr)
        return 2
    labelled = build_labelled_set(args.sources, args.seed)
    shares = []
    for label, corpus in labelled:
        row = classify_documents(corpus, source="src").iloc[0]
        shares.append((label, row["derived_share"]))
    frame = pd.DataFrame(shares, columns=["label", "derived_share"])
    print(frame.groupby("label")["derived_share"].describe().round(3).to_string())
    best = None
    for wd in np.arange(0.50, 1.0001, 0.05):
        for pdt in np.arange(0.05, wd, 0.05):
            pred = np.where(
                frame.derived_share >= wd,
                LABELS[0],
                np.where(frame.derived_share >= pdt, LABELS[1], LABELS[2]),
            )
            acc = float((pred == frame.label).mean())
            # prefer the widest margins among equally accurate pairs
            key = (round(acc, 6), -abs(wd - 0.8), -abs(pdt - 0.2))
            if best is None or key > best[0]:
                best = (key, round(float(wd), 2), round(float(pdt), 2), pred)
    (acc, *_), wd, pdt, pred = best
    print(f"\ndocuments: {len(frame)} ({frame.label.value_counts().to_dict()})")
    print(f"best thresholds: wholly_derived >= {wd}, partially_derived >= {pdt}; accuracy {acc:.3f}")
    print(pd.crosstab(frame.label, pred, rownames=["true"], colnames=["predicted"]).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
