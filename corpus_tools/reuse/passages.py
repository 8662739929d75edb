"""Text reuse in large corpora (the pandas engine): an inverted index of hashed word windows.

Comparing every pair is impossible on a news archive (19,043 documents are 181
million pairs). :func:`find_passages`, the pandas engine of ``ct.find_reuse``, works as
passim does, in three steps, each a public function the Dask engine
(:mod:`corpus_tools.reuse.distributed`) and the stored index run too:

1. **Windows** (:func:`hashed_tokens`, :func:`windows`). Words are the tokens of
   :data:`corpus_tools.lexicon.WORD_PATTERN` ("U.S." keeps its final dot,
   "Iran's" is one word), found by a vectorised scan over code points, and each
   gets a 64-bit hash of its normalised form (case, apostrophes and dots ignored,
   British spellings mapped to American ones through
   :data:`corpus_tools.lexicon.US_SPELLING`). A *window* starts at each token and
   takes as many tokens as needed to cover ``window_chars`` normalised characters.
2. **Candidates** (:func:`occurrence_pairs`, :func:`candidate_filter`). Equal
   windows are grouped; windows found in more than ``max_df`` documents are skipped
   (passim's document-frequency cap). Pairs sharing at least ``min_shared``
   distinct windows are candidates.
3. **Alignment** (:func:`runs`). Every shared window is extended to the maximal run
   of equal tokens; runs of at least ``min_tokens`` words are the passages. This
   is the one exact run finder of both engines and of the stored index
   (:mod:`corpus_tools.reuse.index`).

:func:`corpus_tools.reuse.reference.all_pairs_reuse` checks the engines with a second
run finder. :func:`corpus_tools.reuse.distributed.find_reuse` (``ct.find_reuse``), to the
right of this module, picks the engine; this module never imports Dask.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
from tqdm import tqdm

from corpus_tools.io.corpus import require_columns
from corpus_tools.lexicon import US_SPELLING

__all__ = [
    "PASSAGE_COLUMNS",
    "Windows",
    "Tokens",
    "MIN_TOKENS",
    "candidate_filter",
    "check_sizes",
    "find_passages",
    "longest_chain",
    "occurrence_pairs",
    "passage_frame",
    "runs",
    "windows",
    "hashed_tokens",
]

PASSAGE_COLUMNS = (
    "doc_id start end source_doc_id source_start source_end n_tokens text source_text reordered"
).split()

_P = np.uint64(1099511628211)
_Q = np.uint64(0x9E3779B97F4A7C15)
_Q_INV = np.uint64(pow(int(_Q), -1, 2**64))
_BMP = 0x10000
_POW_P = np.cumprod(np.r_[np.uint64(1), np.full(255, _P, dtype=np.uint64)], dtype=np.uint64)
_APOSTROPHES = (39, 0x2019)
_DOT = 46


@cache
def _char_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``str.isalnum``, ASCII letter and lower-case code point of every BMP character.

    A table of character classes (a resource, like a loaded model), built once per process.
    """
    chars = [chr(i) for i in range(_BMP)]
    alnum = np.array([c.isalnum() for c in chars], dtype=bool)
    ascii_alpha = np.zeros(_BMP, dtype=bool)
    ascii_alpha[ord("A") : ord("Z") + 1] = ascii_alpha[ord("a") : ord("z") + 1] = True
    lower = np.array([ord(c.lower()[0]) for c in chars], dtype=np.uint64)
    return alnum, ascii_alpha, lower


@dataclass
class Tokens:
    """Tokens of many documents in flat arrays.

    ``tok_doc`` is each token's document (0-based, in input order), ``start``/``end``
    its raw character offsets local to that document, ``hash`` the uint64 hash of
    its normalised form, ``norm_len`` the normalised length, and ``doc_first`` the
    index of each document's first token (``len == n_docs + 1``).
    """

    tok_doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    hash: np.ndarray
    norm_len: np.ndarray
    doc_first: np.ndarray


