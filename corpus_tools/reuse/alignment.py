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

import re
from collections import defaultdict, namedtuple
from collections.abc import Iterable
from difflib import SequenceMatcher
from itertools import combinations

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.choice import REUSE_CLASSES, choose, lead_context
from corpus_tools.reuse.decision import decide
from corpus_tools.reuse.documents import doc_tokens, resolve_source
from corpus_tools.reuse.echoes import echoes
from corpus_tools.reuse.frame_only import frame_only, without_frame
from corpus_tools.reuse.fusion import common_words
from corpus_tools.reuse.lone import new_by_place
from corpus_tools.reuse.matching import (
    ReuseOptions,
    Sentence,
    candidates,
    fused_alone,
    match,
    merged_score,
    word_runs,
)
from corpus_tools.reuse.neighbours import (
    adjacent_fused,
    beside_candidates,
    lead_pairs,
    passages,
    short_lines,
)
from corpus_tools.reuse.other_figures import other_figures
from corpus_tools.reuse.own_questions import asks_itself, own_question
from corpus_tools.reuse.own_quotes import own_quotations
from corpus_tools.reuse.own_tellers import own_teller
from corpus_tools.reuse.pieces import joined_pieces
from corpus_tools.reuse.similarity import idf_weights, known_names, sentence_words
from corpus_tools.text.sentences import Token
from corpus_tools.text.sentences import sentences as text_sentences

__all__ = [
    "ALIGNMENT_COLUMNS",
    "REUSE_CLASSES",
    "ReuseOptions",
    "Sentence",
    "align_sentences",
    "body_sentences",
    "source_coverage",
    "speaker_label",
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
    "other_source_sents",
]
_CLASS_ORDER = {c: k for k, c in enumerate(REUSE_CLASSES)}
_COLON = re.compile(r"[ \t]*:")
_STATUS = {"verbatim": "kept_verbatim", "near_verbatim": "kept_edited", "rewritten": "rewritten"}
_Row = namedtuple("_Row", "sent_id start end")  # a row of the sentences frame, as body_sentences reads it


# ----------------------------------------------------------------------------- sentences


def body_sentences(
    corpus: pd.DataFrame, *, sentences: pd.DataFrame | None = None, model=None
) -> dict[str, list[Sentence]]:
    """Body sentences of every document with their words, ``{doc_id: [Sentence]}``.

    A leading speaker label (:func:`speaker_label`) is left out of a sentence's words; a
    sentence that is only a label is kept with ``layout=True``. A word written capitalised
    inside most sentences of the corpus is a name where it opens a sentence too
    (:func:`corpus_tools.reuse.similarity.known_names`: "Denning, 58, was jailed").

    Args:
        corpus: the corpus frame.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; built when not given.
        model: spaCy pipeline, only when ``sentences`` is not given.
    """
    if sentences is None:
        sentences = text_sentences(corpus, model=model)
    toks = doc_tokens(corpus)
    raw = {str(d): t for d, t in corpus["text"].items()}
    out: dict[str, list[Sentence]] = {str(d): [] for d in corpus.index}
    body = sentences[~sentences["is_boilerplate"]]
    parts, groups = [], defaultdict(list)
    # the rows by document in order of first row, as groupby(sort=False) gave, from the columns
    # read once as lists (no frame and tuple built per document: #23)
    for doc_id, *row in zip(*(body[c].tolist() for c in ("doc_id", "sent_id", "start", "end")), strict=True):
        groups[doc_id].append(_Row(*row))
    for doc_id, group in groups.items():
        doc_toks, k = toks.get(str(doc_id), []), 0
        for row in group:
            while k < len(doc_toks) and doc_toks[k].start < row.start:
                k += 1
            mine = []
            while k < len(doc_toks) and doc_toks[k].start < row.end:
                mine.append(doc_toks[k])
                k += 1
            if mine:
                label = speaker_label(mine, raw[str(doc_id)])
                layout = label == len(mine)
                parts.append((str(doc_id), row, mine if layout else mine[label:], layout))
    names = known_names(([t.text for t in mine] for *_, mine, _ in parts), lemmas=True)
    for doc_id, row, mine, layout in parts:
        words = sentence_words((t.text for t in mine), lemmas=True, names=names)
        norms = tuple(t.norm for t in mine)
        lower = mine[0].text[:1].islower()
        start, end = int(row.start), int(row.end)
        asks = asks_itself(raw[doc_id], start, end)  # a question in the paper's own voice
        sent = Sentence(doc_id, int(row.sent_id), start, end, norms, words, layout, lower, asks)
        out[doc_id].append(sent)
    return out


