"""Text reuse: sentence alignment and source coverage.

Document-level reuse (n-gram scores, shared passages, witnesses and origin) is
in :mod:`corpus_tools.reuse.documents`; derivation classes built on the
alignment in :mod:`corpus_tools.reuse.derivation`. Sentences come from
:func:`corpus_tools.text.sentences.sentences`; words are read as in :mod:`corpus_tools.reuse.documents`;
the pair score is :func:`corpus_tools.reuse.similarity.sentence_score`. Every tunable
is a field of :class:`ReuseOptions`. Nothing is cached: pass the frames a stage
builds on (``sentences=``, ``alignment=``...) to avoid recomputing them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from itertools import combinations

import pandas as pd

from corpus_tools.errors import check_fields
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.documents import doc_tokens, resolve_source
from corpus_tools.reuse.fusion import evidence_words, fuse
from corpus_tools.reuse.similarity import SentenceWords, idf_weights, sentence_score, sentence_words
from corpus_tools.text.sentences import sentences as text_sentences

__all__ = [
    "ALIGNMENT_COLUMNS",
    "REUSE_CLASSES",
    "ReuseOptions",
    "Sentence",
    "align_sentences",
    "body_sentences",
    "source_coverage",
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
#: Sentence reuse classes of :func:`align_sentences`, closest reuse first.
REUSE_CLASSES = ("verbatim", "near_verbatim", "rewritten", "new")
_CLASS_ORDER = {c: k for k, c in enumerate(REUSE_CLASSES)}
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
        min_compression: ``rewritten`` needs this share of the sentence's words
            found in order in the source sentence (a compression; or this share of
            the source sentence, at least 4 words, in it: an expansion; default
            0.5, (0, 1]) ...
        min_topical: ... and at least this many shared content words that are not
            names, numbers or verbs of saying (default 1, >= 0: reports of one
            event written independently share names and "said"; a reused
            sentence shares what happened) ...
        min_score: ... or a :func:`corpus_tools.reuse.similarity.sentence_score` of at
            least this (default 0.4, [0, 1]) ...
        min_topical_score: ... with at least this many such shared words (default
            3, >= 0: a score read on a window of a long source sentence lets
            weakly related sentences in when one or two words are shared) ...
        min_score_context: ... or, when the previous or the next sentence of the
            document aligns by words (verbatim, near verbatim, compressed,
            expanded or a short quote), a score of at least this (default 0.3,
            [0, 1]: a rewritten sentence sits among copied ones, while a weak
            paraphrase alone in an independent report is a coincidence) ...
        min_topical_context: ... with at least this many such shared words
            (default 2, >= 0). The defaults of these six: METER's phrase
            annotations (recall against precision over a grid replayed on
            per-candidate metrics, the choice checked in by-date folds;
            ``benchmarks/meter.py``, benchmarks/README.md).
        min_quote_tokens: a sentence with fewer content words than this is looked
            up as a run of words in the source sentences, so a short quote of
            stop words ("See you at the next show!") aligns (default 3, >= 1).
        max_candidates: distinct source sentences scored per sentence, best
            IDF-weighted overlap first; a sentence repeated word for word in
            several files of the source (a wire story's takes) counts once
            (default 8, >= 1; 16 on METER: recall +0.01, precision -0.01).
        min_fused_words: a further source sentence of the same file joins an
            aligned sentence (a fusion) when it brings at least this many of the
            sentence's content words, names and numbers that the sentences
            already taken lack, one at least in a word pair the two share
            (:func:`corpus_tools.reuse.fusion.fuse`; default 3, >= 1).
        min_fused_words_alone: ... and this many for a sentence that no single
            source sentence explains (default 2, >= 1), which is then aligned to
            the source sentences of one file it is fused from when ...
        min_fused_cover: ... they hold at least this share of its content words,
            names and numbers, with at least ``min_topical`` shared words beyond
            names, numbers and verbs of saying (default 0.6, [0, 1]).

    Words used only inside stock phrases ("the end of the", "said in a statement":
    :data:`corpus_tools.reuse.fusion.STOCK_PHRASES`) and titles ("Mr") are no
    evidence for any route but ``verbatim`` and the short quote's run of words.
    """

    min_target_cover: float = 0.7
    min_source_cover: float = 0.3
    tokens_per_edit: int = 8
    min_compression: float = 0.5
    min_topical: int = 1
    min_score: float = 0.4
    min_topical_score: int = 3
    min_score_context: float = 0.3
    min_topical_context: int = 2
    min_quote_tokens: int = 3
    max_candidates: int = 8
    min_fused_words: int = 3
    min_fused_words_alone: int = 2
    min_fused_cover: float = 0.6

    def __post_init__(self) -> None:
        check_fields(self, lambda name: 0 if name.startswith("min_topical") else 1)


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

    @cached_property
    def evidence(self) -> frozenset[str]:
        """Content words that can count as evidence of reuse (no stock phrase, no title)."""
        return evidence_words(self.words)


