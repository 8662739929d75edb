"""Issue #24, round 12: what a text could have taken against what it adds, as model features.

Run: ``python benchmarks/derivation_taken.py --features FILE [--meter meter-courts.tar.gz]
[--answers clough-stevenson.tar.gz]`` (``FILE``: the pickle of ``benchmarks/derivation.py
--features FILE``; the texts are read again from the archives for the three features below).

Three features per text, each in [0, 1], none of them read by a model before this round:

* ``source_word_share``: the source's distinct content words (keys outside the stop words) that
  the text holds, over the source's distinct content words (what it took of what it could take);
* ``source_sentence_share``: the source's sentences (split at ``.``, ``!`` or ``?`` before a space)
  at least half of whose distinct content words the text holds, over the source's sentences;
* ``unique_fact_share``: the text's distinct names and numbers (:func:`is_fact`) found neither in
  the source nor in any other version of the story, over its distinct names and numbers (facts of
  its own reporting, where ``novel_fact_share`` counts facts another version may share).

Each candidate is scored as round 6 scored its own (``derivation_round6.evaluate``: both LODO
directions, pooled CV per domain, the confident calls at the widest margin leaving >= 70 % of each
domain confident), logistic on the log-odds of the shares, absolute and standardised within the
corpus (``z``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (the folds of benchmarks/derivation.py)
import derivation_round6 as round6  # noqa: E402  (the candidates' scoring)
import meter  # noqa: E402

from corpus_tools import load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.lexicon import STOP_WORDS  # noqa: E402
from corpus_tools.reuse.derivation import body_words, is_fact  # noqa: E402
from corpus_tools.reuse.documents import resolve_source  # noqa: E402

NEW = ("source_word_share", "source_sentence_share", "unique_fact_share")
_SPLIT = re.compile(r"(?<=[.!?])\s+")


def taken(corpus: pd.DataFrame, source) -> pd.DataFrame:
    """:data:`NEW` of every document of one story outside the source (one row per ``doc_id``)."""
    _, src = resolve_source(corpus, source)
    raw = {str(d): t for d, t in corpus["text"].items()}
    words = {d: body_words(t) for d, t in raw.items()}
    content = {d: {k for k, _, _ in w if k not in STOP_WORDS} for d, w in words.items()}
    facts = {d: {k for k, w_, i in w if is_fact(w_, i)} for d, w in words.items()}
    src_content = set().union(*(content[d] for d in src))
    src_all = set().union(*({k for k, _, _ in words[d]} for d in src))
    sents = []
    for d in src:
        for s in _SPLIT.split(raw[d]):
            ks = {k for k, _, _ in body_words(s) if k not in STOP_WORDS}
            if ks:
                sents.append(ks)
    others = [d for d in raw if d not in src]
    n_docs = Counter(k for d in others for k in {k for k, _, _ in words[d]})
    rows = []
    for d in others:
        own = {k for k, _, _ in words[d]}
        elsewhere = {k for k in own if n_docs[k] > 1}
        f = facts[d]
        rows.append(
            (
                d,
                len(content[d] & src_content) / max(1, len(src_content)),
                sum(len(s & content[d]) >= len(s) / 2 for s in sents) / max(1, len(sents)),
                len(f - src_all - elsewhere) / len(f) if f else 0.0,
            )
        )
    return pd.DataFrame(rows, columns=["doc_id", *NEW])


def new_features(meter_path: str, answers_path: str) -> pd.DataFrame:
    """:data:`NEW` of every METER courts newspaper text and every Clough & Stevenson answer."""
    parts = []
    with tempfile.TemporaryDirectory() as tmp:
        stories = load_meter(meter.meter_root(meter_path, tmp))
    for corpus in stories.values():
        if (corpus["role"] == "newspaper").any() and (corpus["role"] == "wire").any():
            parts.append(taken(corpus, "PA"))
    for task, corpus in load_clough_stevenson(answers_path).items():
        parts.append(taken(corpus, f"orig_task{task}"))
    return pd.concat(parts, ignore_index=True)


CANDIDATES = (
    ("shipped pair", round6.PAIR, "none"),
    ("shipped pair + source_word_share", (*round6.PAIR, "source_word_share"), "none"),
    ("shipped pair + source_sentence_share", (*round6.PAIR, "source_sentence_share"), "none"),
    ("shipped pair + unique_fact_share", (*round6.PAIR, "unique_fact_share"), "none"),
    ("shipped pair + all three", (*round6.PAIR, *NEW), "none"),
    ("containment + longest_passage, z", round6.CL, "z"),
    ("containment + longest_passage + unique_fact_share, z", (*round6.CL, "unique_fact_share"), "z"),
    ("containment + longest_passage + source_word_share, z", (*round6.CL, "source_word_share"), "z"),
    ("containment + longest_passage + all three, z", (*round6.CL, *NEW), "z"),
    ("novel_word_share + unique_fact_share + source_word_share", ("novel_word_share", *NEW[::2]), "none"),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features", type=Path, default=Path("/tmp/derivation_features.pkl"))
    ap.add_argument("--meter", default=str(bench.DATA / "meter-courts.tar.gz"))
    ap.add_argument("--answers", default=str(bench.DATA / "clough-stevenson.tar.gz"))
    ap.add_argument("--json", default=None, help="write the figures here")
    args = ap.parse_args()
    data = pickle.loads(args.features.read_bytes())[0]
    data = data.merge(new_features(args.meter, args.answers), on="doc_id", how="left", validate="1:1")
    folds = bench.pooled_folds(data)
    out = {
        "medians by domain and class": data.groupby(["domain", "label"])[list(NEW)]
        .median()
        .round(3)
        .reset_index()
        .to_dict("records"),
    }
    for name, feats, how in CANDIDATES:
        out[name] = round6.evaluate(data, folds, round6.logistic(feats, how))
    print(json.dumps(out, indent=1, default=float))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1, default=float))


if __name__ == "__main__":
    main()