def speaker_label(tokens: list[Token], text: str, *, max_words: int = 3) -> int:
    """How many leading tokens of a sentence are a transcript's speaker label: up to
    ``max_words`` words in capitals followed by a colon ("MR HAMILTON:", "CARMAN:", "Q:").

    A label is layout, not evidence of reuse: a transcript of a cross-examination repeats
    "MR HAMILTON:" before every answer, and a wire story opens a quoted line with the name.

    Args:
        tokens: the sentence's word tokens (:func:`corpus_tools.text.sentences.word_tokens`), in order.
        text: the raw text their offsets point into.
        max_words: the longest label, in words.

    Returns:
        The number of label tokens (0 when the sentence opens with none).

    Example:
        >>> from corpus_tools.text.sentences import word_tokens
        >>> [speaker_label(word_tokens(t, body_only=False), t) for t in ("MR X: Yes.", "NEIL Hamilton: no")]
        [2, 0]
    """
    for n, tok in enumerate(tokens[:max_words]):
        if not tok.text.isupper():
            return 0
        if _COLON.match(text, tok.end):
            return n + 1
    return 0


# ----------------------------------------------------------------------------- alignment


def _source_index(src: list[Sentence]) -> tuple[list[Sentence], dict, dict, dict]:
    """What :func:`_align_doc` reads of the source, built once for every document aligned to it:
    its sentences (layout left out), the sentences holding each content word, those holding each
    run of words, and per source file the words common to its sentences."""
    src = [s for s in src if not s.layout]
    index: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(src):
        for key in s.words.content:
            index[key].append(n)
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, s in enumerate(src):
        for gram in word_runs(s.keys):
            runs[gram].append(n)
    # words found in three or more sentences of a source file tell none of them apart
    common = {d: common_words(s.words for s in src if s.doc_id == d) for d in {s.doc_id for s in src}}
    return src, index, runs, common


def _align_doc(
    src: list[Sentence],
    tgt: list[Sentence],
    idf,
    opt: ReuseOptions,
    weights=None,
    *,
    prepared=None,
    texts=None,
) -> list[dict]:
    """The rows of one document's sentences ``tgt`` aligned to ``src``; ``prepared``: the
    :func:`_source_index` of ``src``, when already built; ``texts``: the raw texts by ``doc_id``,
    for the rules that read a sentence's figures (none read without them)."""
    src, index, runs, common = prepared if prepared is not None else _source_index(src)
    matches = [
        [match(src[n], t, idf, opt) for n in candidates(t, src, index, idf, opt, runs=runs)]
        if not t.layout
        else []
        for t in tgt
    ]
    # a paraphrase read by the score alone at the lower bar needs a neighbour aligned by words
    by_words = [any(m.route == "words" for m in ms) for ms in matches]
    # ... or, for the text's lead at the score's own bar, a source file's lead (a lead reports the
    # lead), when no fusion explains it
    first, leads = lead_pairs(src, tgt)

    def row(k: int, t: Sentence, every: list) -> dict:
        beside = (k > 0 and by_words[k - 1]) or (k + 1 < len(tgt) and by_words[k + 1])
        lead = [
            m for m in every if k == first and m.route == "context" and lead_context(m, k, first, leads, opt)
        ]
        again = lambda rest: _row(t, rest, beside, [m for m in lead if m in rest], opt, common, idf)  # noqa: E731
        return without_frame(_row(t, every, beside, lead, opt, common, idf), again)  # a frame alone: others

    def joined_row(k: int, t: Sentence) -> dict:  # rows k and k + 1 read as one sentence t
        every = [match(src[n], t, idf, opt) for n in candidates(t, src, index, idf, opt, runs=runs)]
        beside = (k > 0 and by_words[k - 1]) or (k + 2 < len(tgt) and by_words[k + 2])
        return _row(t, every, beside, [], opt, common, idf)

    rows = [row(k, t, every) for k, (t, every) in enumerate(zip(tgt, matches, strict=True))]
    if not (opt.fitted_decision or any(weights or ())):
        by_key = {(s.doc_id, s.sent_id): s for s in src}
        for k, every in beside_candidates(rows, by_key, lambda s, t: match(s, t, idf, opt)):
            if (again := row(k, rows[k]["t"], every))["cls"] != "new":
                rows[k] = again  # else the later passes see the candidates they saw before
        joined_pieces(rows, joined_row, lambda t, s: match(s, t, idf, opt))
    if opt.fitted_decision or weights is not None:
        decide(rows, idf, opt, common, weights=weights)
    adjacent_fused(rows, common)
    short_lines(rows, src, opt.max_short_words, lambda t, s: match(s, t, idf, opt))
    passages(rows, common, lambda t, chosen: merged_score(t, chosen, idf), min_words=opt.max_short_words)
    if not (opt.fitted_decision or any(weights or ())):  # else the model decides every new sentence
        score = lambda t, chosen: merged_score(t, chosen, idf)  # noqa: E731
        new_by_place(rows, common, score, opt)
        own_quotations(rows)  # a first-person quotation its source reports in the third person
        own_quotations(rows, own_question)  # a question the paper asks in its own voice
        own_quotations(rows, own_teller(src))  # "One friend says ...": the paper's own teller
        own_quotations(rows, frame_only)  # only "Ann Roe QC, prosecuting, told the jury" shared
        if texts is not None:  # "0.528 ounce across five feet" for "1.08 ounces across 4.2 feet"
            other_figures(rows, texts, [texts[d] for d in dict.fromkeys(s.doc_id for s in src)])
    _mark_splits(rows)
    if not (opt.fitted_decision or any(weights or ())):  # after the splits: a piece copies no whole
        own_quotations(rows, echoes(rows))  # a source sentence another sentence copies whole
    return rows


