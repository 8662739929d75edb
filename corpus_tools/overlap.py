"""Text reuse: sentence alignment, source coverage and derivation classes.

Document-level reuse (n-gram scores, shared passages, witnesses and origin) is
in :mod:`corpus_tools.reuse` and re-exported here. Sentences come from
:func:`corpus_tools.text.sentences`; words are read as in :mod:`corpus_tools.reuse`;
the pair score is :func:`corpus_tools.similarity.sentence_score`. Every tunable
is a field of :class:`ReuseOptions`. Nothing is cached: pass the frames a stage
builds on (``sentences=``, ``alignment=``...) to avoid recomputing them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from functools import cached_property
from itertools import combinations
from types import MappingProxyType

import numpy as np
import pandas as pd

from corpus_tools.corpus import require_columns
from corpus_tools.reuse import (
    doc_tokens,
    document_scores,
    find_origin,
    keys,
    longest_chain,
    ngrams,
    origin,
    resolve_source,
    shared_passages,
    source_groups,
    tile,
)
from corpus_tools.scale import all_pairs_reuse, find_reuse
from corpus_tools.similarity import SentenceWords, idf_weights, sentence_score, sentence_words
from corpus_tools.text import sentences as text_sentences

__all__ = [
    "ALIGNMENT_COLUMNS",
    "DERIVATION_FEATURES",
    "DERIVATION_WEIGHTS",
    "ReuseOptions",
    "Sentence",
    "align_sentences",
    "all_pairs_reuse",
    "body_sentences",
    "classify_documents",
    "derivation_features",
    "document_scores",
    "find_origin",
    "find_reuse",
    "longest_chain",
    "origin",
    "resolve_source",
    "shared_passages",
    "source_coverage",
    "source_groups",
    "tile",
]

ALIGNMENT_COLUMNS = [
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
    "source_group",
    "word_dice",
]
_CLASS_ORDER = {"verbatim": 0, "near_verbatim": 1, "rewritten": 2, "new": 3}
_STATUS = {"verbatim": "kept_verbatim", "near_verbatim": "kept_edited", "rewritten": "rewritten"}


@dataclass(frozen=True)
class ReuseOptions:
    """Every tunable of sentence alignment, validated.

    Attributes:
        min_target_cover: ``near_verbatim`` needs this share of the sentence's
            words matched in one source sentence (default 0.7, range (0, 1];
            kept from the earlier rules, which give the seeds' classes).
        min_source_cover: ... and this share of the source sentence kept
            (default 0.3, [0, 1]).
        tokens_per_edit: ... and at most max(3, words / this) edit regions
            (default 8, >= 1).
        min_score: ``rewritten`` needs a :func:`corpus_tools.similarity.sentence_score`
            of at least this (default 0.5, [0, 1]: the MSRP decision point) ...
        min_compression: ... or this share of the sentence's words found in order
            in the source sentence (a compression; default 0.5, (0, 1]) ...
        min_topical: ... and at least this many shared content words that are not
            names, numbers or verbs of saying (default 1, >= 0: reports of one
            event written independently share names and "said"; a reused
            sentence shares what happened). Both defaults: METER's phrase
            annotations (recall against precision over a grid, by-date folds;
            ``benchmarks/meter.py``, benchmarks/README.md).
        min_quote_tokens: a sentence with fewer content words than this is looked
            up as a run of words in the source sentences, so a short quote of
            stop words ("See you at the next show!") aligns (default 3, >= 1).
        max_candidates: source sentences scored per sentence, best IDF-weighted
            overlap first (default 8, >= 1; more never changed a METER class).
    """

    min_target_cover: float = 0.7
    min_source_cover: float = 0.3
    tokens_per_edit: int = 8
    min_score: float = 0.5
    min_compression: float = 0.5
    min_topical: int = 1
    min_quote_tokens: int = 3
    max_candidates: int = 8

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if f.type in ("float", float) and not 0.0 <= v <= 1.0:
                raise ValueError(f"ReuseOptions.{f.name} must be in [0, 1], got {v!r}")
            if f.type in ("int", int) and (
                not isinstance(v, int) or v < (0 if f.name == "min_topical" else 1)
            ):
                raise ValueError(
                    f"ReuseOptions.{f.name} must be an integer >= 1 (min_topical >= 0), got {v!r}"
                )


#: Features of :func:`derivation_features` read by the derivation model, in order.
DERIVATION_FEATURES = (
    "verbatim_share",
    "near_verbatim_share",
    "rewritten_share",
    "new_share",
    "containment",
    "source_containment",
    "longest_passage",
    "mean_score",
)

#: Multinomial logistic model of METER's classes: per class an intercept and a
#: weight per :data:`DERIVATION_FEATURES`. Fitted by ``python benchmarks/meter.py``
#: on METER courts (769 newspaper texts, PA takes as one source; class-balanced,
#: C=10) on the alignment of the default :class:`ReuseOptions`; cross-validated by
#: date: macro-F1 0.633, non_derived F1 0.607 (benchmarks/README.md).
DERIVATION_WEIGHTS: Mapping[str, tuple[float, ...]] = MappingProxyType(
    {
        "wholly_derived": (-1.305, -1.04, 0.694, 0.925, -1.375, 5.493, -3.137, 9.726, -1.345),
        "partially_derived": (0.722, 1.332, -0.196, -0.404, -0.275, 2.88, -2.336, -4.964, -0.182),
        "non_derived": (0.584, -0.291, -0.498, -0.522, 1.651, -8.372, 5.473, -4.761, 1.527),
    }
)


# ----------------------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Sentence:
    """A body sentence as alignment reads it: raw offsets, surface norms, words."""

    doc_id: str
    sent_id: int
    start: int
    end: int
    norms: tuple[str, ...]
    words: SentenceWords

    @property
    def keys(self) -> tuple[str, ...]:
        return self.words.keys


def body_sentences(
    corpus: pd.DataFrame, *, sentences: pd.DataFrame | None = None, model=None
) -> dict[str, list[Sentence]]:
    """Body sentences of every document with their words, ``{doc_id: [Sentence]}``.

    Args:
        corpus: the corpus frame.
        sentences: the frame of :func:`corpus_tools.text.sentences`; built when not given.
        model: spaCy pipeline, only when ``sentences`` is not given.
    """
    if sentences is None:
        sentences = text_sentences(corpus, model=model)
    toks = doc_tokens(corpus)
    out: dict[str, list[Sentence]] = {str(d): [] for d in corpus.index}
    body = sentences[~sentences["is_boilerplate"]]
    for doc_id, group in body.groupby("doc_id", sort=False):
        doc_toks, k, items = toks.get(str(doc_id), []), 0, []
        for row in group.itertuples():
            while k < len(doc_toks) and doc_toks[k].start < row.start:
                k += 1
            mine = []
            while k < len(doc_toks) and doc_toks[k].start < row.end:
                mine.append(doc_toks[k])
                k += 1
            if mine:
                words = sentence_words(t.text for t in mine)
                items.append(
                    Sentence(
                        str(doc_id),
                        int(row.sent_id),
                        int(row.start),
                        int(row.end),
                        tuple(t.norm for t in mine),
                        words,
                    )
                )
        out[str(doc_id)] = items
    return out


# ----------------------------------------------------------------------------- alignment


@dataclass
class _Match:
    src: Sentence
    target: Sentence
    idf: Mapping[str, float]
    target_pos: set[int]
    source_pos: set[int]
    edits: int
    cls: str = "new"

    @cached_property
    def score(self) -> float:
        """The sentence score against this source sentence, computed only when a class or a
        ranking needs it (most candidates are rejected on cheaper evidence first)."""
        if self.target.norms == self.src.norms:
            return 1.0
        return sentence_score(self.target.words, self.src.words, idf=self.idf)


def _match(s: Sentence, t: Sentence, idf, opt: ReuseOptions) -> _Match:
    sm = SequenceMatcher(None, s.keys, t.keys, autojunk=False)
    tpos, spos = set(), set()
    for i, j, n in sm.get_matching_blocks():
        spos.update(range(i, i + n))
        tpos.update(range(j, j + n))
    edits = sum(1 for op in sm.get_opcodes() if op[0] != "equal")
    m = _Match(s, t, idf, tpos, spos, edits)
    cover_t, cover_s = len(tpos) / len(t.keys), len(spos) / len(s.keys)
    topical = len(t.words.topical & s.words.topical)
    longest = max((n for *_, n in sm.get_matching_blocks()), default=0)
    if t.norms == s.norms:
        cls = "verbatim"
    elif (
        cover_t >= opt.min_target_cover
        and cover_s >= opt.min_source_cover
        and edits <= max(3, len(t.keys) // opt.tokens_per_edit)
    ):
        cls = "near_verbatim"
    elif topical >= opt.min_topical and (
        cover_t >= opt.min_compression
        or (cover_s >= opt.min_compression and len(spos) >= 4)
        or m.score >= opt.min_score
    ):  # paraphrased, compressed, or expanded (the source inside it: a merge)
        cls = "rewritten"
    elif len(t.words.content) < opt.min_quote_tokens and len(t.keys) >= 3 and longest >= 0.9 * len(t.keys):
        cls = "rewritten"  # a short quote kept word for word inside a longer source sentence
    else:
        cls = "new"
    m.cls = cls
    return m


def _candidates(t: Sentence, src: list[Sentence], index, idf, opt: ReuseOptions) -> list[int]:
    weight: dict[int, float] = defaultdict(float)
    for key in t.words.content:
        for n in index.get(key, ()):
            weight[n] += idf.get(key, 1.0)
    best = sorted(weight, key=lambda n: (-weight[n], n))[: opt.max_candidates]
    if len(t.words.content) < opt.min_quote_tokens:
        run = " " + " ".join(t.keys) + " "
        best += [n for n, s in enumerate(src) if n not in best and run in " " + " ".join(s.keys) + " "]
    return best


def _align_doc(src: list[Sentence], tgt: list[Sentence], idf, opt: ReuseOptions) -> list[dict]:
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(src):
        for key in s.words.content:
            index[key].append(n)
    rows = []
    for t in tgt:
        cands = [_match(src[n], t, idf, opt) for n in _candidates(t, src, index, idf, opt)]
        cands = [m for m in cands if m.cls != "new"]
        if not cands:
            rows.append(dict(t=t, chosen=[], score=0.0, cls="new"))
            continue
        primary = min(cands, key=lambda m: (_CLASS_ORDER[m.cls], -m.score, m.src.doc_id, m.src.sent_id))
        chosen, covered = [primary], set(primary.target_pos)
        # merged sentences: source sentences of the same file that fill what the primary leaves uncovered
        for m in sorted(cands, key=lambda m: -len(m.target_pos - covered)):
            gain = m.target_pos - covered
            if (
                m is not primary
                and m.src.doc_id == primary.src.doc_id
                and len(gain) >= max(4, 0.2 * len(t.keys))
                and len(gain) >= 0.5 * len(m.src.keys)
            ):
                chosen.append(m)
                covered |= gain
        score = primary.score
        if len(chosen) > 1:  # a merge: scored against the source sentences read as one
            parts = [m.src.words for m in sorted(chosen, key=lambda m: m.src.sent_id)]
            merged = SentenceWords(
                tuple(k for w in parts for k in w.keys),
                frozenset().union(*(w.names for w in parts)),
                frozenset().union(*(w.numbers for w in parts)),
            )
            score = sentence_score(t.words, merged, idf=idf)
        cls = "rewritten" if len(chosen) > 1 else primary.cls
        rows.append(dict(t=t, chosen=chosen, score=score, cls=cls))
    _mark_splits(rows)
    return rows


def _mark_splits(rows: list[dict]) -> None:
    """A source sentence that feeds two target sentences with different parts was split."""
    by_source: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for r in rows:
        if len(r["chosen"]) == 1:
            by_source[(r["chosen"][0].src.doc_id, r["chosen"][0].src.sent_id)].append(r)
    for group in by_source.values():
        for r1, r2 in combinations(group, 2):
            p1, p2 = r1["chosen"][0].source_pos, r2["chosen"][0].source_pos
            if len(p1 & p2) <= 0.5 * min(len(p1), len(p2)):
                for r in (r1, r2):
                    r["cls"] = "rewritten" if r["cls"] in ("verbatim", "near_verbatim") else r["cls"]


def _surface_dice(t: Sentence, sources: list[Sentence]) -> float:
    src = [n for s in sorted(sources, key=lambda s: s.sent_id) for n in s.norms]
    if not src or not t.norms:
        return 0.0
    matched = sum(n for *_, n in SequenceMatcher(None, src, t.norms, autojunk=False).get_matching_blocks())
    return 2 * matched / (len(src) + len(t.norms))


def align_sentences(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    sentences: pd.DataFrame | None = None,
    model=None,
    options: ReuseOptions | None = None,
) -> pd.DataFrame:
    """Align every body sentence of every other document to the source's sentences.

    Each sentence is scored against the source sentences richest in its content
    words (IDF-weighted; up to ``options.max_candidates``), and, when it has few
    content words, against those holding its words as a run (short quotes). The
    best class wins, then the best score, so a weak first candidate does not hide
    a good second one. Further source sentences of the same file join when they
    cover what the first leaves out (a merge); a source sentence feeding two
    sentences with different parts was split. Classes:

    * ``verbatim``: the same words, up to quotes, punctuation, whitespace and case;
    * ``near_verbatim``: one source sentence, most of the sentence taken from it,
      a fair part of it kept, few edit regions (:class:`ReuseOptions`);
    * ``rewritten``: merged, split, compressed (its words in order in a longer
      source sentence) or paraphrased (:func:`corpus_tools.similarity.sentence_score`),
      sharing content beyond names, numbers and verbs of saying; or a short quote;
    * ``new``: no counterpart.

    Args:
        corpus: the corpus frame.
        source: the witness (doc_id, group or several doc_ids; see
            :func:`corpus_tools.reuse.resolve_source`); None picks the origin.
        sentences: the frame of :func:`corpus_tools.text.sentences`; built when not given.
        model: spaCy pipeline for sentence boundaries, when ``sentences`` is not given.
        options: :class:`ReuseOptions`; defaults when None.

    Returns:
        One row per body sentence of every document outside the source, in
        document order (:data:`ALIGNMENT_COLUMNS`): ``doc_id``, ``sent_id``,
        ``start``, ``end``, ``source_doc_id`` (the file of the source sentences),
        ``source_sent_ids`` (tuple; empty for ``new``), ``score`` (the sentence
        score against the primary source sentence, in [0, 1]; 1.0 for verbatim,
        0.0 for new), ``reuse_class``, ``text`` (raw), ``source_text`` (the raw
        source sentences joined by " "), ``source_group`` (the witness's name)
        and ``word_dice`` (word Dice of the surface forms against the source
        sentences, the former score).

    Raises:
        ValueError: ``source`` names no document or group.

    Example:
        >>> a = align_sentences(load_corpus("seeds"), source="001")
        >>> a.groupby("doc_id").reuse_class.value_counts().loc["000"].to_dict()
        {'near_verbatim': 6, 'verbatim': 6}
    """
    require_columns(corpus, ["text"], "align_sentences")
    opt = options or ReuseOptions()
    name, src_docs = resolve_source(corpus, source)
    sents = body_sentences(corpus, sentences=sentences, model=model)
    src = [s for d in src_docs for s in sents.get(d, [])]
    idf = idf_weights(s.keys for doc in sents.values() for s in doc)
    raw = {str(d): t for d, t in corpus["text"].items()}
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        for r in _align_doc(src, sents.get(doc_id, []), idf, opt):
            t, chosen = r["t"], sorted(r["chosen"], key=lambda m: m.src.sent_id)
            src_doc = chosen[0].src.doc_id if chosen else src_docs[0]
            source_text = " ".join(raw[m.src.doc_id][m.src.start : m.src.end] for m in chosen)
            dice = _surface_dice(t, [m.src for m in chosen])
            ids = tuple(m.src.sent_id for m in chosen)
            rows.append(
                (
                    doc_id,
                    t.sent_id,
                    t.start,
                    t.end,
                    src_doc,
                    ids,
                    round(r["score"], 4),
                    r["cls"],
                    raw[doc_id][t.start : t.end],
                    source_text,
                    name,
                    round(dice, 4),
                )
            )
    return pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)


def source_coverage(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    alignment: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    model=None,
    options: ReuseOptions | None = None,
) -> pd.DataFrame:
    """For each source sentence and each other document: kept, edited, rewritten or dropped?

    Args:
        corpus: the corpus frame.
        source: the witness, as in :func:`align_sentences` (all its files are covered).
        alignment: the frame of :func:`align_sentences` for this source; built when not given.
        sentences: the frame of :func:`corpus_tools.text.sentences`; built when not given.
        model: spaCy pipeline, when ``sentences`` is not given.
        options: :class:`ReuseOptions`, when ``alignment`` is not given.

    Returns:
        One row per (source sentence, other document): ``source_doc_id``,
        ``source_sent_id``, ``source_start``, ``source_end`` (raw offsets in the
        source file), ``doc_id``, ``status`` (``kept_verbatim``, ``kept_edited``,
        ``rewritten`` or ``dropped``: the closest reuse among the sentences
        aligned to it), ``sent_ids`` (tuple of ``doc_id``'s sentences) and
        ``score`` (best alignment score, 0.0 when dropped).
    """
    require_columns(corpus, ["text"], "source_coverage")
    name, src_docs = resolve_source(corpus, source)
    if sentences is None:
        sentences = text_sentences(corpus, model=model)
    if alignment is None:
        alignment = align_sentences(corpus, source=list(src_docs), sentences=sentences, options=options)
    sents = body_sentences(corpus, sentences=sentences)
    used: dict[tuple[str, str, int], list] = defaultdict(list)
    for r in alignment.itertuples():
        for sid in r.source_sent_ids:
            used[(r.doc_id, r.source_doc_id, sid)].append(r)
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        for s in (s for d in src_docs for s in sents.get(d, [])):
            hits = used.get((doc_id, s.doc_id, s.sent_id), [])
            if hits:
                best = min(hits, key=lambda r: (_CLASS_ORDER[r.reuse_class], -r.score))
                ids = tuple(sorted(r.sent_id for r in hits))
                rows.append(
                    (
                        s.doc_id,
                        s.sent_id,
                        s.start,
                        s.end,
                        doc_id,
                        _STATUS[best.reuse_class],
                        ids,
                        max(r.score for r in hits),
                    )
                )
            else:
                rows.append((s.doc_id, s.sent_id, s.start, s.end, doc_id, "dropped", (), 0.0))
    cols = [
        "source_doc_id",
        "source_sent_id",
        "source_start",
        "source_end",
        "doc_id",
        "status",
        "sent_ids",
        "score",
    ]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------- documents


def derivation_features(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    alignment: pd.DataFrame | None = None,
    sentences=None,
    model=None,
    options=None,
) -> pd.DataFrame:
    """The document features the derivation model reads, one row per document outside the source.

    Returns:
        ``doc_id``, ``source_doc_id`` (the witness's name), ``verbatim_share``,
        ``near_verbatim_share``, ``rewritten_share``, ``new_share`` (shares of
        the document's body words by sentence class, summing to 1),
        ``containment`` (share of its word 3-grams found in the source),
        ``source_containment`` (share of the source's 3-grams it has),
        ``longest_passage`` (its longest run of words shared with one source
        file, over its words), ``mean_score`` (mean sentence score),
        ``n_sentences``.
    """
    name, src_docs = resolve_source(corpus, source)
    if alignment is None:
        alignment = align_sentences(
            corpus, source=list(src_docs), sentences=sentences, model=model, options=options
        )
    toks = doc_tokens(corpus)
    k_of = {d: keys(t) for d, t in toks.items()}
    src_grams = set().union(*(ngrams(k_of[d], 3) for d in src_docs))
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        a = alignment[alignment["doc_id"] == doc_id]
        words = np.array([len(t.split()) for t in a["text"]], dtype=float)
        total = words.sum()
        share = {
            c: (float(words[(a["reuse_class"] == c).to_numpy()].sum() / total) if total else 0.0)
            for c in _CLASS_ORDER
        }
        if not total:
            share["new"] = 1.0
        grams = ngrams(k_of[doc_id], 3)
        shared = len(grams & src_grams)
        longest = 0
        for d in src_docs:
            sm = SequenceMatcher(None, k_of[doc_id], k_of[d], autojunk=False)
            longest = max(longest, sm.find_longest_match(0, len(k_of[doc_id]), 0, len(k_of[d])).size)
        rows.append(
            (
                doc_id,
                name,
                *(share[c] for c in _CLASS_ORDER),
                shared / len(grams) if grams else 0.0,
                shared / len(src_grams) if src_grams else 0.0,
                longest / max(1, len(k_of[doc_id])),
                float(a["score"].mean()) if len(a) else 0.0,
                len(a),
            )
        )
    return pd.DataFrame(rows, columns=["doc_id", "source_doc_id", *DERIVATION_FEATURES, "n_sentences"])


def classify_documents(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    alignment: pd.DataFrame | None = None,
    scores: pd.DataFrame | None = None,
    coverage: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    model=None,
    options: ReuseOptions | None = None,
    weights: Mapping[str, tuple[float, ...]] | None = None,
) -> pd.DataFrame:
    """METER's document classes for every document outside the source.

    A multinomial logistic model (:data:`DERIVATION_WEIGHTS`, fitted on METER
    courts by ``benchmarks/meter.py``) reads :func:`derivation_features`.

    Args:
        corpus: the corpus frame.
        source: the witness, as in :func:`align_sentences`.
        alignment: the frame of :func:`align_sentences` for this source.
        scores: accepted for the chain's signature; containment is computed
            against the whole witness, which the pairwise scores do not give.
        coverage: the frame of :func:`source_coverage`, for ``source_kept``.
        sentences, model, options: as in :func:`align_sentences`, when ``alignment`` is not given.
        weights: per class, intercept then one weight per :data:`DERIVATION_FEATURES`.

    Returns:
        The columns of :func:`derivation_features` plus ``derivation``
        (``wholly_derived``, ``partially_derived``, ``non_derived``; a text with no
        sentence aligned to the source is ``non_derived`` with probability 1.0, as
        METER has no such text to fit on),
        ``probability`` (of that class), ``derived_share`` (1 - ``new_share``)
        and ``source_kept`` (share of source sentences it reuses).

    Example:
        >>> c = classify_documents(load_corpus("seeds"), source="001")
        >>> c.set_index("doc_id").derivation.to_dict()
        {'000': 'wholly_derived', '002': 'wholly_derived'}
    """
    require_columns(corpus, ["text"], "classify_documents")
    del scores
    name, src_docs = resolve_source(corpus, source)
    if sentences is None and (alignment is None or coverage is None):
        sentences = text_sentences(corpus, model=model)
    if alignment is None:
        alignment = align_sentences(corpus, source=list(src_docs), sentences=sentences, options=options)
    if coverage is None:
        coverage = source_coverage(corpus, source=list(src_docs), alignment=alignment, sentences=sentences)
    feats = derivation_features(corpus, source=list(src_docs), alignment=alignment)
    feats["source_doc_id"] = name
    w = DERIVATION_WEIGHTS if weights is None else weights
    classes = list(w)
    x = feats[list(DERIVATION_FEATURES)].to_numpy(dtype=float)
    z = (
        np.column_stack([w[c][0] + x @ np.asarray(w[c][1:]) for c in classes])
        if len(x)
        else np.zeros((0, len(classes)))
    )
    p = np.exp(z - z.max(axis=1, keepdims=True)) if len(x) else z
    p = p / p.sum(axis=1, keepdims=True) if len(x) else p
    feats["derivation"] = [classes[i] for i in p.argmax(axis=1)] if len(x) else []
    feats["probability"] = p.max(axis=1).round(4) if len(x) else []
    feats["derived_share"] = (1.0 - feats["new_share"]).round(4)
    # METER holds only reports of the same hearing, so the model never saw a text that shares no
    # sentence with the source: with every feature at zero it would fall back on its intercepts.
    # Such a text is not derived, whatever the model says.
    unrelated = feats["derived_share"] <= 0.0
    feats.loc[unrelated, "derivation"] = "non_derived"
    feats.loc[unrelated, "probability"] = 1.0
    kept = coverage.assign(k=coverage["status"] != "dropped").groupby("doc_id")["k"].mean()
    feats["source_kept"] = feats["doc_id"].map(kept).fillna(0.0).round(4)
    for c in DERIVATION_FEATURES:
        feats[c] = feats[c].round(4)
    return feats
