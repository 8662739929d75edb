"""Exploring a corpus as corpus linguists do: concordance, text statistics, key terms.

* :func:`concordance`: every occurrence of a word or pattern with its context (keyword in
  context), one row per match, rendered aligned on the match in JupyterLab; ``by="version"``
  puts each source sentence holding the word beside the sentences the versions made of it.
* :func:`text_stats`: one row per document: sentences, words, lexical diversity and three
  readability formulas (textacy's definitions).
* :func:`key_terms`: the key terms of each document (textacy's SGRank, TextRank or YAKE) and
  what each version adds or loses against its source.

Keyness (which words a sub-corpus prefers) is :mod:`corpus_tools.variants.keyness`.
textacy is imported inside :func:`key_terms` only: its import (scikit-learn, SciPy, networkx,
about a second) is paid when key terms are asked for, never by the report.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Iterable

import pandas as pd

from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.alignment import align_sentences
from corpus_tools.reuse.documents import resolve_source
from corpus_tools.text import sentences as text
from corpus_tools.text.nlp import load_model
from corpus_tools.text.sentences import clean_text, match_key, norm_token, paragraph_docs, parse

__all__ = [
    "CONCORDANCE_COLUMNS",
    "KEY_TERM_METHODS",
    "SEGMENTERS",
    "TEXT_STATS_COLUMNS",
    "Concordance",
    "concordance",
    "key_terms",
    "text_stats",
]

#: concordance() columns
CONCORDANCE_COLUMNS = ["doc_id", "outlet", "sent_id", "start", "end", "left", "match", "right"]


class Concordance(pd.DataFrame):
    """A concordance frame: a plain DataFrame that JupyterLab draws aligned on the match."""

    @property
    def _constructor(self):
        return Concordance

    def _repr_html_(self) -> str:
        if not {"left", "match", "right"} <= set(self.columns):
            return super()._repr_html_()
        keys = [c for c in self.columns if c not in ("left", "match", "right")]
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in keys)
        rows = []
        for rec in self.itertuples(index=False):
            r = rec._asdict()
            cells = "".join(f"<td>{html.escape(str(r[c]))}</td>" for c in keys)
            rows.append(
                f"<tr>{cells}<td style='text-align:right;white-space:pre'>{html.escape(r['left'])}</td>"
                f"<td style='text-align:center'><b>{html.escape(r['match'])}</b></td>"
                f"<td style='text-align:left;white-space:pre'>{html.escape(r['right'])}</td></tr>"
            )
        return (
            "<table style='font-family:monospace'><thead><tr>"
            f"{head}<th style='text-align:right'>left</th><th>match</th><th style='text-align:left'>right"
            f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


def _pattern(query: str, regex: bool, ignore_case: bool) -> re.Pattern:
    if not query:
        raise ValueError("query must be a non-empty word, phrase or pattern")
    body = query if regex else rf"(?<!\w){re.escape(query)}(?!\w)"
    return re.compile(body, re.IGNORECASE if ignore_case else 0)


def _doc_matches(
    doc_id: str, outlet: str, raw: str, pattern: re.Pattern, window: int, spans: list[tuple[int, int]]
) -> list[tuple]:
    """One document's matches: cleaned text searched, offsets mapped to the raw text."""
    c = clean_text(raw)
    flat = c.text.replace("\n", " ")
    starts = [a for a, _ in spans]
    out = []
    for m in pattern.finditer(c.text):
        if m.end() == m.start():
            continue
        a, b = c.to_raw(m.start(), m.end())
        k = bisect.bisect_right(starts, a) - 1
        sent_id = k if k >= 0 and a < spans[k][1] else -1
        left, right = flat[max(0, m.start() - window) : m.start()], flat[m.end() : m.end() + window]
        out.append((doc_id, outlet, sent_id, a, b, left, flat[m.start() : m.end()], right))
    return out