def _row(t: Sentence, every: list, beside: bool, lead: list, opt: ReuseOptions, common: dict, idf) -> dict:
    """One sentence's row among its candidates ``every``: the context route only ``beside`` a
    sentence aligned by words; ``lead``: the text's lead's context candidates at the score's bar."""
    cands = [m for m in every if m.cls != "new" and (m.route != "context" or beside)]
    chosen = choose(t, cands, every, opt, common)
    if not chosen and lead and not fused_alone(t, every, opt, common):
        chosen = choose(t, lead, every, opt, common)
    if not chosen:
        chosen = fused_alone(t, every, opt, common)
        cls, route = ("rewritten", "fused") if chosen else ("new", "")
        return dict(t=t, chosen=chosen, score=merged_score(t, chosen, idf), cls=cls, route=route, every=every)
    primary = chosen[0]
    score = max(primary.score, merged_score(t, chosen, idf)) if len(chosen) > 1 else primary.score
    cls = "rewritten" if len(chosen) > 1 else primary.cls
    return dict(t=t, chosen=chosen, score=score, cls=cls, route=primary.route, every=every)


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
    t = r["t"]
    src_doc = r["chosen"][0].src.doc_id if r["chosen"] else src_docs[0]
    chosen = sorted(r["chosen"], key=lambda m: (m.src.doc_id != src_doc, m.src.doc_id, m.src.sent_id))
    source_text = " ".join(raw[m.src.doc_id][m.src.start : m.src.end] for m in chosen)
    dice = _surface_dice(t, [m.src for m in chosen])
    ids = tuple(m.src.sent_id for m in chosen if m.src.doc_id == src_doc)
    others = tuple((m.src.doc_id, m.src.sent_id) for m in chosen if m.src.doc_id != src_doc)
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
        others,
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
    best class wins, then the best score (a rewrite holding twice its words by IDF first), so a
    weak first candidate does not hide a good second one. Words are read as lemma keys
    (``sentence_words(lemmas=True)``: "warnings" meets "warned"), and a paraphrase score
    counts only when the source sentence holds ``min_score_cover`` of the sentence's evidence
    words. A sentence fused from several
    source sentences is aligned to all of them: further source sentences of the same file join when they bring
    words the first lacks, and a sentence no single source sentence explains
    aligns to the sentences that together hold most of its words
    (:mod:`corpus_tools.reuse.fusion`; ``min_fused_*`` of :class:`ReuseOptions`). In a
    source split into takes, the sentences of other takes join too, up to
    ``max_fused_sentences`` in all (``other_source_sents``).
    A source sentence feeding two sentences with different parts was split. Words
    used only inside stock phrases ("the end of the", "said in a statement") are
    no evidence, nor is a transcript's speaker label ("MR HAMILTON:", :func:`speaker_label`):
    a sentence that is only a label is ``new`` and no candidate. Classes:

    * ``verbatim``: the same words, up to quotes, punctuation, whitespace and case;
    * ``near_verbatim``: one source sentence, most of the sentence taken from it,
      a fair part of it kept, few edit regions (:class:`ReuseOptions`);
    * ``rewritten``: fused, split, compressed (its words in order in a longer
      source sentence) or paraphrased (:func:`corpus_tools.reuse.similarity.sentence_score`),
      sharing content beyond names, numbers and verbs of saying; or a short quote.
      A weaker paraphrase (``min_score_context``) counts only beside a sentence
      aligned by its words, as rewrites sit among copied sentences, or when a text's lead
      reports a source file's lead; a rewritten sentence takes the source sentence before or
      after its own when that brings a word of what happened no other sentence of the file
      holds; a short line that is a source line's words up to a title ("Ms Davies asked.")
      is ``near_verbatim`` beside its neighbours' source sentences, or where no other source
      line reads so; a sentence retelling three nearby source sentences in their words, new
      words between, aligns to the three in a text that copies enough of its source; a sentence
      fused from source sentences near those of an aligned neighbour, each bringing a word, aligns
      to them (:mod:`corpus_tools.reuse.neighbours`); so does a text's one sentence left new (:mod:`.lone`);
    * ``new``: no counterpart.

    With ``options.fitted_decision`` 1, the rules propose; for a sentence they call ``rewritten``
    or ``new``, a logistic model over
    what it and its proposed source sentences show (shares of its words held, the longest run,
    the score, the rule that fired, its neighbours, its text's share copied:
    :mod:`corpus_tools.reuse.decision`, fitted on METER courts' phrase annotations) decides: it
    may set a rewrite to ``new``, or align a sentence of more than ``max_short_words`` words the
    rules left new to the sentences proposed for it.

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
        ``source_sent_ids`` (tuple, in source order: several for a fused sentence,
        all in ``source_doc_id``; empty for ``new``), ``score`` (the sentence score
        against the primary source sentence, or for a fused sentence the best of that
        and of the score against its source sentences read as one, in [0, 1]; 1.0 for
        verbatim, 0.0 for new), ``reuse_class``, ``text`` (raw), ``source_text`` (the raw
        source sentences joined by " "), ``source_group`` (the witness's name)
        and ``word_dice`` (word Dice of the surface forms against the source
        sentences, the former score) and ``other_source_sents`` (tuple of
        ``(source_doc_id, sent_id)`` pairs: the sentences of other files of a source split into
        takes that the sentence is also fused from; empty for most).

    Raises:
        ValueError: ``source`` names no document or group.

    Example:
        >>> a = align_sentences(load_corpus("seeds"), source="001")
        >>> a.groupby("doc_id").reuse_class.value_counts().loc["000"].to_dict()
        {'verbatim': 6, 'near_verbatim': 5, 'rewritten': 1}
    """
    require_columns(corpus, ["text"], "align_sentences")
    return _aligned(corpus, source, sentences, model, options)[0]


def _aligned(corpus, source, sentences, model, options, weights=None) -> tuple[pd.DataFrame, list]:
    """:func:`align_sentences` and, row by row, the features of the fitted decision
    and whether the model may admit it, ``(features, admissible)``
    (:func:`corpus_tools.reuse.decision.decide`; features None for a verbatim or near verbatim
    sentence). ``weights``: the decision's weights (all 0: the threshold rules alone)."""
    opt = options or ReuseOptions()
    name, src_docs = resolve_source(corpus, source)
    sents = body_sentences(corpus, sentences=sentences, model=model)
    src = [s for d in src_docs for s in sents.get(d, [])]
    idf = idf_weights(s.keys for doc in sents.values() for s in doc)
    raw = {str(d): t for d, t in corpus["text"].items()}
    rows, features = [], []
    prepared = _source_index(src)
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        for r in _align_doc(src, sents.get(doc_id, []), idf, opt, weights, prepared=prepared, texts=raw):
            rows.append(_alignment_row(doc_id, r, raw, src_docs, name))
            features.append((r.get("features"), r.get("admissible", False)))
    return pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS), features


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
    # only the source's sentences are read (their ids and offsets, which do not depend on the
    # other documents): the other documents' words are not built again
    mine = corpus.index.map(str).isin(src_docs)
    sents = body_sentences(corpus[mine], sentences=sentences[sentences["doc_id"].astype(str).isin(src_docs)])
    used: dict[tuple[str, str, int], list] = defaultdict(list)
    for r in alignment.itertuples():
        for sid in r.source_sent_ids:
            used[(r.doc_id, r.source_doc_id, sid)].append(r)
        for doc, sid in r.other_source_sents:
            used[(r.doc_id, doc, sid)].append(r)
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
