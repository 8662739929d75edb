"""Text reuse in large corpora: an inverted index of hashed word windows, then exact alignment.

Comparing every pair is impossible on a news archive (19,043 documents are 181
million pairs). :func:`find_reuse` works as passim does, in three steps:

1. **Seeds.** Each document is tokenised (vectorised over code points: words,
   with apostrophes and the dots of "U.S." kept inside them) and every token
   gets a 64-bit hash of its normalised form (case, apostrophes and dots
   ignored, British spellings mapped to American ones). A *seed* starts at each
   token and takes as many tokens as needed to cover ``seed_chars`` normalised
   characters, so the seeds of two texts differing only in spacing or quote
   marks are the same.
2. **Candidates.** An inverted index groups equal seeds; seeds found in more
   than ``max_df`` documents are too common to be informative (passim's
   document-frequency cap) and are skipped. Document pairs that share at least
   ``min_shared`` distinct seeds are candidates.
3. **Alignment.** For each candidate pair, every shared seed is extended to the
   maximal run of equal tokens; runs spanning at least ``min_chars`` raw
   characters are the passages.

:func:`all_pairs_reuse` runs step 3 on *every* pair (a pair is skipped only when
the two documents share no seed at all, which proves they share no passage), the
exact reference the index is measured against. ``engine="dask"`` runs the same
steps on a Dask cluster; the result is identical.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from breame.spelling import BRITISH_ENGLISH_SPELLINGS
from tqdm import tqdm

from corpus_tools.corpus import require_columns

__all__ = ["PASSAGE_COLUMNS", "all_pairs_reuse", "find_reuse"]

PASSAGE_COLUMNS = [
    "doc_a",
    "start_a",
    "end_a",
    "doc_b",
    "start_b",
    "end_b",
    "n_tokens",
    "text_a",
    "text_b",
    "reordered",
]

_P = np.uint64(1099511628211)
_Q = np.uint64(0x9E3779B97F4A7C15)
_Q_INV = np.uint64(pow(int(_Q), -1, 2**64))
_BMP = 0x10000


def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    chars = [chr(i) for i in range(_BMP)]
    alnum = np.array([c.isalnum() for c in chars], dtype=bool)
    alpha = np.array([c.isalpha() for c in chars], dtype=bool)
    lower = np.array([ord(c.lower()[0]) for c in chars], dtype=np.uint64)
    return alnum, alpha, lower


_TABLES: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
_POW_P = np.cumprod(np.r_[np.uint64(1), np.full(255, _P, dtype=np.uint64)], dtype=np.uint64)


@dataclass
class Tokens:
    """Tokens of many documents in flat arrays (global offsets into the joined text)."""

    doc_start: np.ndarray  # char offset of each document in the joined text
    tok_doc: np.ndarray  # document index of each token
    start: np.ndarray  # raw char offsets of tokens, local to their document
    end: np.ndarray
    hash: np.ndarray  # uint64 normalised-form hash
    norm_len: np.ndarray  # normalised length (kept characters)
    doc_first: np.ndarray  # index of the first token of each document (len = n_docs + 1)


def tokenize(texts: list[str]) -> Tokens:
    """Vectorised word tokenisation and hashing of many texts."""
    global _TABLES
    if _TABLES is None:
        _TABLES = _tables()
    alnum_t, alpha_t, lower_t = _TABLES
    joined = "\n".join(texts)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    doc_start = np.r_[0, np.cumsum(lengths)[:-1]] if len(texts) else np.zeros(0, dtype=np.int64)
    try:  # one byte per character when the texts allow it (4x less to scan)
        cp = np.frombuffer(joined.encode("latin-1"), dtype=np.uint8)
        bmp = np.ones(len(cp), dtype=bool)
        idx = cp
    except UnicodeEncodeError:
        cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        bmp = cp < _BMP
        idx = np.where(bmp, cp, 0)
    alnum = alnum_t[idx] & bmp
    alpha = alpha_t[idx] & bmp
    prev_alnum = np.r_[False, alnum[:-1]]
    next_alnum = np.r_[alnum[1:], False]
    join = ((cp == 39) | (cp == 0x2019)) & prev_alnum & next_alnum  # Iran's, Iran’s
    join |= (cp == 46) & np.r_[False, alpha[:-1]] & np.r_[alpha[1:], False]  # U.S
    inword = alnum | join
    edges = np.diff(np.r_[np.int8(0), inword.astype(np.int8), np.int8(0)])
    t_start = np.flatnonzero(edges == 1)
    t_end = np.flatnonzero(edges == -1)
    n_tok = len(t_start)
    # per-token polynomial hash over the kept (alphanumeric) characters, lower-cased
    chars = np.flatnonzero(inword)
    tok_of = np.repeat(np.arange(n_tok), t_end - t_start)
    kept = alnum[chars]
    ck = np.cumsum(kept)
    first = np.r_[0, np.cumsum(t_end - t_start)[:-1]] if n_tok else np.zeros(0, dtype=np.int64)
    base = (ck[first] - kept[first]) if n_tok else np.zeros(0, dtype=np.int64)
    rank = np.minimum(ck - kept - base[tok_of], len(_POW_P) - 1)
    contrib = np.where(kept, lower_t[idx[chars]] * _POW_P[rank], np.uint64(0))
    tok_hash = np.add.reduceat(contrib, first) if n_tok else np.zeros(0, dtype=np.uint64)
    norm_len = np.add.reduceat(kept.astype(np.int64), first) if n_tok else np.zeros(0, dtype=np.int64)
    tok_hash = tok_hash * _P + norm_len.astype(np.uint64)
    tok_hash = _american(tok_hash)
    tok_doc = np.searchsorted(doc_start, t_start, side="right") - 1
    doc_first = np.searchsorted(tok_doc, np.arange(len(texts) + 1), side="left")
    return Tokens(
        doc_start,
        tok_doc,
        t_start - doc_start[tok_doc],
        t_end - doc_start[tok_doc],
        tok_hash,
        norm_len,
        doc_first,
    )


_SPELLING: tuple[np.ndarray, np.ndarray] | None = None


def _american(hashes: np.ndarray) -> np.ndarray:
    """Map hashes of British spellings to the hashes of their American forms."""
    global _SPELLING
    if _SPELLING is None:
        uk, us = zip(*BRITISH_ENGLISH_SPELLINGS.items(), strict=True)
        _SPELLING = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64))  # no recursion
        h_uk = tokenize(list(uk)).hash
        h_us = tokenize(list(us)).hash
        order = np.argsort(h_uk)
        _SPELLING = (h_uk[order], h_us[order])
    keys, values = _SPELLING
    if not len(keys) or not len(hashes):
        return hashes
    pos = np.minimum(np.searchsorted(keys, hashes), len(keys) - 1)
    hit = keys[pos] == hashes
    out = hashes.copy()
    out[hit] = values[pos[hit]]
    return out


@dataclass
class Seeds:
    """Seeds in flat arrays: window hash, document, first token (global index), last token."""

    hash: np.ndarray
    doc: np.ndarray
    first: np.ndarray
    last: np.ndarray

    def local(self, tokens: Tokens) -> np.ndarray:
        """Token position of each seed within its document."""
        return self.first - tokens.doc_first[self.doc]


def seeds(tokens: Tokens, seed_chars: int) -> Seeds:
    """Every seed: the shortest token window from each token covering ``seed_chars``
    normalised characters (one space counted between tokens), hashed."""
    n = len(tokens.hash)
    if not n:
        empty = np.zeros(0, dtype=np.int64)
        return Seeds(np.zeros(0, dtype=np.uint64), empty, empty, empty)
    cum = np.r_[0, np.cumsum(tokens.norm_len + 1)]  # normalised length before token k
    last = np.searchsorted(cum, cum[:-1] + seed_chars + 1, side="left") - 1  # window is tokens[i : last+1]
    ok = (last < n) & (last >= 0)
    last = np.minimum(last, n - 1)
    ok &= tokens.tok_doc[last] == tokens.tok_doc
    q_pow = np.cumprod(np.r_[np.uint64(1), np.full(n, _Q, dtype=np.uint64)], dtype=np.uint64)
    q_inv = np.cumprod(np.r_[np.uint64(1), np.full(n, _Q_INV, dtype=np.uint64)], dtype=np.uint64)
    g = np.r_[np.uint64(0), np.cumsum(tokens.hash * q_pow[:n], dtype=np.uint64)]
    i = np.arange(n)
    window = (g[last + 1] - g[i]) * q_inv[i]
    window = window * _P + (last - i).astype(np.uint64)
    sel = np.flatnonzero(ok)
    return Seeds(window[sel], tokens.tok_doc[sel], sel, last[sel])


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique's hash path is 30x slower on large int arrays in numpy 2.4)."""
    s = np.sort(x)
    return s[np.r_[True, s[1:] != s[:-1]]] if len(s) else s


