"""Text reuse: document scores, shared passages, sentence alignment, derivation, origin.

All comparisons read the cleaned body of each text (chrome, headline, byline and
dateline left out) as word tokens keyed case-, quote-, apostrophe- and dot-
insensitively ("U.S." = "US", "Iran s" = "Iran's"), with British spellings mapped
to American ones ("programme" = "program"), so that a version that lost its
quote marks or changed house style still matches its source. Every span reported
is an offset into the raw ``text``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations, permutations

import pandas as pd

from corpus_tools.corpus import require_columns
from corpus_tools.scale import PASSAGE_COLUMNS, _longest_chain, all_pairs_reuse, find_reuse
from corpus_tools.text import Token, match_key, sentences, word_tokens

__all__ = [
    "DERIVATION_THRESHOLDS",
    "REUSE_THRESHOLDS",
    "align_sentences",
    "all_pairs_reuse",
    "classify_documents",
    "document_scores",
    "find_origin",
    "find_reuse",
    "origin",
    "shared_passages",
    "source_coverage",
]

#: Sentence classes (see :func:`align_sentences`). ``near_verbatim`` needs the
#: target sentence mostly taken from one source sentence (``min_target_cover``),
#: most of that source kept (``min_source_cover``) and few edit regions;
#: ``rewritten`` needs ``min_shared_content`` content words in common and a
#: content-word Dice of ``min_content_dice``.
REUSE_THRESHOLDS = {
    "min_target_cover": 0.7,
    "min_source_cover": 0.3,
    "tokens_per_edit": 8,
    "min_shared_content": 3,
    "min_content_dice": 0.3,
}

#: METER document classes from the share of a document's body words that lie in
#: sentences derived from the source (see :func:`classify_documents`). Chosen by
#: ``benchmarks/calibrate_derivation.py`` on 441 labelled documents built from
#: Reuters-21578 stories: accuracy 0.973 (seed 13, 150 sources).
DERIVATION_THRESHOLDS = {"wholly_derived": 0.9, "partially_derived": 0.2}

_ALIGNMENTS: dict[tuple, pd.DataFrame] = {}  # align_sentences results of this process, by content
_CLASS_ORDER = {"verbatim": 0, "near_verbatim": 1, "rewritten": 2, "new": 3}
_STATUS = {"verbatim": "kept_verbatim", "near_verbatim": "kept_edited", "rewritten": "rewritten"}


# ----------------------------------------------------------------------------- tokens


def _doc_tokens(corpus: pd.DataFrame) -> dict[str, list[Token]]:
    return {str(d): word_tokens(t) for d, t in corpus["text"].items()}


def _keys(tokens: list[Token]) -> list[str]:
    return [match_key(t.norm) for t in tokens]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415 - spaCy on first use (see nlp.py)

    return frozenset(STOP_WORDS)


def _is_content(key: str) -> bool:
    return key not in _stop_words() and not key.isdigit() and len(key) > 1


# ----------------------------------------------------------------------------- documents


def _ngrams(keys: list[str], n: int) -> set[tuple[str, ...]]:
    if len(keys) < n:
        return {tuple(keys)} if keys else set()
    return {tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)}


def document_scores(corpus: pd.DataFrame, *, ngram_size: int = 3) -> pd.DataFrame:
    """Word n-gram overlap between every ordered pair of documents.

    Args:
        corpus: the corpus frame.
        ngram_size: n of the word n-grams (3 is the usual choice for news reuse).

    Returns:
        One row per ordered pair (``doc_a`` != ``doc_b``), columns ``doc_a``,
        ``doc_b``, ``n_ngrams_a``, ``n_ngrams_b``, ``n_shared`` (distinct
        n-grams in both), ``jaccard`` (shared / union) and ``containment``
        (share of ``doc_a``'s n-grams found in ``doc_b``). Scores are in [0, 1],
        larger = more similar; an empty document scores 0.0.

    Example:
        >>> s = document_scores(load_corpus("seeds"))
        >>> round(s.query("doc_a == '002' and doc_b == '001'").containment.item(), 2)
        0.78
    """
    require_columns(corpus, ["text"], "document_scores")
    if ngram_size < 1:
        raise ValueError(f"ngram_size must be >= 1, got {ngram_size}")
    grams = {d: _ngrams(_keys(toks), ngram_size) for d, toks in _doc_tokens(corpus).items()}
    rows = []
    for a, b in permutations(grams, 2):
        ga, gb = grams[a], grams[b]
        shared = len(ga & gb)
        union = len(ga | gb)
        rows.append(
            (
                a,
                b,
                len(ga),
                len(gb),
                shared,
                shared / union if union else 0.0,
                shared / len(ga) if ga else 0.0,
            )
        )
    cols = ["doc_a", "doc_b", "n_ngrams_a", "n_ngrams_b", "n_shared", "jaccard", "containment"]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- passages


def tile(a: list[str], b: list[str], min_len: int) -> list[tuple[int, int, int]]:
    """Greedy string tiling of two key sequences.

    Finds maximal common runs of at least ``min_len`` keys, longest first, each
    token used by one tile at most; runs are found wherever they are, so text
    moved between versions is tiled too.

    Returns:
        ``(i, j, length)`` tiles: ``a[i:i+length] == b[j:j+length]``, sorted by ``i``.
    """
    if min_len < 1:
        raise ValueError(f"min_len must be >= 1, got {min_len}")
    seeds: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(b) - min_len + 1):
        seeds[tuple(b[j : j + min_len])].append(j)
    used_a = [False] * len(a)
    used_b = [False] * len(b)
    tiles: list[tuple[int, int, int]] = []
    while True:
        matches = []
        for i in range(len(a) - min_len + 1):
            if used_a[i]:
                continue
            for j in seeds.get(tuple(a[i : i + min_len]), ()):
                if used_b[j]:
                    continue
                if i and j and a[i - 1] == b[j - 1] and not used_a[i - 1] and not used_b[j - 1]:
                    continue  # not the start of a maximal run
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
        matches.sort(key=lambda m: (-m[0], m[1], m[2]))
        for k, i, j in matches:
            if any(used_a[i : i + k]) or any(used_b[j : j + k]):
                continue
            used_a[i : i + k] = [True] * k
            used_b[j : j + k] = [True] * k
            tiles.append((i, j, k))
    return sorted(tiles)


def shared_passages(corpus: pd.DataFrame, *, min_tokens: int = 8) -> pd.DataFrame:
    """Maximal passages each pair of documents shares, found by greedy string tiling.

    Args:
        corpus: the corpus frame.
        min_tokens: shortest passage reported, in words.

    Returns:
        One row per passage, for each unordered pair (``doc_a`` before ``doc_b``
        in corpus order), sorted by ``doc_a``, ``doc_b``, ``start_a``. Columns
        ``doc_a``, ``start_a``, ``end_a``, ``doc_b``, ``start_b``, ``end_b``
        (offsets into the raw texts), ``n_tokens``, ``text_a``, ``text_b`` (the
        raw passages: they may differ in quotes, case, "U.S."/"US" or UK/US
        spelling) and ``reordered`` (True when the passage is out of the order
        the two texts otherwise share: a moved paragraph).

    Example:
        >>> p = shared_passages(load_corpus("seeds"))
        >>> p.groupby(["doc_a", "doc_b"]).size().to_dict()[("001", "002")]
        23
    """
    require_columns(corpus, ["text"], "shared_passages")
    toks = _doc_tokens(corpus)
    keys = {d: _keys(t) for d, t in toks.items()}
    texts = {str(d): t for d, t in corpus["text"].items()}
    rows = []
    for a, b in combinations(toks, 2):
        tiles = tile(keys[a], keys[b], min_tokens)
        ordered = _longest_chain(tiles)
        for n, (i, j, k) in enumerate(tiles):
            sa, ea = toks[a][i].start, toks[a][i + k - 1].end
            sb, eb = toks[b][j].start, toks[b][j + k - 1].end
            rows.append((a, sa, ea, b, sb, eb, k, texts[a][sa:ea], texts[b][sb:eb], n not in ordered))
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS).astype({"reordered": bool})


# ----------------------------------------------------------------------------- origin


def origin(corpus: pd.DataFrame, *, ngram_size: int = 3, min_weight: float = 0.1) -> pd.DataFrame:
    """The directed reuse graph and the most likely original.

    Reuse runs from the fuller text to the one cut from it: when most of B's
    n-grams are in A but less of A's are in B, B was taken from A. Each document
    gets an ``origin_score`` = sum over the others of (their containment in it
    minus its containment in them); the highest is the origin. Where INDEX.md
    gives parseable ``published`` dates, an edge whose source is dated after its
    target is flagged (``date_conflict``) and dates break ties.

    Args:
        corpus: the corpus frame.
        ngram_size: as in :func:`document_scores`.
        min_weight: smallest containment for an edge.

    Returns:
        One row per edge ``doc_a`` -> ``doc_b`` (``doc_a`` is the source), sorted by
        ``weight`` descending: ``weight`` (containment of ``doc_b`` in ``doc_a``),
        ``reverse`` (containment of ``doc_a`` in ``doc_b``), ``asymmetry``
        (``weight - reverse``), ``is_best_parent`` (``doc_a`` is the strongest
        source of ``doc_b``), ``doc_a_is_origin``, ``date_a``, ``date_b``
        (``published`` or missing), ``date_conflict``. ``frame.attrs["origin"]``
        holds the origin's doc_id and ``frame.attrs["origin_scores"]`` every score.

    Example:
        >>> origin(load_corpus("seeds")).attrs["origin"]
        '001'
    """
    require_columns(corpus, ["text"], "origin")
    scores = document_scores(corpus, ngram_size=ngram_size)
    cont = {(r.doc_a, r.doc_b): r.containment for r in scores.itertuples()}
    docs = [str(d) for d in corpus.index]
    dates = _dates(corpus)
    origin_score = {d: sum(cont[(o, d)] - cont[(d, o)] for o in docs if o != d) for d in docs}
    # earliest date breaks ties; undated documents sort last
    ranked = sorted(docs, key=lambda d: (-round(origin_score[d], 9), dates.get(d) or pd.Timestamp.max))
    top = ranked[0] if ranked else None
    rows = []
    for a, b in permutations(docs, 2):
        weight, reverse = cont[(b, a)], cont[(a, b)]
        if weight < min_weight or weight <= reverse:
            continue
        da, db = dates.get(a), dates.get(b)
        conflict = bool(da is not None and db is not None and da > db)
        rows.append((a, b, weight, reverse, weight - reverse, a == top, da, db, conflict))
    cols = [
        "doc_a",
        "doc_b",
        "weight",
        "reverse",
        "asymmetry",
        "doc_a_is_origin",
        "date_a",
        "date_b",
        "date_conflict",
    ]
    edges = pd.DataFrame(rows, columns=cols)
    best = edges.groupby("doc_b")["weight"].transform("max") if len(edges) else pd.Series(dtype=float)
    edges.insert(5, "is_best_parent", edges["weight"].eq(best) if len(edges) else pd.Series(dtype=bool))
    edges = edges.sort_values(["weight", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(
        drop=True
    )
    edges.attrs["origin"] = top
    edges.attrs["origin_scores"] = {d: round(origin_score[d], 6) for d in ranked}
    return edges


def _dates(corpus: pd.DataFrame) -> dict[str, pd.Timestamp]:
    if "published" not in corpus.columns:
        return {}
    out = {}
    for d, v in corpus["published"].items():
        ts = pd.to_datetime(str(v), errors="coerce", utc=True, format="ISO8601")
        if not pd.isna(ts):
            out[str(d)] = ts
    return out


def find_origin(corpus: pd.DataFrame) -> str:
    """The doc_id of the most likely original (see :func:`origin`)."""
    return origin(corpus).attrs["origin"]


def _source_id(corpus: pd.DataFrame, source: str | None) -> str:
    if source is None:
        return find_origin(corpus)
    source = str(source)
    if source not in set(map(str, corpus.index)):
        raise ValueError(f"source {source!r} is not a doc_id of the corpus (doc_ids: {list(corpus.index)})")
    return source


# ----------------------------------------------------------------------------- sentences


@dataclass
class _Sent:
    doc_id: str
    sent_id: int
    start: int
    end: int
    norms: list[str]
    keys: list[str]

    @property
    def content(self) -> set[str]:
        return {k for k in self.keys if _is_content(k)}


def _body_sentences(corpus: pd.DataFrame, model=None) -> dict[str, list[_Sent]]:
    sents = sentences(corpus, model=model)
    toks = _doc_tokens(corpus)
    out: dict[str, list[_Sent]] = {}
    for doc_id, group in sents[~sents["is_boilerplate"]].groupby("doc_id", sort=False):
        doc_toks = toks[str(doc_id)]
        items, k = [], 0
        for row in group.itertuples():
            while k < len(doc_toks) and doc_toks[k].start < row.start:
                k += 1
            mine = []
            while k < len(doc_toks) and doc_toks[k].start < row.end:
                mine.append(doc_toks[k])
                k += 1
            if mine:
                items.append(
                    _Sent(str(doc_id), row.sent_id, row.start, row.end, [t.norm for t in mine], _keys(mine))
                )
        out[str(doc_id)] = items
    return out


@dataclass
class _Match:
    src: _Sent
    matched: int
    target_pos: set[int]
    source_pos: set[int]
    edits: int


def _match(s: _Sent, t: _Sent) -> _Match:
    sm = SequenceMatcher(None, s.keys, t.keys, autojunk=False)
    tpos, spos = set(), set()
    for i, j, n in sm.get_matching_blocks():
        spos.update(range(i, i + n))
        tpos.update(range(j, j + n))
    edits = sum(1 for op in sm.get_opcodes() if op[0] != "equal")
    return _Match(s, len(tpos), tpos, spos, edits)


def _surface_dice(t: _Sent, sources: list[_Sent]) -> float:
    """Dice of the target's words against its source sentences, in order, on surface
    forms (case, quotes and dots ignored; spelling variants count as changes)."""
    src = [n for s in sorted(sources, key=lambda s: s.sent_id) for n in s.norms]
    if not src or not t.norms:
        return 0.0
    matched = sum(n for *_, n in SequenceMatcher(None, src, t.norms, autojunk=False).get_matching_blocks())
    return 2 * matched / (len(src) + len(t.norms))


def _content_dice(s: _Sent, t: _Sent) -> tuple[int, float]:
    cs, ct = s.content, t.content
    shared = len(cs & ct)
    return shared, (2 * shared / (len(cs) + len(ct)) if cs or ct else 0.0)


def _align_doc(src: list[_Sent], tgt: list[_Sent]) -> list[dict]:
    th = REUSE_THRESHOLDS
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(src):
        for key in s.content:
            index[key].append(n)
    rows = []
    for t in tgt:
        hits: dict[int, int] = defaultdict(int)
        for key in t.content:
            for n in index.get(key, ()):
                hits[n] += 1
        cands = [_match(src[n], t) for n, c in hits.items() if c >= 2 or len(t.content) <= 2]
        cands = [m for m in cands if m.matched >= 3]
        if not cands:
            rows.append(dict(t=t, sources=[], score=0.0, cls="new", primary=None))
            continue
        primary = max(cands, key=lambda m: (2 * m.matched / (len(m.src.keys) + len(t.keys)), -m.src.sent_id))
        chosen = [primary]
        covered = set(primary.target_pos)
        # merged sentences: other source sentences that fill what the primary leaves uncovered
        for m in sorted(cands, key=lambda m: -len(m.target_pos - covered)):
            if m is primary:
                continue
            gain = m.target_pos - covered
            if len(gain) >= max(4, 0.2 * len(t.keys)) and len(gain) >= 0.5 * len(m.src.keys):
                chosen.append(m)
                covered |= gain
        score = _surface_dice(t, [m.src for m in chosen])
        shared, cdice = _content_dice(primary.src, t)
        if len(chosen) > 1:
            cls = "rewritten"
        elif t.norms == primary.src.norms:
            cls = "verbatim"
        elif (
            primary.matched / len(t.keys) >= th["min_target_cover"]
            and len(primary.source_pos) / len(primary.src.keys) >= th["min_source_cover"]
            and primary.edits <= max(3, len(t.keys) // th["tokens_per_edit"])
        ):
            cls = "near_verbatim"
        elif shared >= th["min_shared_content"] and cdice >= th["min_content_dice"]:
            cls = "rewritten"
        else:
            rows.append(dict(t=t, sources=[], score=0.0, cls="new", primary=None))
            continue
        rows.append(
            dict(t=t, sources=sorted(m.src.sent_id for m in chosen), score=score, cls=cls, primary=primary)
        )
    _mark_splits(rows)
    return rows


def _mark_splits(rows: list[dict]) -> None:
    """A source sentence that feeds two target sentences with different parts was split."""
    by_source: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        if r["primary"] is not None and len(r["sources"]) == 1:
            by_source[r["sources"][0]].append(r)
    for group in by_source.values():
        for r1, r2 in combinations(group, 2):
            p1, p2 = r1["primary"].source_pos, r2["primary"].source_pos
            if len(p1 & p2) <= 0.5 * min(len(p1), len(p2)):
                r1["cls"] = r2["cls"] = "rewritten"


def align_sentences(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """Align every body sentence of every other document to the source's sentences.

    Each target sentence is compared with the source sentences that share content
    words with it (token-level ``difflib`` matching on spelling-, case- and
    quote-insensitive keys). The best match is its primary source; further source
    sentences join when they cover a part of it the first leaves out (a merge).
    A source sentence that feeds two target sentences with different parts was
    split. Classes (thresholds in :data:`REUSE_THRESHOLDS`):

    * ``verbatim``: the same words, up to quotes, apostrophes, punctuation,
      whitespace and case;
    * ``near_verbatim``: one source sentence, at least 70% of the target taken
      from it, at least 30% of it kept, and few edit regions (at most
      max(3, words/8)): spelling, abbreviation, names, dates, honorifics,
      a few words swapped, added or removed, a clause cut;
    * ``rewritten``: merged, split, or only content words in common (>= 3 and
      Dice >= 0.3);
    * ``new``: no counterpart.

    Args:
        corpus: the corpus frame.
        source: doc_id of the source; None picks :func:`find_origin`.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        One row per body sentence of every document but the source, in document
        order: ``doc_id``, ``sent_id``, ``start``, ``end`` (raw offsets),
        ``source_doc_id``, ``source_sent_ids`` (tuple of source ``sent_id``; empty
        for ``new``), ``score`` in [0, 1] (word Dice of the sentence against its
        source sentences, ignoring case, quotes and dots; 1 = same words,
        0 for ``new``), ``reuse_class``, ``text`` (raw) and
        ``source_text`` (the raw source sentences joined by " ").

    Raises:
        ValueError: ``source`` is not a doc_id of the corpus.
    """
    require_columns(corpus, ["text"], "align_sentences")
    src_id = _source_id(corpus, source)
    key = (tuple(map(str, corpus.index)), tuple(corpus["text"]), src_id, str(model))
    if key in _ALIGNMENTS:
        return _ALIGNMENTS[key].copy()
    sents = _body_sentences(corpus, model)
    src = sents.get(src_id, [])
    raw = {str(d): t for d, t in corpus["text"].items()}
    by_id = {s.sent_id: s for s in src}
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id == src_id:
            continue
        for r in _align_doc(src, sents.get(doc_id, [])):
            t = r["t"]
            ids = tuple(r["sources"])
            source_text = " ".join(raw[src_id][by_id[i].start : by_id[i].end] for i in ids)
            rows.append(
                (
                    doc_id,
                    t.sent_id,
                    t.start,
                    t.end,
                    src_id,
                    ids,
                    round(r["score"], 4),
                    r["cls"],
                    raw[doc_id][t.start : t.end],
                    source_text,
                )
            )
    cols = [
        "doc_id",
        "sent_id",
        "start",
        "end",
        "source_doc_id",
        "source_sent_ids",
        "score",
        "reuse_class",
        "text",
        "source_text",
    ]
    out = pd.DataFrame(rows, columns=cols)
    if len(_ALIGNMENTS) >= 32:
        _ALIGNMENTS.pop(next(iter(_ALIGNMENTS)))
    _ALIGNMENTS[key] = out
    return out.copy()


def source_coverage(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """For each source sentence and each other document: was it kept, edited, rewritten or dropped?

    Args:
        corpus: the corpus frame.
        source: doc_id of the source; None picks :func:`find_origin`.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        One row per (source sentence, other document): ``source_doc_id``,
        ``source_sent_id``, ``start``, ``end`` (raw offsets in the source),
        ``doc_id``, ``status`` (``kept_verbatim``, ``kept_edited``, ``rewritten``
        or ``dropped``: the closest reuse among the target sentences aligned to
        it), ``target_sent_ids`` (tuple) and ``score`` (best alignment score,
        0.0 when dropped).
    """
    require_columns(corpus, ["text"], "source_coverage")
    src_id = _source_id(corpus, source)
    align = align_sentences(corpus, source=src_id, model=model)
    src = _body_sentences(corpus, model).get(src_id, [])
    used: dict[tuple[str, int], list] = defaultdict(list)
    for r in align.itertuples():
        for sid in r.source_sent_ids:
            used[(r.doc_id, sid)].append(r)
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id == src_id:
            continue
        for s in src:
            hits = used.get((doc_id, s.sent_id), [])
            if hits:
                best = min(hits, key=lambda r: (_CLASS_ORDER[r.reuse_class], -r.score))
                status = _STATUS[best.reuse_class]
                rows.append(
                    (
                        src_id,
                        s.sent_id,
                        s.start,
                        s.end,
                        doc_id,
                        status,
                        tuple(sorted(r.sent_id for r in hits)),
                        max(r.score for r in hits),
                    )
                )
            else:
                rows.append((src_id, s.sent_id, s.start, s.end, doc_id, "dropped", (), 0.0))
    cols = ["source_doc_id", "source_sent_id", "start", "end", "doc_id", "status", "target_sent_ids", "score"]
    return pd.DataFrame(rows, columns=cols)


def classify_documents(corpus: pd.DataFrame, *, source: str | None = None, model=None) -> pd.DataFrame:
    """METER's document classes for every document but the source.

    ``derived_share`` is the share of a document's body words that lie in
    sentences aligned to the source (verbatim, near-verbatim or rewritten). A
    document is ``wholly_derived`` when it is at least
    ``DERIVATION_THRESHOLDS["wholly_derived"]``, ``partially_derived`` from
    ``DERIVATION_THRESHOLDS["partially_derived"]``, else ``non_derived``. The
    thresholds were chosen on labelled data (see ``benchmarks/calibrate_derivation.py``).

    Args:
        corpus: the corpus frame.
        source: doc_id of the source; None picks :func:`find_origin`.
        model: spaCy pipeline for sentence boundaries.

    Returns:
        One row per derived candidate: ``doc_id``, ``source_doc_id``,
        ``derivation`` (``wholly_derived``, ``partially_derived``,
        ``non_derived``), ``derived_share``, ``verbatim_share``,
        ``near_verbatim_share``, ``rewritten_share``, ``new_share`` (word shares
        by sentence class, summing to 1), ``containment`` (3-gram containment in
        the source), ``source_kept`` (share of source sentences it reuses) and
        ``n_sentences``.
    """
    require_columns(corpus, ["text"], "classify_documents")
    src_id = _source_id(corpus, source)
    align = align_sentences(corpus, source=src_id, model=model)
    scores = document_scores(corpus).set_index(["doc_a", "doc_b"])["containment"]
    cover = source_coverage(corpus, source=src_id, model=model)
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id == src_id:
            continue
        a = align[align["doc_id"] == doc_id]
        # astype: a version with no body sentence has an empty object Series, whose sum is ""
        words = a["text"].map(lambda t: len(word_tokens(t, body_only=False))).astype("int64")
        total = int(words.sum())
        share = {
            c: (float(words[a["reuse_class"] == c].sum()) / total if total else 0.0) for c in _CLASS_ORDER
        }
        derived = 1.0 - share["new"] if total else 0.0
        th = DERIVATION_THRESHOLDS
        label = (
            "wholly_derived"
            if derived >= th["wholly_derived"]
            else "partially_derived"
            if derived >= th["partially_derived"]
            else "non_derived"
        )
        c = cover[cover["doc_id"] == doc_id]
        kept = float((c["status"] != "dropped").mean()) if len(c) else 0.0
        rows.append(
            (
                doc_id,
                src_id,
                label,
                round(derived, 4),
                *(round(share[k], 4) for k in _CLASS_ORDER),
                round(float(scores.get((doc_id, src_id), 0.0)), 4),
                round(kept, 4),
                len(a),
            )
        )
    cols = [
        "doc_id",
        "source_doc_id",
        "derivation",
        "derived_share",
        "verbatim_share",
        "near_verbatim_share",
        "rewritten_share",
        "new_share",
        "containment",
        "source_kept",
        "n_sentences",
    ]
    return pd.DataFrame(rows, columns=cols)
