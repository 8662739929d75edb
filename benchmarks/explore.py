"""Speed of ``ct.text_stats`` on 1,000 news articles (issue #27: at most 30 s).

Reads the first ``--n`` Reuters-21578 stories with a body (``../shared/data/reuters21578.tar.gz``,
read in place, nothing extracted) or, with ``--polnear``, the PolNeAR train and dev articles
(longer US campaign news; extracted to a temporary folder), then times, in this process:

* ``load``: reading the corpus;
* ``text_stats``: ``ct.text_stats(corpus)`` as a user calls it: the spaCy pipeline loaded, every
  body paragraph parsed with the tagger, lemmatizer and entity recognizer off, the counts and the
  three readability formulas.

With ``--check N`` it then compares, on the first N articles, every readability score with
textacy's own functions (``textacy.text_stats.readability``) on the same parses, and prints the
largest difference.

Run: ``python benchmarks/explore.py [--n 1000] [--polnear] [--segmenter parser|rules] [--check 0]
[--data PATH]``; prints JSON lines.
Time the whole process from outside too (interpreter start and imports included); the figures
are in ``benchmarks/README.md``, section "#27".
"""

from __future__ import annotations

import argparse
import json
import tarfile
import tempfile
import time
from pathlib import Path

#: ../shared/data beside the repository (the first folder above it that holds shared/data)
DATA = next(
    (p / "shared" / "data" for p in Path(__file__).resolve().parents[1:] if (p / "shared" / "data").is_dir()),
    Path(__file__).resolve().parents[1].parent / "shared" / "data",
)


def _polnear(data: Path, n: int):
    """PolNeAR's train and dev articles (their .txt files), the first ``n`` in file order."""
    from corpus_tools import from_records

    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(data / "polnear-train-dev.tar.gz") as tar:
            tar.extractall(tmp, filter="data")
        files = sorted(Path(tmp).glob("**/data/*/text/*.txt"))[:n]
        rows = [{"doc_id": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]
    return from_records(rows)


def check(corpus, n: int) -> dict:
    """Largest difference between our scores and textacy's on the first ``n`` articles."""
    from spacy.tokens import Doc
    from textacy.text_stats import readability

    import corpus_tools as ct
    from corpus_tools.text.sentences import paragraph_docs

    sample = corpus.iloc[:n]
    parses = ct.parse(sample)
    ours = ct.text_stats(sample, parses=parses).set_index("doc_id")
    pairs = {
        "flesch_reading_ease": readability.flesch_reading_ease,
        "flesch_kincaid_grade": readability.flesch_kincaid_grade_level,
        "gunning_fog": readability.gunning_fog_index,
    }
    worst = dict.fromkeys(pairs, 0.0)
    for doc_id, paras in paragraph_docs(parses).items():
        doc = Doc.from_docs([d for _, _, d in paras])
        for col, fn in pairs.items():
            worst[col] = max(worst[col], abs(ours.loc[doc_id, col] - fn(doc)))
    return {"checked": len(ours), **{f"max_diff_{k}": round(v, 4) for k, v in worst.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1,000)")
    parser.add_argument("--polnear", action="store_true", help="PolNeAR articles instead of Reuters")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--segmenter", default="parser", help="parser (default) or rules")
    parser.add_argument("--check", type=int, default=0, help="compare with textacy on this many articles")
    args = parser.parse_args()
    t0 = time.perf_counter()
    import corpus_tools as ct

    if args.polnear:
        corpus = _polnear(args.data, args.n)
    else:
        corpus = ct.load_reuters21578(args.data / "reuters21578.tar.gz", limit=args.n)
    t1 = time.perf_counter()
    stats = ct.text_stats(corpus, segmenter=args.segmenter)
    t2 = time.perf_counter()
    print(
        json.dumps(
            {
                "corpus": "polnear" if args.polnear else "reuters21578",
                "segmenter": args.segmenter,
                "articles": len(corpus),
                "words": int(stats["n_words"].sum()),
                "sentences": int(stats["n_sentences"].sum()),
                "load_s": round(t1 - t0, 2),
                "text_stats_s": round(t2 - t1, 2),
                "median_flesch_reading_ease": round(float(stats["flesch_reading_ease"].median()), 1),
            }
        )
    )
    if args.check:
        print(json.dumps(check(corpus, args.check)))


if __name__ == "__main__":
    main()
