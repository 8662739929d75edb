"""Copies: identical and near-identical documents, found first so that one of each is analysed.

A wire story republished a thousand times is the core case of this package, and comparing
every pair of its copies costs the square of their number. :func:`find_copies` finds them in
time linear in the corpus, in two steps, on the body words of each document (the keys of
:func:`corpus_tools.reuse.documents.doc_tokens`: chrome, headline, byline and dateline left
out; case, quotes, apostrophes, dots and British spellings ignored):

1. **Identical**: documents whose key sequences are equal (one hash per document) are
   copies of the first of them.
2. **Near-identical**: the other documents are read in order, each against the
   representatives found so far through an inverted index of hashed word windows
   (``window`` words): a document whose windows are at least ``min_containment`` contained in
   a representative's, *and* the representative's in it, is a near copy of it; otherwise it
   becomes a representative. A document is compared with the representatives only, never with
   the other copies, and windows found in more than ``max_df`` representatives (common
   phrases, which cannot tell copies apart) are not counted.

:func:`corpus_tools.analyze` analyses the representatives and reports the copies in its
``copies`` frame; :func:`copy_offsets` maps an offset of a representative onto its copy
(word by word, through the tiles of :func:`corpus_tools.reuse.documents.tile`), so a table
computed on the representative can be read on each copy.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from corpus_tools.errors import check_option
from corpus_tools.io.corpus import UNKNOWN, require_columns
from corpus_tools.reuse.documents import doc_tokens, keys, tile

__all__ = ["COPY_COLUMNS", "copy_offsets", "find_copies"]

COPY_COLUMNS = ["doc_id", "copy_of", "kind", "containment", "n_words", "copy_of_n_words"]


def _windows(k: list[str], window: int) -> set[int]:
    if len(k) < window:
        return {hash(tuple(k))} if k else set()
    return {hash(tuple(k[i : i + window])) for i in range(len(k) - window + 1)}


def _grouped(corpus: pd.DataFrame) -> set[str]:
    """doc_ids in a ``group`` of several files (the takes of a wire story): never collapsed."""
    if "group" not in corpus.columns:
        return set()
    g = corpus["group"].map(lambda v: "" if v is None or pd.isna(v) else str(v).strip())
    g = g[~g.isin(["", UNKNOWN])]
    return {str(d) for d in g.index[g.duplicated(keep=False)]}


def _near_copies(distinct: list[str], k_of: dict, bar: float, window: int, max_df: int) -> dict[str, tuple]:
    """Rows of the near copies among ``distinct`` documents, each read against the representatives
    found before it through an inverted index of its hashed windows."""
    index: dict[int, list[int]] = defaultdict(list)
    reps: list[tuple[str, int]] = []
    rows = {}
    for d in distinct:
        w = _windows(k_of[d], window)
        hits: Counter[int] = Counter()
        for x in w:
            holders = index.get(x)
            if holders and len(holders) <= max_df:
                hits.update(holders)
        best = max(hits.items(), key=lambda kv: (kv[1] / max(len(w), reps[kv[0]][1]), -kv[0]), default=None)
        if best is not None:
            r, n_r = reps[best[0]]
            score = min(best[1] / len(w), best[1] / n_r)
            if score >= bar:
                rows[d] = (d, r, "near", round(score, 6), len(k_of[d]), len(k_of[r]))
                continue
        for x in w:
            index[x].append(len(reps))
        reps.append((d, len(w)))
    return rows


def find_copies(
    corpus: pd.DataFrame,
    *,
    min_containment: float = 0.95,
    window: int = 5,
    max_df: int = 50,
    prefer: Iterable[str] = (),
) -> pd.DataFrame:
    """Documents that are copies of another one: identical body words, or near-identical.

    Args:
        corpus: the corpus frame.
        min_containment: in [0, 1]; a near copy's windows are at least this share of its
            representative's, both ways (0.95: at most about one sentence in twenty differs;
            1.0 keeps identical copies and reorderings only).
        window: words per hashed window (>= 1; 5 words, about passim's 25 characters).
        max_df: windows found in more representatives than this are not counted (>= 1).
        prefer: doc_ids to keep as representatives when they have copies (the source).

    Returns:
        One row per copy, in corpus order: ``doc_id``, ``copy_of`` (its representative, which
        is analysed), ``kind`` (``identical``: the same body words; ``near``),
        ``containment`` (the smaller of the two window containments, in [0, 1]; 1.0 for an
        identical copy), ``n_words`` and ``copy_of_n_words`` (body words). Documents without
        body words and the files of a ``group`` are never copies.

    Example:
        >>> from corpus_tools import from_records
        >>> c = from_records([{"doc_id": d, "text": "A storm hit the coast on Monday."} for d in "ab"])
        >>> find_copies(c)[["doc_id", "copy_of", "kind"]].values.tolist()
        [['b', 'a', 'identical']]
    """
    require_columns(corpus, ["text"], "find_copies")
    check_option("find_copies", "min_containment", min_containment)
    check_option("find_copies", "window", window, 1, integer=True)
    check_option("find_copies", "max_df", max_df, 1, integer=True)
    texts = {str(d): t for d, t in corpus["text"].items()}
    first = [str(p) for p in prefer if str(p) in texts]
    order = list(dict.fromkeys([*first, *texts]))
    keep = _grouped(corpus)
    same_raw: dict[str, str] = {}  # a text read once: equal raw texts have equal words
    for d in order:
        if d not in keep:
            same_raw.setdefault(texts[d], d)
    rank = {d: i for i, d in enumerate(order)}
    distinct_raw = sorted(set(same_raw.values()), key=rank.__getitem__)
    k_of = {d: keys(t) for d, t in doc_tokens(corpus.loc[distinct_raw]).items()}
    rows: dict[str, tuple] = {}
    by_hash: dict[int, str] = {}
    distinct = []
    for d in order:
        if d in keep or not k_of.get(same_raw[texts[d]]):
            continue
        if same_raw[texts[d]] != d:
            r = same_raw[texts[d]]
            rows[d] = (d, r, "identical", 1.0, len(k_of[r]), len(k_of[r]))
            continue
        h = hash(tuple(k_of[d]))
        if h in by_hash and k_of[by_hash[h]] == k_of[d]:
            r = by_hash[h]
            rows[d] = (d, r, "identical", 1.0, len(k_of[d]), len(k_of[r]))
        else:
            by_hash.setdefault(h, d)
            distinct.append(d)
    rows.update(_near_copies(distinct, k_of, min_containment, window, max_df))
    for d, (_, r, kind, _, n, _) in list(rows.items()):
        if kind == "identical" and r in rows:  # a copy of a near copy: of its representative
            _, top, _, score, _, n_top = rows[r]
            rows[d] = (d, top, "near", score, n, n_top)
    position = {str(d): i for i, d in enumerate(corpus.index)}
    found = sorted(rows.values(), key=lambda r: position[r[0]])
    return pd.DataFrame(found, columns=COPY_COLUMNS)


def copy_offsets(corpus: pd.DataFrame, doc_id: str, copy_of: str, spans: Iterable[tuple[int, int]]) -> list:
    """Raw spans of the representative ``copy_of`` mapped onto its copy ``doc_id``, word by word.

    A span is mapped from its first and last body word; a span whose words are not in the
    copy (a sentence the copy changed) maps to None.

    Returns:
        ``[(start, end) or None, ...]``, one per span, offsets into the copy's ``text``.

    Example:
        >>> from corpus_tools import from_records
        >>> texts = {"a": "A storm hit.", "b": "So: A storm hit."}
        >>> c = from_records([{"doc_id": d, "text": t} for d, t in texts.items()])
        >>> copy_offsets(c, "b", "a", [(2, 7)])
        [(6, 11)]
    """
    toks = doc_tokens(corpus.loc[[str(doc_id), str(copy_of)]])
    mine, theirs = toks[str(doc_id)], toks[str(copy_of)]
    to_copy: dict[int, int] = {}
    for i, j, n in tile(keys(mine), keys(theirs), 1 if min(len(mine), len(theirs)) < 3 else 3):
        to_copy.update({j + m: i + m for m in range(n)})
    starts, ends = [t.start for t in theirs], [t.end for t in theirs]
    out = []
    for a, b in spans:
        lo, hi = bisect_left(starts, a), bisect_right(ends, b) - 1
        if lo > hi or lo not in to_copy or hi not in to_copy:
            out.append(None)
        else:
            out.append((mine[to_copy[lo]].start, mine[to_copy[hi]].end))
    return out
