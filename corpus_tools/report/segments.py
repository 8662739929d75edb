"""What the findings' paragraphs are made of, shared by :mod:`corpus_tools.report.findings` and
:mod:`corpus_tools.report.speaker_findings`: the :data:`Segment` a paragraph is made of, the columns
the findings read of each frame (:data:`FINDINGS_COLUMNS`) and the small helpers that read them
and put figures into words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.labels import columns
from corpus_tools.reuse.derivation import DERIVATION_COUNTS, DERIVATION_SHARES

__all__ = ["FINDINGS_COLUMNS", "Segment", "by_document"]

T = TypeVar("T")

#: a piece of a paragraph: plain text, or (text, link target) for a figure the report links
Segment = str | tuple[str, str]


#: frame -> the columns the findings read of it
FINDINGS_COLUMNS: dict[str, list[str]] = {
    "alignment": ["doc_id", "reuse_class"],
    "coverage": ["doc_id", "status"],
    "derivation": [
        "doc_id",
        "derivation",
        "rule",
        *DERIVATION_COUNTS,
        *DERIVATION_SHARES,
        "novel_word_share",
        "containment",
        "mean_score",
        "probability",
        "runner_up",
        "check",
        "n_sentences",
    ],
    "origin": ["doc_id", "source_doc_id", "is_best_parent", "direction"],
    "copies": ["doc_id", "copy_of", "kind", "containment"],
    "variants": ["doc_id", "source_doc_id", "category", "source_form", "form", "source_context", "context"],
    "house_style": ["doc_id", "dimension", "style", "n", "n_total"],
    "speaker_summary": [
        "doc_id",
        "n_speakers",
        "n_people",
        "n_institutions",
        "n_governments",
        "n_media",
        "n_anonymous",
        "n_agency_attributions",
    ],
    "speaker_survival": [
        "doc_id",
        "speaker",
        "speaker_kind",
        "status",
        "became",
        "evidence_score",
        "agency_credit",
        "agency_credit_dropped",
        "n_statements_unattributed",
    ],
    "cleaning": ["doc_id", "rule"],
    "sentences": ["doc_id", "text_clean", "is_boilerplate"],
}


class _ByDocument:
    """The frames the findings read of one Analysis, each narrowed once and its rows indexed by
    document once: a paragraph per document then reads its rows in constant time, not by a scan
    of every frame per document (quadratic in the number of documents)."""

    def __init__(self, a: Analysis) -> None:
        self.analysis = a
        self.frames: dict[str, pd.DataFrame] = {}
        self.rows: dict[int, tuple[pd.DataFrame, dict]] = {}  # id(frame) -> (frame, doc -> positions)
        self.memo: dict[str, object] = {}  # other per-Analysis reads (:func:`_once`)

    def rows_of(self, frame: pd.DataFrame, doc: str) -> pd.DataFrame | None:
        """``frame``'s rows of ``doc`` when ``frame`` is one of the narrowed frames, else None."""
        held = self.rows.get(id(frame))
        if held is None or held[0] is not frame:
            return None
        at = held[1].get(doc)
        if at is None:
            return frame.iloc[0:0]
        # round 32 (#23): a document's rows are one run in frames in document order, read as a slice
        # (the same rows; pandas' copy-on-write keeps the frame as it is): a take per call was half
        # the findings' CPU (2.7 of 5.6 s on 1,200 news stories), most of it in the string columns
        if at[-1] - at[0] + 1 == len(at):
            return frame.iloc[at[0] : at[-1] + 1]
        return frame.iloc[at]


#: the index of the Analysis whose findings are being written (:func:`by_document`), if any
_INDEX: ContextVar[_ByDocument | None] = ContextVar("findings_index", default=None)


@contextmanager
def by_document(a: Analysis) -> Iterator[None]:
    """Within the block, :func:`_frame` of ``a`` narrows each frame once and :func:`_rows` reads a
    document's rows from an index built once: the findings of N documents cost O(N), not O(N²).
    Nothing outlives the block (results are not cached between calls)."""
    token = _INDEX.set(_ByDocument(a))
    try:
        yield
    finally:
        _INDEX.reset(token)


def _narrow(a: Analysis, name: str) -> pd.DataFrame:
    frame = getattr(a, name)
    wanted = FINDINGS_COLUMNS[name]
    return columns(frame if frame is not None else pd.DataFrame(columns=wanted), name, wanted)


def _frame(a: Analysis, name: str) -> pd.DataFrame:
    """The columns the findings read of ``a``'s frame ``name``; no rows when the stage was not run.
    Inside :func:`by_document` the same frame, narrowed once (callers never modify it)."""
    index = _INDEX.get()
    if index is None or index.analysis is not a:
        return _narrow(a, name)
    if name not in index.frames:
        frame = _narrow(a, name)
        # the findings read no attrs; pandas deep-copies them on every operation (the origin's
        # hold a dict per document), so the findings' copy goes without
        frame.attrs = {}
        index.frames[name] = frame
        keys = frame["doc_id"].astype(str)
        index.rows[id(frame)] = (frame, keys.groupby(keys, sort=False).indices if len(frame) else {})
    return index.frames[name]


def _once(a: Analysis, key: str, compute: Callable[[], T]) -> T:
    """``compute()``, once per :func:`by_document` block for ``a`` (each call outside one)."""
    index = _INDEX.get()
    if index is None or index.analysis is not a:
        return compute()
    if key not in index.memo:
        index.memo[key] = compute()
    return index.memo[key]  # type: ignore[return-value]


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _rows(frame: pd.DataFrame, doc: str) -> pd.DataFrame:
    """The rows of ``doc`` in ``frame`` (from the index inside :func:`by_document`)."""
    index = _INDEX.get()
    mine = index.rows_of(frame, doc) if index is not None else None
    if mine is not None:
        return mine
    return frame[frame["doc_id"].astype(str) == doc]


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
