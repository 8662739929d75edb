"""Wall time of the full overlap analysis of a corpus folder (default: seeds/), model load included.

Run: ``python benchmarks/overlap_seeds.py [FOLDER]``.
"""

from __future__ import annotations

import sys
import time

t0 = time.perf_counter()
import corpus_tools as ct  # noqa: E402
from corpus_tools import overlap  # noqa: E402

folder = sys.argv[1] if len(sys.argv) > 1 else "seeds"
t1 = time.perf_counter()
corpus = ct.load_corpus(folder)
overlap.document_scores(corpus)
overlap.origin(corpus)
overlap.shared_passages(corpus)
overlap.align_sentences(corpus)
overlap.source_coverage(corpus)
overlap.classify_documents(corpus)
t2 = time.perf_counter()
print(f"import {t1 - t0:.2f} s; load + all overlap functions {t2 - t1:.2f} s; total {t2 - t0:.2f} s")
