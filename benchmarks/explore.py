"""Speed of ``ct.text_stats`` on 1,000 news articles (issue #27: at most 30 s).

Reads the first ``--n`` Reuters-21578 stories with a body (``../shared/data/reuters21578.tar.gz``,
read in place, nothing extracted) or, with ``--polnear``, the PolNeAR train and dev articles
(longer US campaign news; extracted to a temporary folder), then times, in this process:

* ``load``: reading the corpus;
* ``text_stats``: ``ct.text_stats(corpus)`` as a user calls it: the spaCy pipeline loaded, every
  body paragraph parsed with the tagger, lemmatizer and entity recognizer off, the counts and the
  three readability formulas.

Run: ``python benchmarks/explore.py [--n 1000] [--polnear] [--data PATH]``; prints one JSON line.
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
        files = sorted(Path(tmp).glob("**/data/*/*.txt"))[:n]
        rows = [{"doc_id": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]
    return from_records(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1,000)")
    parser.add_argument("--polnear", action="store_true", help="PolNeAR articles instead of Reuters")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    args = parser.parse_args()
    t0 = time.perf_counter()
    import corpus_tools as ct

    if args.polnear:
        corpus = _polnear(args.data, args.n)
    else:
        corpus = ct.load_reuters21578(args.data / "reuters21578.tar.gz", limit=args.n)
    t1 = time.perf_counter()
    stats = ct.text_stats(corpus)
    t2 = time.perf_counter()
    print(
        json.dumps(
            {
                "corpus": "polnear" if args.polnear else "reuters21578",
                "articles": len(corpus),
                "words": int(stats["n_words"].sum()),
                "sentences": int(stats["n_sentences"].sum()),
                "load_s": round(t1 - t0, 2),
                "text_stats_s": round(t2 - t1, 2),
                "median_flesch_reading_ease": round(float(stats["flesch_reading_ease"].median()), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