def _code_points(joined: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code points, BMP table indices and alnum mask of a string (non-BMP characters looked up one by one)."""
    alnum_t = _char_tables()[0]
    try:  # one byte per character when the texts allow it (4x less to scan)
        cp = np.frombuffer(joined.encode("latin-1"), dtype=np.uint8)
        return cp, cp, alnum_t[cp]
    except UnicodeEncodeError:
        cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    big = np.flatnonzero(cp >= _BMP)
    idx = np.where(cp < _BMP, cp, 0)
    alnum = alnum_t[idx]
    alnum[big] = [chr(c).isalnum() for c in cp[big].tolist()]
    return cp, idx, alnum


def _word_spans(cp: np.ndarray, idx: np.ndarray, alnum: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of every match of ``lexicon.WORD_PATTERN``, vectorised.

    Letters and digits joined by single inner apostrophes make a word; a chain of
    two or more one-letter ASCII words each followed by a dot ("U.S.", "a.m.") is
    one word that keeps its final dot, as the regex's first alternative does.
    """
    n = len(cp)
    apostrophe = np.isin(cp, _APOSTROPHES)
    join = apostrophe & np.r_[False, alnum[:-1]] & np.r_[alnum[1:], False]
    edges = np.diff(np.r_[np.int8(0), (alnum | join).astype(np.int8), np.int8(0)])
    start, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    if not len(start):
        return start, end
    dotted = (end - start == 1) & _char_tables()[1][idx[start]] & (cp[np.minimum(end, n - 1)] == _DOT)
    dotted &= end < n
    link = dotted[:-1] & dotted[1:] & (start[1:] == end[:-1] + 1)  # "U." + "S." one word
    first = np.r_[True, ~link]
    last = np.r_[~link, True]
    in_chain = np.r_[False, link] | np.r_[link, False]
    new_end = np.where(in_chain[last], end[last] + 1, end[last])
    return start[first], new_end


def hashed_tokens(texts: list[str]) -> Tokens:
    """Vectorised word tokenisation and hashing of many texts.

    Token boundaries are those of ``re.finditer(lexicon.WORD_PATTERN, text)``; the
    hash ignores case, apostrophes and dots and maps British spellings to American.
    """
    tokens = _hash_words(texts)
    keys, values = _spelling_table()
    if len(keys) and len(tokens.hash):
        pos = np.minimum(np.searchsorted(keys, tokens.hash), len(keys) - 1)
        hit = keys[pos] == tokens.hash
        tokens.hash[hit] = values[pos[hit]]
    return tokens


def _hash_words(texts: list[str]) -> Tokens:
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    doc_start = np.r_[0, np.cumsum(lengths)[:-1]] if len(texts) else np.zeros(0, dtype=np.int64)
    cp, idx, alnum = _code_points("\n".join(texts))
    t_start, t_end = _word_spans(cp, idx, alnum)
    n_tok = len(t_start)
    # per-token polynomial hash over the kept (alphanumeric) characters, lower-cased
    opened = np.bincount(t_start, minlength=len(cp) + 1) - np.bincount(t_end, minlength=len(cp) + 1)
    inside = np.cumsum(opened[:-1])
    chars = np.flatnonzero(alnum & (inside > 0))
    tok_of = np.searchsorted(t_start, chars, side="right") - 1
    norm_len = np.bincount(tok_of, minlength=n_tok).astype(np.int64)
    first = np.r_[0, np.cumsum(norm_len)[:-1]].astype(np.int64) if n_tok else np.zeros(0, dtype=np.int64)
    rank = np.minimum(np.arange(len(chars)) - first[tok_of], len(_POW_P) - 1)
    contrib = _char_tables()[2][idx[chars]] * _POW_P[rank]
    tok_hash = np.add.reduceat(contrib, first) if n_tok else np.zeros(0, dtype=np.uint64)
    tok_hash = tok_hash * _P + norm_len.astype(np.uint64)
    tok_doc = np.searchsorted(doc_start, t_start, side="right") - 1
    doc_first = np.searchsorted(tok_doc, np.arange(len(texts) + 1), side="left")
    return Tokens(
        tok_doc, t_start - doc_start[tok_doc], t_end - doc_start[tok_doc], tok_hash, norm_len, doc_first
    )


@cache
def _spelling_table() -> tuple[np.ndarray, np.ndarray]:
    """Hashes of ``lexicon.US_SPELLING``'s one-word British spellings (sorted) and of their American forms."""
    pairs = [(uk, us) for uk, us in US_SPELLING.items() if uk.isalpha() and us.isalpha()]
    h_uk = _hash_words([uk for uk, _ in pairs]).hash
    h_us = _hash_words([us for _, us in pairs]).hash
    order = np.argsort(h_uk)
    return h_uk[order], h_us[order]


@dataclass
class Windows:
    """Windows in flat arrays: window hash, document, first token and last token (indices into the Tokens)."""

    hash: np.ndarray
    doc: np.ndarray
    first: np.ndarray
    last: np.ndarray


def windows(tokens: Tokens, window_chars: int) -> Windows:
    """Every window: the shortest token window from each token covering ``window_chars``
    normalised characters (one space counted between tokens), hashed."""
    n = len(tokens.hash)
    if not n:
        empty = np.zeros(0, dtype=np.int64)
        return Windows(np.zeros(0, dtype=np.uint64), empty, empty, empty)
    cum = np.r_[0, np.cumsum(tokens.norm_len + 1)]  # normalised length before token k
    last = np.searchsorted(cum, cum[:-1] + window_chars + 1, side="left") - 1  # window is tokens[i : last+1]
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
    return Windows(window[sel], tokens.tok_doc[sel], sel, last[sel])


def occurrence_pairs(sd: Windows, max_df: int) -> dict[str, np.ndarray]:
    """Every pair of occurrences of one window in two documents found in 2..``max_df`` documents.

    ``sd`` must hold *every* occurrence of the windows it holds (the whole corpus, or
    one hash bucket of it), so document frequencies are exact. ``sd.doc`` may be
    any integer key that orders documents as the corpus does.

    Returns:
        Arrays ``doc_a`` < ``doc_b`` (document keys), ``hash`` (the window),
        ``first_a``, ``first_b`` (first token of the window in each) and ``last_a``.
    """
    names = ("doc_a", "doc_b", "hash", "first_a", "first_b", "last_a")
    order = np.lexsort((sd.first, sd.doc, sd.hash))
    h, d, f, la = sd.hash[order], sd.doc[order], sd.first[order], sd.last[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]]) if len(h) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(h)])
    new_doc = np.r_[True, (h[1:] != h[:-1]) | (d[1:] != d[:-1])] if len(h) else np.zeros(0, dtype=bool)
    df = np.add.reduceat(new_doc.astype(np.int64), starts) if len(h) else sizes
    ok = (df >= 2) & (df <= max_df)
    out: dict[str, list] = {k: [] for k in names}
    for k in np.unique(sizes[ok]):
        group = starts[ok & (sizes == k)]
        ia, ib = np.triu_indices(int(k), 1)
        x = (group[:, None] + ia[None, :]).ravel()
        y = (group[:, None] + ib[None, :]).ravel()
        cross = d[x] != d[y]  # sorted by doc within a window, so d[x] < d[y]
        x, y = x[cross], y[cross]
        for name, v in zip(names, (d[x], d[y], h[x], f[x], f[y], la[x]), strict=True):
            out[name].append(v)
    empty = {"hash": np.zeros(0, dtype=np.uint64)}
    return {k: np.concatenate(v) if v else empty.get(k, np.zeros(0, dtype=np.int64)) for k, v in out.items()}


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique's hash path is 20x slower on large int arrays in numpy 2.4)."""
    s = np.sort(x)
    return s[np.r_[True, s[1:] != s[:-1]]] if len(s) else s


