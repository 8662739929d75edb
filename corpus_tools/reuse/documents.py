"""Document-level reuse: n-gram scores, shared passages, sources as groups, origin.

All comparisons read the cleaned body of each text (chrome, headline, byline and
dateline left out) as word tokens (:data:`corpus_tools.lexicon.WORD_RE` via
:func:`corpus_tools.text.sentences.word_tokens`) keyed case-, quote-, apostrophe- and dot-
insensitively with British spellings mapped to American ones
(:func:`corpus_tools.text.sentences.match_key`). Every span reported is an offset into the
raw ``text``. Sentence-level reuse is in :mod:`corpus_tools.reuse.alignment`.

Several files can act as one witness: the takes of a wire story (snap, page 1,
page 2, nightlead) share a value in the optional ``group`` column of INDEX.md,
or ``source=`` names several doc_ids (:func:`resolve_source`).

The parts live by task, every name importable from here as before: the word keys and n-grams
(:mod:`corpus_tools.reuse.doc_keys`), the witnesses (:mod:`corpus_tools.reuse.witnesses`) and the
origin (:mod:`corpus_tools.reuse.origin`); this module keeps the scores and the shared passages.

textacy: its ``representations.Vectorizer`` would build the same n-gram counts
as a sparse matrix, but the scores here need sets of n-grams of our own keys
(spelling-mapped) per document and per group, which plain sets give directly.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from corpus_tools.errors import check_option
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.doc_keys import doc_tokens, keys, ngrams, shared_counts
from corpus_tools.reuse.origin import find_origin, origin, resolve_source
from corpus_tools.reuse.passages import PASSAGE_COLUMNS, longest_chain
from corpus_tools.reuse.witnesses import _dates, _is_wire, source_groups, witness_docs  # noqa: F401 (were here)

__all__ = [
    "SCORE_COLUMNS",
    "document_scores",
    "find_origin",
    "longest_chain",
    "ngrams",
    "origin",
    "resolve_source",
    "shared_passages",
    "source_groups",
    "tile",
    "witness_docs",
]

SCORE_COLUMNS = [
    "doc_id",
    "source_doc_id",
    "n_ngrams",
    "source_n_ngrams",
    "n_shared",
    "jaccard",
    "containment",
]


def document_scores(
    corpus: pd.DataFrame, *, ngram_size: int = 3, min_shared: int = 3, min_containment: float = 0.1
) -> pd.DataFrame:
    """Word n-gram overlap between the ordered pairs of documents with real shared evidence.

    Pairs are found through an inverted index of the n-grams, so a corpus of
    many unrelated documents costs what its overlapping pairs cost, not N².
    A pair is listed when it shares at least ``min_shared`` distinct n-grams, or when
    either document's containment in the other reaches ``min_containment``: on an archive
    most pairs share one or two word triples ("the company said", "said it would"; 78% of
    the 3.9 M sharing pairs of 3,000 Reuters stories, issue 28), which is no evidence of
    reuse and would make the table grow with the square of the corpus.

    Args:
        corpus: the corpus frame.
        ngram_size: n of the word n-grams (>= 1; 3 is the usual choice for news
            reuse, Clough et al. 2002).
        min_shared: fewest shared n-grams for a pair to be listed (>= 1; 3 word triples are
            a shared phrase of 5 words; 1 lists every pair sharing anything).
        min_containment: in [0, 1]; a pair sharing fewer n-grams is still listed when a
            containment reaches it (0.1, the reuse graph's ``min_weight``: two short texts).

    Returns:
        One row per ordered pair above the floor (a pair that shares no n-gram scores
        0.0 on both measures and is never listed), in corpus order:
        ``doc_id``, ``source_doc_id``, ``n_ngrams``, ``source_n_ngrams``,
        ``n_shared`` (distinct n-grams in both), ``jaccard`` (shared / union) and
        ``containment`` (share of ``doc_id``'s n-grams found in
        ``source_doc_id``). Scores are in [0, 1], larger = more similar.

    Example:
        >>> s = document_scores(load_corpus("seeds"))
        >>> round(s.query("doc_id == '002' and source_doc_id == '001'").containment.item(), 2)
        0.89
    """
    require_columns(corpus, ["text"], "document_scores")
    if ngram_size < 1:
        raise ValueError(f"ngram_size must be >= 1, got {ngram_size}")
    check_option("document_scores", "min_shared", min_shared, 1, integer=True)
    check_option("document_scores", "min_containment", min_containment)
    grams = {d: ngrams(keys(toks), ngram_size) for d, toks in doc_tokens(corpus).items()}
    order = {d: i for i, d in enumerate(grams)}
    rows = []
    for (a, b), shared in shared_counts(grams).items():
        la, lb = len(grams[a]), len(grams[b])
        if shared < min_shared and shared < min_containment * min(la, lb):
            continue  # no real shared evidence
        jaccard = shared / (la + lb - shared)
        rows.append((a, b, la, lb, shared, jaccard, shared / la))
        rows.append((b, a, lb, la, shared, jaccard, shared / lb))
    rows.sort(key=lambda r: (order[r[0]], order[r[1]]))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


# ----------------------------------------------------------------------------- passages


def tile(a: list[str], b: list[str], min_len: int) -> list[tuple[int, int, int]]:
    """Greedy string tiling of two key sequences: THE run finder of this package.

    Finds maximal common runs of at least ``min_len`` keys, longest first, each
    token used by one tile at most; runs are found wherever they are, so text
    moved between versions is tiled too. (The scale engine finds runs from hashed
    n-gram hits instead, because it cannot hold every pair's tokens.)

    Returns:
        ``(i, j, length)`` tiles: ``a[i:i+length] == b[j:j+length]``, sorted by ``i``.

    Example:
        >>> tile("a b c d x y".split(), "x y a b c d".split(), 2)
        [(0, 2, 4), (4, 0, 2)]
    """
    if min_len < 1:
        raise ValueError(f"min_len must be >= 1, got {min_len}")
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(b) - min_len + 1):
        starts[tuple(b[j : j + min_len])].append(j)
    used_a, used_b = [False] * len(a), [False] * len(b)
    tiles: list[tuple[int, int, int]] = []
    while True:
        matches = []
        for i in range(len(a) - min_len + 1):
            if used_a[i]:
                continue
            for j in starts.get(tuple(a[i : i + min_len]), ()):
                if used_b[j] or (
                    i and j and a[i - 1] == b[j - 1] and not used_a[i - 1] and not used_b[j - 1]
                ):
                    continue  # taken, or not the start of a maximal run
                k = 0
                while (
                    i + k < len(a)
                    and j + k < len(b)
                    and a[i + k] == b[j + k]
                    and not used_a[i + k]
                    and not used_b[j + k]
                ):
                    k += 1
                if k >= min_len:
                    matches.append((k, i, j))
        if not matches:
            break
        for k, i, j in sorted(matches, key=lambda m: (-m[0], m[1], m[2])):
            if any(used_a[i : i + k]) or any(used_b[j : j + k]):
                continue
            used_a[i : i + k] = [True] * k
            used_b[j : j + k] = [True] * k
            tiles.append((i, j, k))
    return sorted(tiles)


def shared_passages(corpus: pd.DataFrame, *, min_tokens: int = 8) -> pd.DataFrame:
    """Maximal passages each pair of documents shares, found by greedy string tiling.

    The pair is not directed: ``source_doc_id`` is the document that comes first
    in corpus order, ``doc_id`` the later one.

    Args:
        corpus: the corpus frame.
        min_tokens: shortest passage reported, in words.

    Returns:
        One row per passage, sorted by pair and ``start``, with the columns of
        :data:`corpus_tools.reuse.passages.PASSAGE_COLUMNS`: ``doc_id``, ``start``, ``end``,
        ``source_doc_id``, ``source_start``, ``source_end`` (raw offsets),
        ``n_tokens``, ``text``, ``source_text`` (the raw passages: they may differ
        in quotes, case, "U.S."/"US" or spelling) and ``reordered`` (the passage
        is out of the order the two texts otherwise share: a moved paragraph).

    Example:
        >>> p = shared_passages(load_corpus("seeds"))
        >>> int(((p.iloc[:, 0] == "002") & (p.iloc[:, 3] == "001")).sum())
        16
    """
    require_columns(corpus, ["text"], "shared_passages")
    toks = doc_tokens(corpus)
    k_of = {d: keys(t) for d, t in toks.items()}
    texts = {str(d): t for d, t in corpus["text"].items()}
    # a passage of min_tokens words is a shared min_tokens-gram: only pairs sharing one are tiled
    # (through the inverted index of shared_counts, not a loop over every pair)
    pairs = shared_counts(
        {d: ngrams(k, min_tokens) if len(k) >= min_tokens else set() for d, k in k_of.items()}
    )
    rows = []
    for src, doc in pairs:
        tiles = tile(k_of[doc], k_of[src], min_tokens)
        ordered = longest_chain(tiles)
        for n, (i, j, k) in enumerate(tiles):
            s, e = toks[doc][i].start, toks[doc][i + k - 1].end
            ss, se = toks[src][j].start, toks[src][j + k - 1].end
            rows.append((doc, s, e, src, ss, se, k, texts[doc][s:e], texts[src][ss:se], n not in ordered))
    order = {d: i for i, d in enumerate(toks)}
    rows.sort(key=lambda r: (order[r[3]], order[r[0]], r[1]))
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS).astype({"reordered": bool})
