"""The corpus frame's own columns and its check: the derived columns (``n_chars``, ``n_words``,
``n_paragraphs``, ``repairs``) and the documented column order that :func:`~corpus_tools.load_corpus`
and :func:`~corpus_tools.from_records` both give (:func:`finish_frame`), and the check each analysis
makes at its entry (:func:`validate_corpus`, :func:`require_columns`).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import pandas as pd

from corpus_tools.errors import CorpusError, CorpusWarning
from corpus_tools.io.decoding import MAX_DOCUMENT_CHARS, check_size
from corpus_tools.io.index_md import DERIVED_COLUMNS
from corpus_tools.io.paragraphs import count_words, paragraph_spans

__all__ = ["UNKNOWN", "finish_frame", "require_columns", "validate_corpus"]

UNKNOWN = "unknown"


def _checked_date(value, doc_id) -> str:
    """``published`` as given when it is an ISO date (2024-03-14, with or without a time);
    an invalid one (2024-13-45, "yesterday") warns (CorpusWarning) and becomes ``unknown``."""
    text = str(value).strip()
    if text in ("", UNKNOWN):
        return UNKNOWN if text == "" else text
    if pd.isna(pd.to_datetime(text, errors="coerce", format="ISO8601")):
        warnings.warn(
            f"document {doc_id}: published {text!r} is not a valid ISO date (YYYY-MM-DD); "
            "it is read as 'unknown'. Correct it in INDEX.md.",
            CorpusWarning,
            stacklevel=4,
        )
        return UNKNOWN
    return text


def finish_frame(frame: pd.DataFrame, meta_columns: list[str]) -> pd.DataFrame:
    """Add the derived columns and put columns in their documented order."""
    frame = frame.copy()
    if "repairs" not in frame:
        frame["repairs"] = [()] * len(frame)
    frame["n_chars"] = frame["text"].str.len().astype("int64")
    frame["n_words"] = frame["text"].map(count_words).astype("int64")
    frame["n_paragraphs"] = frame["text"].map(lambda t: len(paragraph_spans(t))).astype("int64")
    meta = [c for c in meta_columns if c != "doc_id" and c not in DERIVED_COLUMNS]
    for c in meta:
        frame[c] = frame[c].fillna(UNKNOWN) if c in frame else UNKNOWN
    if "published" in frame:
        dates = zip(frame["published"], frame["doc_id"], strict=True)
        frame["published"] = [_checked_date(v, d) for v, d in dates]
    frame = frame.set_index("doc_id")[[*meta, *DERIVED_COLUMNS]]
    frame.index = frame.index.astype(str)
    frame.index.name = "doc_id"
    return frame


def validate_corpus(corpus: pd.DataFrame, columns: Iterable[str] = ("text",), where: str = "corpus") -> None:
    """Check a corpus frame at the entry of an analysis; raise CorpusError on the first problem.

    Checks: ``corpus`` is a DataFrame indexed by ``doc_id`` (not a default integer
    index), no doc_id is repeated, every column of ``columns`` is present, and
    ``text`` (when asked for) holds a string in every row: NaN, None or a number
    is named with its doc_id, and none is longer than
    :data:`corpus_tools.io.decoding.MAX_DOCUMENT_CHARS`. Empty strings pass (they score 0.0).

    Args:
        corpus: the frame to check.
        columns: the columns the analysis reads.
        where: the analysis, for the message.

    Raises:
        CorpusError: naming the column or doc_id and what to do.
    """
    if not isinstance(corpus, pd.DataFrame):
        raise CorpusError(f"{where}: expected a corpus DataFrame, got {type(corpus).__name__}.")
    for col in columns:
        if col not in corpus.columns:
            raise CorpusError(
                f"{where}: the corpus frame has no {col!r} column; build it with "
                "load_corpus() or from_records()."
            )
    if corpus.index.name != "doc_id":
        hint = "corpus.set_index('doc_id')" if "doc_id" in corpus.columns else "from_records()"
        raise CorpusError(
            f"{where}: the corpus frame is indexed by {corpus.index.name or 'a default integer index'!s}, "
            f"not doc_id; use {hint}, or build it with load_corpus()."
        )
    if not corpus.index.is_unique:
        dupe = corpus.index[corpus.index.duplicated()][0]
        raise CorpusError(
            f"{where}: doc_id {dupe!r} appears more than once in the corpus index; make doc_ids unique."
        )
    if "text" in columns:
        bad = [(d, t) for d, t in corpus["text"].items() if not isinstance(t, str)]
        if bad:
            doc_id, value = bad[0]
            raise CorpusError(
                f"{where}: column 'text' of doc_id {doc_id!r} is {value!r} ({type(value).__name__}), not a "
                f"string ({len(bad)} such row(s)); drop those rows or fill them with text."
            )
        for doc_id, t in corpus["text"].items():
            if len(t) > MAX_DOCUMENT_CHARS:
                check_size(len(t), f"{where}: doc_id {doc_id!r}")


def require_columns(corpus: pd.DataFrame, columns: Iterable[str], where: str) -> None:
    """Raise CorpusError naming the first problem of ``corpus`` (see :func:`validate_corpus`)."""
    validate_corpus(corpus, tuple(columns), where)