def candidate_filter(code: np.ndarray, window_hash: np.ndarray, min_shared: int) -> np.ndarray:
    """Mask of occurrence rows whose pair (``code``) shares at least ``min_shared`` distinct windows."""
    if not len(code) or min_shared <= 1:
        return np.ones(len(code), dtype=bool)
    distinct = _sorted_unique(window_hash)
    width = np.int64(len(distinct))
    keys = _sorted_unique(code.astype(np.int64) * width + np.searchsorted(distinct, window_hash)) // width
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    counts = np.diff(np.r_[starts, len(keys)])
    good = keys[starts][counts >= min_shared]
    if not len(good):
        return np.zeros(len(code), dtype=bool)
    pos = np.minimum(np.searchsorted(good, code), len(good) - 1)
    return good[pos] == code


def _extend(tokens: Tokens, lo, hi, diag):
    """Grow each run [lo, hi) (paired with [lo + diag, hi + diag)) while the tokens stay equal."""
    h, doc = tokens.hash, tokens.tok_doc
    n = len(h)
    for step in (1, -1):
        active = np.ones(len(lo), dtype=bool)
        while active.any():
            ia = hi if step == 1 else lo - 1
            ib = ia + diag
            inside = (ia >= 0) & (ia < n) & (ib >= 0) & (ib < n)
            ia_c, ib_c = np.clip(ia, 0, n - 1), np.clip(ib, 0, n - 1)
            same = inside & (doc[ia_c] == doc[lo]) & (doc[ib_c] == doc[lo + diag]) & (h[ia_c] == h[ib_c])
            active &= same
            if step == 1:
                hi = hi + active
            else:
                lo = lo - active
    return lo, hi