def _value_counts(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and how often each occurs."""
    s = np.sort(x)
    if not len(s):
        return s, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    return s[starts], np.diff(np.r_[starts, len(s)])


def _isin_sorted(x: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.isin(x, values)`` for sorted ``values``, by binary search."""
    if not len(values):
        return np.zeros(len(x), dtype=bool)
    pos = np.minimum(np.searchsorted(values, x), len(values) - 1)
    return values[pos] == x


def candidate_filter(code: np.ndarray, seed_key: np.ndarray, min_shared: int) -> np.ndarray:
    """Mask of occurrence rows whose pair shares at least ``min_shared`` distinct seeds."""
    width = np.int64(int(seed_key.max()) + 1) if len(seed_key) else np.int64(1)
    pairs, counts = _value_counts(_unique(code * width + seed_key) // width)
    return _isin_sorted(code, pairs[counts >= min_shared])


def _occurrence_pairs(sd: Seeds, n_docs: int, max_df: int, min_shared: int) -> tuple[np.ndarray, ...]:
    """Shared-seed occurrences of the candidate pairs: (pair code, first token in a, in b, last in a).

    Seeds found in 2..max_df documents are paired across documents; a pair of
    documents (a < b, code a * n_docs + b) is a candidate when it shares at least
    ``min_shared`` distinct seeds.
    """
    empty = np.zeros(0, dtype=np.int64)
    if not len(sd.hash):
        return empty, empty, empty, empty
    order = np.lexsort((sd.first, sd.hash))
    h, d, f, la = sd.hash[order], sd.doc[order], sd.first[order], sd.last[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    # documents per seed: distinct (seed, doc) within each group
    new_doc = np.r_[True, (h[1:] != h[:-1]) | (d[1:] != d[:-1])]
    df = np.add.reduceat(new_doc.astype(np.int64), starts)
    ok = (df >= 2) & (df <= max_df)
    codes, fa, fb, lasts, seed_ids = [], [], [], [], []
    for k in _unique(sizes[ok]):
        group = starts[ok & (sizes == k)]
        ia, ib = np.triu_indices(int(k), 1)
        x = (group[:, None] + ia[None, :]).ravel()
        y = (group[:, None] + ib[None, :]).ravel()
        cross = d[x] != d[y]
        x, y = x[cross], y[cross]
        swap = d[x] > d[y]
        x, y = np.where(swap, y, x), np.where(swap, x, y)
        codes.append(d[x].astype(np.int64) * n_docs + d[y])
        fa.append(f[x])
        fb.append(f[y])
        lasts.append(la[x])
        seed_ids.append(np.repeat(np.flatnonzero(ok & (sizes == k)), len(ia))[cross])
    if not codes:
        return empty, empty, empty, empty
    code, fa, fb, lasts, seed_id = (np.concatenate(v) for v in (codes, fa, fb, lasts, seed_ids))
    # candidates: pairs sharing >= min_shared distinct seeds (key: pair code, then seed group)
    keep = candidate_filter(code, seed_id, min_shared)
    return code[keep], fa[keep], fb[keep], lasts[keep]


def _runs(tokens: Tokens, code, fa, fb, last_a, min_chars: int) -> list[tuple]:
    """Maximal equal-token runs through the shared seeds, vectorised over all pairs.

    Returns rows (doc a, start a, end a, doc b, start b, end b, tokens, reordered)
    with raw offsets local to each document.
    """
    if not len(code):
        return []
    diag = fb - fa
    order = np.lexsort((fa, diag, code))
    code, fa, diag, last_a = code[order], fa[order], diag[order], last_a[order]
    # consecutive seeds on one diagonal of one pair form one run
    # (within a document a seed's last token never decreases with its first, so the
    # previous seed's last token is the end of the run so far)
    brk = np.r_[True, (code[1:] != code[:-1]) | (diag[1:] != diag[:-1]) | (fa[1:] > last_a[:-1] + 1)]
    lo = fa[brk]
    hi = np.maximum.reduceat(last_a, np.flatnonzero(brk)) + 1
    code_r, diag_r = code[brk], diag[brk]
    h, doc = tokens.hash, tokens.tok_doc
    n = len(h)
    # extend to maximal runs (the seeds stop short of a run's last, shorter-than-a-seed tail)
    for edge in ("right", "left"):
        active = np.ones(len(lo), dtype=bool)
        while active.any():
            if edge == "right":
                ia, ib = hi, hi + diag_r
            else:
                ia, ib = lo - 1, lo - 1 + diag_r
            inside = (ia >= 0) & (ia < n) & (ib >= 0) & (ib < n)
            ia_c, ib_c = np.clip(ia, 0, n - 1), np.clip(ib, 0, n - 1)
            same = inside & (doc[ia_c] == doc[lo]) & (doc[ib_c] == doc[lo + diag_r]) & (h[ia_c] == h[ib_c])
            active &= same
            if edge == "right":
                hi = hi + active
            else:
                lo = lo - active
    # one row per maximal run
    key = np.stack([code_r, lo, diag_r])
    _, first = np.unique(key, axis=1, return_index=True)
    first.sort()
    code_r, lo, hi, diag_r = code_r[first], lo[first], hi[first], diag_r[first]
    a_doc, b_doc = doc[lo], doc[lo + diag_r]
    sa, ea = tokens.start[lo], tokens.end[hi - 1]
    sb, eb = tokens.start[lo + diag_r], tokens.end[hi - 1 + diag_r]
    keep = ((ea - sa) >= min_chars) & ((eb - sb) >= min_chars)
    fields = [
        x[keep]
        for x in (
            code_r,
            a_doc,
            sa,
            ea,
            b_doc,
            sb,
            eb,
            hi - lo,
            lo - tokens.doc_first[a_doc],
            lo + diag_r - tokens.doc_first[b_doc],
        )
    ]
    code_r, a_doc, sa, ea, b_doc, sb, eb, k, ia, ib = (f.tolist() for f in fields)
    rows = []
    i = 0
    while i < len(code_r):
        j = i
        while j < len(code_r) and code_r[j] == code_r[i]:
            j += 1
        group = sorted(range(i, j), key=lambda m: (ia[m], ib[m]))
        chain = _longest_chain([(ia[m], ib[m], k[m]) for m in group])
        for pos, m in enumerate(group):
            rows.append((a_doc[m], sa[m], ea[m], b_doc[m], sb[m], eb[m], k[m], pos not in chain))
        i = j
    return rows


def _align_pair(
    ha: np.ndarray, hb: np.ndarray, sa: dict, seeds_b: tuple, sta, ena, stb, enb, min_chars: int
) -> list[tuple[int, int, int, int]]:
    """Maximal equal token runs through shared seeds: (i, j, length) in token indices, raw-filtered."""
    found: set[tuple[int, int, int]] = set()
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)  # diagonal -> covered i ranges
    bh, bpos = seeds_b
    for hash_, j in zip(bh.tolist(), bpos.tolist(), strict=True):
        for i in sa.get(hash_, ()):
            diag = j - i
            if any(lo <= i < hi for lo, hi in covered[diag]):
                continue
            lo = i
            while lo > 0 and lo + diag > 0 and ha[lo - 1] == hb[lo + diag - 1]:
                lo -= 1
            hi = i
            while hi < len(ha) and hi + diag < len(hb) and ha[hi] == hb[hi + diag]:
                hi += 1
            covered[diag].append((lo, hi))
            if (
                hi > lo
                and ena[hi - 1] - sta[lo] >= min_chars
                and enb[hi + diag - 1] - stb[lo + diag] >= min_chars
            ):
                found.add((lo, lo + diag, hi - lo))
    return sorted(found)


class _Index:
    """Per-document token and seed views, built lazily."""

    def __init__(self, tokens: Tokens, seed_hash, seed_doc, seed_pos):
        self.t = tokens
        order = np.argsort(seed_doc, kind="stable")
        self.seed_hash, self.seed_doc, self.seed_pos = seed_hash[order], seed_doc[order], seed_pos[order]
        self.seed_first = np.searchsorted(self.seed_doc, np.arange(len(tokens.doc_first)), side="left")
        self._cache: dict[int, tuple] = {}

    def doc(self, k: int) -> tuple:
        if k not in self._cache:
            a, b = self.t.doc_first[k], self.t.doc_first[k + 1]
            s0, s1 = self.seed_first[k], self.seed_first[k + 1]
            hashes = self.seed_hash[s0:s1]
            pos = self.seed_pos[s0:s1]
            lookup: dict[int, list[int]] = defaultdict(list)
            for h, p in zip(hashes.tolist(), pos.tolist(), strict=True):
                lookup[h].append(p)
            self._cache[k] = (
                self.t.hash[a:b].tolist(),
                lookup,
                (hashes, pos),
                self.t.start[a:b].tolist(),
                self.t.end[a:b].tolist(),
                set(lookup),
            )
        return self._cache[k]


def _verify(index: _Index, pairs: list[tuple[int, int]], min_chars: int) -> list[tuple]:
    rows = []
    for a, b in pairs:
        ha, sa, _, sta, ena, _ = index.doc(a)
        hb, _, seeds_b, stb, enb, _ = index.doc(b)
        runs = _align_pair(ha, hb, sa, seeds_b, sta, ena, stb, enb, min_chars)
        chain = _longest_chain(runs)
        for n, (i, j, k) in enumerate(runs):
            rows.append((a, sta[i], ena[i + k - 1], b, stb[j], enb[j + k - 1], k, n not in chain))
    return rows


def _longest_chain(runs: list[tuple[int, int, int]]) -> set[int]:
    """Indices of runs on the heaviest chain ordered alike in both texts (the rest were moved)."""
    if len(runs) < 2:
        return set(range(len(runs)))
    best = [r[2] for r in runs]
    prev = [-1] * len(runs)
    for x in range(len(runs)):
        for y in range(x):
            if runs[y][1] < runs[x][1] and runs[y][0] < runs[x][0] and best[y] + runs[x][2] > best[x]:
                best[x], prev[x] = best[y] + runs[x][2], y
    x = max(range(len(runs)), key=lambda k: (best[k], -k))
    chain = set()
    while x != -1:
        chain.add(x)
        x = prev[x]
    return chain


def _frame(rows: list[tuple], ids: list[str], texts: list[str]) -> pd.DataFrame:
    rows = sorted(rows, key=lambda r: (r[0], r[3], r[1], r[4]))
    out = [
        (ids[a], sa, ea, ids[b], sb, eb, k, texts[a][sa:ea], texts[b][sb:eb], moved)
        for a, sa, ea, b, sb, eb, k, moved in rows
    ]
    return pd.DataFrame(out, columns=PASSAGE_COLUMNS).astype(
        {
            "start_a": "int64",
            "end_a": "int64",
            "start_b": "int64",
            "end_b": "int64",
            "n_tokens": "int64",
            "reordered": bool,
        }
    )


def find_reuse(
    corpus: pd.DataFrame,
    *,
    min_chars: int = 50,
    engine: str = "pandas",
    seed_chars: int = 25,
    max_df: int = 1000,
    min_shared: int = 2,
    client=None,
    n_partitions: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Every document pair that shares a passage of at least ``min_chars`` characters.

    Args:
        corpus: the corpus frame (any size; :func:`corpus_tools.corpus.load_reuters21578` for the benchmark).
        min_chars: shortest passage reported, in raw characters of both texts.
        engine: ``"pandas"`` (one process) or ``"dask"`` (the same steps as Dask tasks).
        seed_chars: normalised characters a seed covers (passim uses 25-character n-grams).
        max_df: seeds found in more documents than this are skipped as uninformative. passim
            uses 100; on Reuters-21578 that misses a quarter of the pairs sharing a 50-character
            passage (templated earnings and dividend reports), 1000 misses 5 in 36,995
            (benchmarks/README.md). ``max_df=len(corpus), min_shared=1`` is complete.
        min_shared: distinct shared seeds a pair needs to be aligned.
        client: a ``dask.distributed.Client`` for ``engine="dask"``; default: a local
            cluster of 2 processes, closed afterwards.
        n_partitions: Dask partitions (default: 2 per worker).
        progress: show a progress bar of the four steps on stderr.

    Returns:
        The columns of :func:`corpus_tools.overlap.shared_passages` (``doc_a``,
        ``start_a``, ``end_a``, ``doc_b``, ``start_b``, ``end_b``, ``n_tokens``,
        ``text_a``, ``text_b``, ``reordered``), one row per maximal passage,
        ``doc_a`` before ``doc_b`` in corpus order, sorted. Approximate only in
        which pairs are compared: check it against :func:`all_pairs_reuse`.

    Raises:
        ValueError: an unknown engine or a non-positive size.
    """
    require_columns(corpus, ["text"], "find_reuse")
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', got {engine!r}")
    for name, value in (
        ("min_chars", min_chars),
        ("seed_chars", seed_chars),
        ("max_df", max_df),
        ("min_shared", min_shared),
    ):
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")
    ids = [str(d) for d in corpus.index]
    texts = corpus["text"].tolist()
    if engine == "dask":
        from corpus_tools.distributed import find_reuse_dask  # noqa: PLC0415 - optional dependency

        rows = find_reuse_dask(
            texts,
            min_chars=min_chars,
            seed_chars=seed_chars,
            max_df=max_df,
            min_shared=min_shared,
            client=client,
            n_partitions=n_partitions,
        )
        return _frame(rows, ids, texts)
    with tqdm(total=4, desc="find_reuse", unit="step", disable=not progress, file=sys.stderr) as bar:
        tokens = tokenize(texts)
        bar.set_postfix_str(f"{len(tokens.hash):,} tokens")
        bar.update()
        sd = seeds(tokens, seed_chars)
        bar.update()
        occurrences = _occurrence_pairs(sd, len(texts), max_df, min_shared)
        bar.set_postfix_str(f"{len(_unique(occurrences[0])):,} candidate pairs")
        bar.update()
        rows = _runs(tokens, *occurrences, min_chars)
        bar.update()
    return _frame(rows, ids, texts)


def all_pairs_reuse(
    corpus: pd.DataFrame, *, min_chars: int = 50, seed_chars: int = 25, progress: bool = False
) -> pd.DataFrame:
    """The exact reference for :func:`find_reuse`: every pair of documents is examined.

    A pair is aligned unless the two documents share no seed at all, which proves
    they share no passage of ``seed_chars`` normalised characters or more (so the
    result is exact for ``min_chars`` well above ``seed_chars``). Quadratic:
    feasible up to about 10,000 documents.

    Returns:
        The same columns as :func:`find_reuse`.
    """
    require_columns(corpus, ["text"], "all_pairs_reuse")
    ids = [str(d) for d in corpus.index]
    texts = corpus["text"].tolist()
    tokens = tokenize(texts)
    sd = seeds(tokens, seed_chars)
    index = _Index(tokens, sd.hash, sd.doc, sd.local(tokens))
    sets = [index.doc(k)[5] for k in range(len(texts))]
    pairs = [(a, b) for a, b in combinations(range(len(texts)), 2) if not sets[a].isdisjoint(sets[b])]
    rows = _verify(index, _progress(pairs, progress, "aligning all pairs"), min_chars)
    return _frame(rows, ids, texts)


def _progress(items, show: bool, desc: str):
    return tqdm(items, desc=desc, unit="pair", mininterval=1.0, disable=not show, file=sys.stderr)