def body_sentences(
    corpus: pd.DataFrame, *, sentences: pd.DataFrame | None = None, model=None
) -> dict[str, list[Sentence]]:
    """Body sentences of every document with their words, ``{doc_id: [Sentence]}``.

    Args:
        corpus: the corpus frame.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; built when not given.
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
    #: what made the class: "words" (shared words alone), "score" or "context" (the
    #: sentence score, the latter only beside a sentence aligned by words); "" for new
    route: str = ""

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
    topical = len(t.words.topical & s.words.topical & t.evidence)
    longest = max((n for *_, n in sm.get_matching_blocks()), default=0)
    route = "words"
    if t.norms == s.norms:
        cls = "verbatim"
    elif (
        t.evidence & (s.words.content | s.words.numbers)
        and cover_t >= opt.min_target_cover
        and cover_s >= opt.min_source_cover
        and edits <= max(3, len(t.keys) // opt.tokens_per_edit)
    ):
        cls = "near_verbatim"
    elif topical >= opt.min_topical and (
        cover_t >= opt.min_compression or (cover_s >= opt.min_compression and len(spos) >= 4)
    ):  # compressed, or expanded (the source inside it: a merge)
        cls = "rewritten"
    elif len(t.words.content) < opt.min_quote_tokens and len(t.keys) >= 3 and longest >= 0.9 * len(t.keys):
        cls = "rewritten"  # a short quote kept word for word inside a longer source sentence
    elif topical >= opt.min_topical_score and m.score >= opt.min_score:
        cls, route = "rewritten", "score"  # paraphrased
    elif topical >= opt.min_topical_context and m.score >= opt.min_score_context:
        cls, route = "rewritten", "context"  # paraphrased, kept only beside a sentence aligned by words
    else:
        cls, route = "new", ""
    m.cls, m.route = cls, route
    return m


def _candidates(t: Sentence, src: list[Sentence], index, idf, opt: ReuseOptions) -> list[int]:
    weight: dict[int, float] = defaultdict(float)
    for key in t.words.content:
        for n in index.get(key, ()):
            weight[n] += idf.get(key, 1.0)
    best, seen = [], set()
    for n in sorted(weight, key=lambda n: (-weight[n], n)):
        if src[n].norms not in seen:  # the same sentence in several takes is one candidate
            seen.add(src[n].norms)
            best.append(n)
            if len(best) == opt.max_candidates:
                break
    if len(t.words.content) < opt.min_quote_tokens:
        run = " " + " ".join(t.keys) + " "
        best += [n for n, s in enumerate(src) if n not in best and run in " " + " ".join(s.keys) + " "]
    return best


def _align_doc(src: list[Sentence], tgt: list[Sentence], idf, opt: ReuseOptions) -> list[dict]:
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(src):
        for key in s.words.content:
            index[key].append(n)
    matches = [[_match(src[n], t, idf, opt) for n in _candidates(t, src, index, idf, opt)] for t in tgt]
    # a paraphrase read by the score alone at the lower bar needs a neighbour aligned by words
    by_words = [any(m.route == "words" for m in ms) for ms in matches]
    rows = []
    for k, (t, every) in enumerate(zip(tgt, matches, strict=True)):
        beside = (k > 0 and by_words[k - 1]) or (k + 1 < len(tgt) and by_words[k + 1])
        cands = [m for m in every if m.cls != "new" and (m.route != "context" or beside)]
        if not cands:
            chosen = _fused_alone(t, every, opt)
            rows.append(
                dict(
                    t=t,
                    chosen=chosen,
                    score=_merged_score(t, chosen, idf),
                    cls="rewritten" if chosen else "new",
                )
            )
            continue
        # the best class first; the score (computed on demand) only ranks candidates of that class
        top = min(_CLASS_ORDER[m.cls] for m in cands)
        primary = min(
            (m for m in cands if _CLASS_ORDER[m.cls] == top),
            key=lambda m: (-m.score, m.src.doc_id, m.src.sent_id),
        )
        # fused sentences: source sentences of the same file that bring words the primary lacks
        same = [m for m in every if m is not primary and m.src.doc_id == primary.src.doc_id]
        more = fuse(
            t.words,
            [(m.src.sent_id, m.src.words) for m in same],
            taken=[primary.src.words],
            min_words=opt.min_fused_words,
        )
        chosen = [primary, *(same[n] for n in more)]
        score = max(primary.score, _merged_score(t, chosen, idf)) if len(chosen) > 1 else primary.score
        rows.append(
            dict(t=t, chosen=chosen, score=score, cls="rewritten" if len(chosen) > 1 else primary.cls)
        )
    _mark_splits(rows)
    return rows


def _fused_alone(t: Sentence, every: list[_Match], opt: ReuseOptions) -> list[_Match]:
    """The source sentences of one file a sentence no single one explains is fused from: those
    :func:`corpus_tools.reuse.fusion.fuse` picks, when together they hold ``min_fused_cover`` of its
    evidence words and ``min_topical_context`` of its topical words; [] otherwise."""
    best: list[_Match] = []
    if not t.evidence:
        return best
    for doc in sorted({m.src.doc_id for m in every}):
        same = [m for m in every if m.src.doc_id == doc]
        chosen = [
            same[n]
            for n in fuse(
                t.words, [(m.src.sent_id, m.src.words) for m in same], min_words=opt.min_fused_words_alone
            )
        ]
        held = t.evidence & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))
        if (
            len(held) >= opt.min_fused_cover * len(t.evidence)
            and len(held & t.words.topical) >= opt.min_topical
            and len(held)
            > len(t.evidence & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in best)))
        ):
            best = chosen
    return best


def _merged_score(t: Sentence, chosen: list[_Match], idf) -> float:
    """The sentence score against the chosen source sentences read as one (0.0 for none)."""
    if not chosen:
        return 0.0
    parts = [m.src.words for m in sorted(chosen, key=lambda m: m.src.sent_id)]
    merged = SentenceWords(
        tuple(k for w in parts for k in w.keys),
        frozenset().union(*(w.names for w in parts)),
        frozenset().union(*(w.numbers for w in parts)),
    )
    return sentence_score(t.words, merged, idf=idf)


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


def _alignment_row(doc_id: str, r: dict, raw: dict[str, str], src_docs, name) -> tuple:
    """One output row (in ALIGNMENT_COLUMNS order) for an aligned target sentence of ``doc_id``."""
    t, chosen = r["t"], sorted(r["chosen"], key=lambda m: m.src.sent_id)
    src_doc = chosen[0].src.doc_id if chosen else src_docs[0]
    source_text = " ".join(raw[m.src.doc_id][m.src.start : m.src.end] for m in chosen)
    dice = _surface_dice(t, [m.src for m in chosen])
    ids = tuple(m.src.sent_id for m in chosen)
    return (
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
    words (IDF-weighted; up to ``options.max_candidates`` distinct ones), and, when it has few
    content words, against those holding its words as a run (short quotes). The
    best class wins, then the best score, so a weak first candidate does not hide
    a good second one. Further source sentences of the same file join when they
    cover what the first leaves out (a merge); a source sentence feeding two
    sentences with different parts was split. Classes:

    * ``verbatim``: the same words, up to quotes, punctuation, whitespace and case;
    * ``near_verbatim``: one source sentence, most of the sentence taken from it,
      a fair part of it kept, few edit regions (:class:`ReuseOptions`);
    * ``rewritten``: merged, split, compressed (its words in order in a longer
      source sentence) or paraphrased (:func:`corpus_tools.reuse.similarity.sentence_score`),
      sharing content beyond names, numbers and verbs of saying; or a short quote.
      A weaker paraphrase (``min_score_context``) counts only beside a sentence
      aligned by its words, as rewrites sit among copied sentences;
    * ``new``: no counterpart.

    Args:
        corpus: the corpus frame.
        source: the witness (doc_id, group or several doc_ids; see
            :func:`corpus_tools.reuse.documents.resolve_source`); None picks the origin.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; built when not given.
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
            rows.append(_alignment_row(doc_id, r, raw, src_docs, name))
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
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; built when not given.
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
                status, score = _STATUS[best.reuse_class], max(r.score for r in hits)
                rows.append((s.doc_id, s.sent_id, s.start, s.end, doc_id, status, ids, score))
            else:
                rows.append((s.doc_id, s.sent_id, s.start, s.end, doc_id, "dropped", (), 0.0))
    cols = ["source_doc_id", "source_sent_id", "source_start", "source_end", "doc_id", "status", "sent_ids"]
    return pd.DataFrame(rows, columns=[*cols, "score"])