def runs(tokens: Tokens, code, first_a, first_b, last_a, min_tokens: int) -> dict[str, np.ndarray]:
    """Maximal equal-token runs through the shared windows of many pairs, vectorised: the exact run finder.

    Args:
        tokens: the tokens of every document the pairs touch.
        code: one integer per pair (any numbering); rows of one pair share it.
        first_a, first_b, last_a: token indices (into ``tokens``) of each shared window.
        min_tokens: shortest run kept, in words (tokens; equal on both sides).

    Returns:
        Arrays ``doc_a``, ``start_a``, ``end_a``, ``doc_b``, ``start_b``, ``end_b``
        (document indices of ``tokens`` and raw offsets local to them), ``n_tokens``
        and ``reordered`` (the run is off the longest chain ordered alike in both).
    """
    names = ("doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "n_tokens", "reordered")
    if not len(code):
        return {k: np.zeros(0, dtype=bool if k == "reordered" else np.int64) for k in names}
    diag = first_b - first_a
    order = np.lexsort((first_a, diag, code))
    code, fa, diag, la = code[order], first_a[order], diag[order], last_a[order]
    # consecutive windows on one diagonal of one pair form one run (a window's last token
    # never decreases with its first, so the previous window's last token ends the run so far)
    brk = np.r_[True, (code[1:] != code[:-1]) | (diag[1:] != diag[:-1]) | (fa[1:] > la[:-1] + 1)]
    lo, hi = _extend(tokens, fa[brk], np.maximum.reduceat(la, np.flatnonzero(brk)) + 1, diag[brk])
    code_r, diag_r = code[brk], diag[brk]
    _, first = np.unique(np.stack([code_r, lo, diag_r]), axis=1, return_index=True)
    first.sort()
    code_r, lo, hi, diag_r = code_r[first], lo[first], hi[first], diag_r[first]
    a_doc, b_doc = tokens.tok_doc[lo], tokens.tok_doc[lo + diag_r]
    sa, ea = tokens.start[lo], tokens.end[hi - 1]
    sb, eb = tokens.start[lo + diag_r], tokens.end[hi - 1 + diag_r]
    keep = (hi - lo) >= min_tokens
    out = dict(zip(names, (a_doc, sa, ea, b_doc, sb, eb, hi - lo), strict=False))
    out = {k: np.asarray(v[keep], dtype=np.int64) for k, v in out.items()}
    code_r, lo, ib = code_r[keep], lo[keep], (lo + diag_r)[keep]
    reordered = np.zeros(len(code_r), dtype=bool)
    bounds = np.flatnonzero(np.r_[True, code_r[1:] != code_r[:-1], True])
    for i, j in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if j - i < 2:
            continue
        group = sorted(range(i, j), key=lambda m: (lo[m], ib[m]))
        chain = longest_chain([(int(lo[m]), int(ib[m]), int(out["n_tokens"][m])) for m in group])
        reordered[[m for pos, m in enumerate(group) if pos not in chain]] = True
    out["reordered"] = reordered
    return out


def longest_chain(runs: list[tuple[int, int, int]]) -> set[int]:
    """Indices of the runs ``(i, j, length)`` on the heaviest chain ordered alike in both texts.

    The runs off the chain were moved (``reordered``). ``runs`` must be sorted by (i, j).
    """
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


def passage_frame(found: dict[str, np.ndarray], ids, texts, *, keys: bool = False) -> pd.DataFrame:
    """The passage frame (:data:`PASSAGE_COLUMNS`) of :func:`runs`' output, sorted in corpus order.

    ``ids`` and ``texts`` (lists or dicts) are indexed by the document numbers in
    ``found``, which must follow corpus order; ``doc_a`` becomes ``source_doc_id``.
    ``keys=True`` adds the document numbers as ``source_doc_key`` and ``doc_key``.
    """
    order = np.lexsort((found["start_b"], found["start_a"], found["doc_b"], found["doc_a"]))
    f = {k: v[order] for k, v in found.items()}
    a, b = f["doc_a"].tolist(), f["doc_b"].tolist()
    sa, ea, sb, eb = (f[k].tolist() for k in ("start_a", "end_a", "start_b", "end_b"))
    text_b = [texts[x][s:e] for x, s, e in zip(b, sb, eb, strict=True)]
    text_a = [texts[x][s:e] for x, s, e in zip(a, sa, ea, strict=True)]
    cols = ([ids[x] for x in b], sb, eb, [ids[x] for x in a], sa, ea, f["n_tokens"], text_b, text_a)
    out = pd.DataFrame(dict(zip(PASSAGE_COLUMNS, (pd.Series(c, dtype=object) for c in cols), strict=False)))
    out = out.astype({c: "int64" for c in PASSAGE_COLUMNS if c.endswith(("start", "end", "tokens"))})
    out["reordered"] = f["reordered"].astype(bool)
    if keys:
        out["source_doc_key"], out["doc_key"] = f["doc_a"], f["doc_b"]
    return out


def check_sizes(**sizes: int) -> None:
    """Raise ValueError naming the first size below 1."""
    for name, value in sizes.items():
        if value < 1:
            raise ValueError(f"{name} must be >= 1, got {value}")


#: shortest shared passage, in words, of every engine (``ct.Options.min_tokens``'s default). passim's
#: floor is 50 characters: on Reuters-21578, 85% of the passages of >= 50 characters have >= 8 words,
#: and 63% of those of >= 8 words span >= 50 characters (benchmarks/README.md, section #26)
MIN_TOKENS = 8


def find_passages(
    corpus: pd.DataFrame,
    *,
    min_tokens: int = MIN_TOKENS,
    window_chars: int = 25,
    max_df: int = 1000,
    min_shared: int = 2,
    progress: bool = False,
) -> pd.DataFrame:
    """The pandas engine of :func:`corpus_tools.find_reuse`: every pair sharing ``min_tokens`` words.

    :func:`corpus_tools.find_reuse` is the public function; it reads corpora from storage and
    picks this engine (``engine="pandas"``) or the Dask one.

    Args:
        corpus: the corpus frame, index ``doc_id`` (:func:`corpus_tools.io.datasets.load_reuters21578`).
        min_tokens: shortest passage reported, in words (the unit of ``ct.Options.min_tokens``).
        window_chars: normalised characters a window covers (passim uses 25-character n-grams).
        max_df: windows found in more documents than this are skipped as uninformative. passim
            uses 100; on Reuters-21578 that misses a quarter of the pairs sharing a 50-character
            passage (templated earnings and dividend reports), 1000 misses 5 in 36,995
            (benchmarks/README.md). ``max_df=len(corpus), min_shared=1`` is complete.
        min_shared: distinct shared windows a pair needs to be aligned (default 2: benchmarks/README.md).
        progress: show a progress bar of the steps on stderr.

    Returns:
        One row per maximal passage, columns :data:`PASSAGE_COLUMNS`: ``doc_id``,
        ``start``, ``end``, ``source_doc_id``, ``source_start``, ``source_end``,
        ``n_tokens``, ``text``, ``source_text``, ``reordered``. The pair is not
        directed: ``source_doc_id`` is the document first in corpus order. Sorted
        by ``source_doc_id``, ``doc_id`` (corpus order), ``source_start``, ``start``.
        Approximate only in which pairs are compared: check it with
        :func:`corpus_tools.reuse.reference.all_pairs_reuse`.

    Raises:
        CorpusError: no ``text`` column. ValueError: a non-positive size.
    """
    require_columns(corpus, ["text"], "find_reuse")
    check_sizes(min_tokens=min_tokens, window_chars=window_chars, max_df=max_df, min_shared=min_shared)
    ids = [str(d) for d in corpus.index]
    texts = corpus["text"].tolist()
    steps = tqdm(total=3, desc="find_reuse", unit="step", disable=not progress, file=sys.stderr)
    tokens = hashed_tokens(texts)
    sd = windows(tokens, window_chars)
    steps.update()
    occ = occurrence_pairs(sd, max_df)
    code = occ["doc_a"] * len(texts) + occ["doc_b"]
    keep = candidate_filter(code, occ["hash"], min_shared)
    steps.update()
    found = runs(tokens, code[keep], *(occ[k][keep] for k in ("first_a", "first_b", "last_a")), min_tokens)
    steps.close()
    return passage_frame(found, ids, texts)