def concordance(
    corpus: pd.DataFrame,
    query: str,
    *,
    window: int = 40,
    regex: bool = False,
    ignore_case: bool = True,
    by: str = "document",
    source: str | Iterable[str] | None = None,
    sentences: pd.DataFrame | None = None,
    alignment: pd.DataFrame | None = None,
    model=None,
) -> Concordance:
    """Keyword in context: every occurrence of ``query`` with the words around it.

    The cleaned text is searched (quote marks straightened, apostrophes restored, so "Iran's"
    is found however the file spells it); offsets point into the raw text. Not
    ``textacy.extract.keyword_in_context``: it yields the same left/match/right strings but no
    offsets, which the sentence ids and the report's links need, so the search is ``re`` here.

    Args:
        corpus: the corpus frame.
        query: a word or phrase (matched as whole words), or a regular expression with ``regex``.
        window: characters of context on each side.
        regex: ``query`` is a regular expression.
        ignore_case: match regardless of case.
        by: ``document``: every match in corpus order. ``version``: every source sentence that
            holds the query, each followed by the version sentences aligned to it (with their own
            match, or the whole sentence in ``left`` and an empty ``match`` where the version
            changed the word): how one sentence's wording differs around the word.
        source: the source for ``by="version"`` (as in :func:`align_sentences`); None takes the origin.
        sentences: the frame of :func:`corpus_tools.text.sentences.sentences`; computed when
            not given (it loads the spaCy pipeline).
        alignment: the frame of :func:`align_sentences` for ``by="version"``; computed when not given.
        model: spaCy pipeline, used only for what is not given.

    Returns:
        A :class:`Concordance` (a DataFrame) with columns ``doc_id``, ``outlet``, ``sent_id``
        (-1 outside any sentence), ``start``, ``end`` (raw offsets of the match:
        ``corpus.text[doc_id][start:end]``), ``left``, ``match``, ``right`` (cleaned text, line
        breaks as spaces). ``by="version"`` adds ``source_doc_id`` and ``source_sent_id`` first.

    Raises:
        ValueError: an empty query or an unknown ``by``.

    Example:
        >>> k = concordance(load_corpus("seeds"), "missile")
        >>> k.groupby("doc_id").size().to_dict()
        {'000': 6, '001': 18, '002': 9}
    """
    require_columns(corpus, ["text"], "concordance")
    if by not in ("document", "version"):
        raise ValueError(f"by must be 'document' or 'version', got {by!r}")
    pattern = _pattern(query, regex, ignore_case)
    sents = sentences if sentences is not None else text.sentences(corpus, model=model)
    rows = []
    for doc_id, raw in corpus["text"].items():
        mine = sents[sents["doc_id"] == str(doc_id)].sort_values("start")
        spans = list(zip(mine["start"].astype(int), mine["end"].astype(int), strict=True))
        outlet = str(corpus.loc[doc_id, "outlet"]) if "outlet" in corpus else ""
        rows += _doc_matches(str(doc_id), outlet, raw, pattern, window, spans)
    found = Concordance(rows, columns=CONCORDANCE_COLUMNS).astype(
        {"sent_id": "int64", "start": "int64", "end": "int64"}
    )
    if by == "document":
        return found
    return _by_version(corpus, found, sents, source, alignment, window, model)


