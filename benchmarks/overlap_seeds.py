"""Wall time of the overlap stages of the chain on a corpus folder (default: seeds/), model load included.

Run: ``python benchmarks/overlap_seeds.py [FOLDER]``.
"""

from __future__ import annotations

import sys
import time

t0 = time.perf_counter()
import corpus_tools as ct  # noqa: E402

folder = sys.argv[1] if len(sys.argv) > 1 else "seeds"
t1 = time.perf_counter()
corpus = ct.load_corpus(folder)
ct.analyze(corpus, only=["passages", "derivation"])  # scores, origin, passages, alignment, coverage, classes
t2 = time.perf_counter()
print(f"import {t1 - t0:.2f} s; load + overlap stages {t2 - t1:.2f} s; total {t2 - t0:.2f} s")
