"""The exact reference of the passage engines: every pair of documents, aligned one at a time.

:func:`all_pairs_reuse` aligns *every* pair sharing a window with a second run finder,
:func:`align_pair` (plain loops, one pair at a time), kept on purpose: the vectorised
:func:`corpus_tools.reuse.passages.runs` of both engines and the stored index is checked by
code sharing only the tokens. Quadratic: feasible up to about 10,000 documents.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import combinations

import numpy as np
import pandas as pd
from tqdm import tqdm

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.passages import MIN_TOKENS, hashed_tokens, longest_chain, passage_frame, windows

__all__ = ["align_pair", "all_pairs_reuse"]


def align_pair(ha: list, hb: list, windows_a: dict, windows_b: dict) -> list[tuple[int, int, int]]:
    """Maximal equal-token runs ``(i, j, length)`` of one pair through its shared windows.

    ``ha``/``hb`` are the token hashes of the two documents, ``windows_a``/``windows_b``
    map each window hash to its token positions. Plain loops, independent of
    :func:`corpus_tools.reuse.passages.runs` on purpose: :func:`all_pairs_reuse` checks the engines with it.
    """
    found: set[tuple[int, int, int]] = set()
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)  # diagonal -> covered i ranges
    for hash_, js in windows_b.items():
        for i in windows_a.get(hash_, ()):
            for j in js:
                diag = j - i
                if any(lo <= i < hi for lo, hi in covered[diag]):
                    continue
                lo, hi = i, i
                while lo > 0 and lo + diag > 0 and ha[lo - 1] == hb[lo + diag - 1]:
                    lo -= 1
                while hi < len(ha) and hi + diag < len(hb) and ha[hi] == hb[hi + diag]:
                    hi += 1
                covered[diag].append((lo, hi))
                found.add((lo, lo + diag, hi - lo))
    return sorted(found)


def all_pairs_reuse(
    corpus: pd.DataFrame, *, min_tokens: int = MIN_TOKENS, window_chars: int = 25, progress: bool = False
) -> pd.DataFrame:
    """The exact reference for ``ct.find_reuse``: every pair of documents is examined.

    A pair is aligned (by :func:`align_pair`) unless the two documents share no window
    at all, which proves they share no passage of ``window_chars`` normalised
    characters or more. Quadratic: feasible up to about 10,000 documents.

    Returns:
        The same columns as ``ct.find_reuse``.
    """
    require_columns(corpus, ["text"], "all_pairs_reuse")
    ids, texts = [str(d) for d in corpus.index], corpus["text"].tolist()
    tokens = hashed_tokens(texts)
    sd = windows(tokens, window_chars)
    local = (sd.first - tokens.doc_first[sd.doc]).tolist()
    by_doc: list[dict[int, list[int]]] = [defaultdict(list) for _ in texts]
    for h, d, p in zip(sd.hash.tolist(), sd.doc.tolist(), local, strict=True):
        by_doc[d][h].append(p)
    pairs = [
        (a, b) for a, b in combinations(range(len(texts)), 2) if not by_doc[a].keys().isdisjoint(by_doc[b])
    ]
    names = ("doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "n_tokens", "reordered")
    rows: list[tuple] = []
    for a, b in tqdm(pairs, desc="all pairs", mininterval=1.0, disable=not progress, file=sys.stderr):
        fa, fb = tokens.doc_first[a], tokens.doc_first[b]
        ha, hb = (tokens.hash[f : tokens.doc_first[d + 1]].tolist() for f, d in ((fa, a), (fb, b)))
        found = [
            (
                i,
                j,
                k,
                (tokens.start[fa + i], tokens.end[fa + i + k - 1]),
                (tokens.start[fb + j], tokens.end[fb + j + k - 1]),
            )
            for i, j, k in align_pair(ha, hb, by_doc[a], by_doc[b])
        ]
        found = [r for r in found if r[2] >= min_tokens]
        chain = longest_chain([r[:3] for r in found])
        rows += [(a, *sa, b, *sb, k, n not in chain) for n, (_, _, k, sa, sb) in enumerate(found)]
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(names)
    found = {
        k: np.array(v, dtype=bool if k == names[-1] else np.int64) for k, v in zip(names, cols, strict=True)
    }
    return passage_frame(found, ids, texts)