def _by_version(corpus, found, sents, source, alignment, window, model) -> Concordance:
    """The source's matches, each followed by the aligned sentences of every version."""
    name, members = resolve_source(corpus, source)
    if alignment is None:
        alignment = align_sentences(corpus, source=source, sentences=sents, model=model)
    cols = (sents["doc_id"], sents["sent_id"], sents["text_clean"])
    text_of = {(d, int(s)): t for d, s, t in zip(*cols, strict=True)}
    rows = []
    for src in found[found["doc_id"].isin(members)].itertuples(index=False):
        rows.append((src.doc_id, src.sent_id, *src))
        used = alignment[
            (alignment["source_doc_id"] == src.doc_id)
            & alignment["source_sent_ids"].map(lambda ids, s=src.sent_id: s in tuple(ids))
        ]
        for ver in used.itertuples(index=False):
            hits = found[(found["doc_id"] == ver.doc_id) & (found["sent_id"] == ver.sent_id)]
            if len(hits):
                rows += [(src.doc_id, src.sent_id, *h) for h in hits.itertuples(index=False)]
                continue
            sent = text_of[(ver.doc_id, int(ver.sent_id))].replace("\n", " ")
            outlet = str(corpus.loc[ver.doc_id, "outlet"]) if "outlet" in corpus else ""
            rows.append((src.doc_id, src.sent_id, ver.doc_id, outlet, int(ver.sent_id), -1, -1, sent, "", ""))
    cols = ["source_doc_id", "source_sent_id", *CONCORDANCE_COLUMNS]
    out = Concordance(rows, columns=cols).drop_duplicates(ignore_index=True)
    return out.astype({"source_sent_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})


# ----------------------------------------------------------------------------- text statistics

#: text_stats() columns
TEXT_STATS_COLUMNS = [
    "doc_id",
    "n_sentences",
    "n_words",
    "n_unique_words",
    "n_syllables",
    "n_polysyllable_words",
    "mean_sentence_length",
    "lexical_diversity",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
]


def _hyphenator():
    """pyphen's English dictionary, textacy's syllable counter (``text_stats.utils.load_hyphenator``)."""
    import pyphen  # noqa: PLC0415 - 0.1 s, paid only when statistics are asked for

    return pyphen.Pyphen(lang="en")


def _doc_counts(docs: list, syllables) -> tuple[int, int, int, int, int]:
    """(sentences, words, unique words, syllables, polysyllable words) of a document's paragraphs;
    ``syllables(word)`` counts a lower-case word's syllables."""
    n_sents = n_words = n_syl = n_poly = 0
    types: set[str] = set()
    for doc in docs:
        n_sents += sum(1 for _ in doc.sents)
        for tok in doc:
            if tok.is_punct or tok.is_space:  # textacy's words: text_stats.utils.get_words
                continue
            n_words += 1
            lower = tok.lower_
            types.add(lower)
            syl = syllables(lower)
            n_syl += syl
            n_poly += syl >= 3
    return n_sents, n_words, len(types), n_syl, n_poly


def _body_parses(corpus: pd.DataFrame, segmenter: str, model) -> pd.DataFrame:
    """The :func:`parse` frame text statistics need: tokens and sentences, nothing else."""
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {SEGMENTERS}, got {segmenter!r}")
    nlp = load_model(model)
    if segmenter == "rules":  # the pipeline's tokenizer and spaCy's rule-based Sentencizer
        import spacy  # noqa: PLC0415 - loaded by load_model above

        rules = spacy.blank(nlp.lang, vocab=nlp.vocab)
        rules.tokenizer = nlp.tokenizer
        rules.add_pipe("sentencizer")
        return parse(corpus, model=rules)
    off = [p for p in ("tagger", "attribute_ruler", "lemmatizer", "ner") if p in nlp.pipe_names]
    with nlp.select_pipes(disable=off):
        return parse(corpus, model=nlp)


#: text_stats() sentence segmenters: the dependency parser, or spaCy's rule-based Sentencizer
SEGMENTERS = ("parser", "rules")


def text_stats(
    corpus: pd.DataFrame, *, parses: pd.DataFrame | None = None, segmenter: str = "parser", model=None
) -> pd.DataFrame:
    """Sentences, words, lexical diversity and readability of every document's body.

    textacy's definitions (``textacy.text_stats``), on the spaCy parses of the body paragraphs:
    words are tokens that are neither punctuation nor space (``utils.get_words``), syllables are
    pyphen's hyphenation points + 1 (``basics.n_syllables``), sentences are the parser's
    (``basics.n_sents``). The formulas are ``readability.flesch_reading_ease``,
    ``flesch_kincaid_grade_level`` and ``gunning_fog_index``, and ``diversity.ttr``. Computed
    here rather than by calling textacy because its import (about a second) would slow the
    report past its budget; ``tests/test_explore.py`` checks every value against textacy's.

    Args:
        corpus: the corpus frame.
        parses: the frame of :func:`corpus_tools.text.sentences.parse`; when not given the body
            is parsed here, reading only tokens and sentences.
        segmenter: where sentences come from when ``parses`` is not given: ``parser`` (the
            dependency parser with tagger, lemmatizer and entity recognizer off: the sentences of
            :func:`corpus_tools.text.sentences.sentences` and of the report) or ``rules`` (spaCy's
            rule-based Sentencizer, textacy's own fallback: about 8 times faster, the same words,
            the same sentence count for 94% of Reuters stories; ``benchmarks/explore.py``).
        model: spaCy pipeline (its tokenizer, and its parser for ``parser``), used only when
            ``parses`` is not given.

    Returns:
        One row per document: ``doc_id``, ``n_sentences``, ``n_words``, ``n_unique_words``
        (lower case), ``n_syllables``, ``n_polysyllable_words`` (3 syllables or more),
        ``mean_sentence_length`` (words per sentence), ``lexical_diversity`` (type-token ratio,
        in [0, 1]; it falls as a text grows, so compare texts of like length),
        ``flesch_reading_ease`` (higher = easier; 60-70 is plain English),
        ``flesch_kincaid_grade`` and ``gunning_fog`` (US school grade; higher = harder). A
        document with no words has zero counts and NaN scores.

    Raises:
        ValueError: an unknown segmenter.

    Example:
        >>> s = text_stats(load_corpus("seeds")).set_index("doc_id")
        >>> s.loc["001", ["n_sentences", "n_words"]].tolist()
        [39, 960]
    """
    require_columns(corpus, ["text"], "text_stats")
    if parses is None:
        parses = _body_parses(corpus, segmenter, model)
    by_doc = paragraph_docs(parses)
    hyphenate = _hyphenator().positions
    syllables = functools.lru_cache(maxsize=None)(lambda word: len(hyphenate(word)) + 1)  # one call's words
    rows = []
    for doc_id in map(str, corpus.index):
        s, w, u, syl, poly = _doc_counts([doc for _, _, doc in by_doc.get(doc_id, [])], syllables)
        if s and w:
            scores = (
                w / s,
                u / w,
                206.835 - 1.015 * w / s - 84.6 * syl / w,
                11.8 * syl / w + 0.39 * w / s - 15.59,
                0.4 * (w / s + 100 * poly / w),
            )
        else:
            scores = (float("nan"),) * 5
        rows.append((doc_id, s, w, u, syl, poly, *scores))
    out = pd.DataFrame(rows, columns=TEXT_STATS_COLUMNS)
    return out.round({c: 4 for c in TEXT_STATS_COLUMNS[6:]})


# ----------------------------------------------------------------------------- key terms


def _term_key(term: str) -> str:
    """A term as the alignment matches words: "Missile programme" and "missile program" are one."""
    return " ".join(match_key(norm_token(w)) for w in term.split())


#: key_terms() methods: textacy.extract.keyterms functions
KEY_TERM_METHODS = ("sgrank", "textrank", "yake")


def key_terms(
    corpus: pd.DataFrame,
    *,
    method: str = "sgrank",
    n: int = 10,
    source: str | Iterable[str] | None = None,
    parses: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """The key terms of each document, and what each version adds or loses against its source.

    textacy does the work: ``textacy.extract.keyterms.sgrank`` (default), ``textrank`` or
    ``yake`` on each document's body (its paragraph parses joined with ``Doc.from_docs``),
    terms normalised to lemmas (textacy's default). Needs textacy (the ``explore`` extra).

    Args:
        corpus: the corpus frame.
        method: ``sgrank``, ``textrank`` or ``yake``.
        n: terms per document.
        source: the source the versions are compared with (doc_id, group or doc_ids); None takes
            the origin.
        parses: the frame of :func:`corpus_tools.text.sentences.parse`; parsed when not given.
        model: spaCy pipeline, used only when ``parses`` is not given.

    Returns:
        ``doc_id``, ``rank`` (1 = most key; 0 for a ``lost`` row), ``term``, ``score`` (textacy's:
        larger = more key for SGRank and TextRank; YAKE's is inverted by textacy so the order
        holds; NaN for a ``lost`` row) and ``status``: ``source`` (a term of a source document),
        ``kept`` (a version's term also among its source's), ``added`` (the version's, not
        the source's) or ``lost`` (one of the source's terms the version's list lacks).
        Terms are compared as the alignment matches words (case, dots, quote marks and
        British/American spelling folded: "missile programme" is "missile program").

    Raises:
        ValueError: an unknown method.
        ModuleNotFoundError: textacy is not installed (``pip install "corpus_tools[explore]"``).
    """
    require_columns(corpus, ["text"], "key_terms")
    if method not in KEY_TERM_METHODS:
        raise ValueError(f"method must be one of {KEY_TERM_METHODS}, got {method!r}")
    try:
        from spacy.tokens import Doc  # noqa: PLC0415
        from textacy.extract import keyterms  # noqa: PLC0415 - about a second, paid only here
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"key_terms needs textacy ({exc}): pip install 'corpus_tools[explore]'"
        ) from exc
    extract = getattr(keyterms, method)
    by_doc = paragraph_docs(parses if parses is not None else parse(corpus, model=model))
    name, members = resolve_source(corpus, source)
    terms: dict[str, list[tuple[str, float]]] = {}
    for doc_id in map(str, corpus.index):
        docs = [doc for _, _, doc in by_doc.get(doc_id, [])]
        terms[doc_id] = extract(Doc.from_docs(docs), topn=n) if docs else []
    source_terms = {_term_key(t): t for d in members for t, _ in terms[d]}
    rows = []
    for doc_id, found in terms.items():
        own = {_term_key(t) for t, _ in found}
        for rank, (term, score) in enumerate(found, 1):
            status = (
                "source" if doc_id in members else ("kept" if _term_key(term) in source_terms else "added")
            )
            rows.append((doc_id, rank, term, round(float(score), 4), status))
        if doc_id not in members:
            lost = sorted(k for k in source_terms if k not in own)
            rows += [(doc_id, 0, source_terms[k], float("nan"), "lost") for k in lost]
    return pd.DataFrame(rows, columns=["doc_id", "rank", "term", "score", "status"])
