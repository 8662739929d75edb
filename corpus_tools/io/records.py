"""Build the corpus frame from records (a DataFrame, mappings, or a CSV, JSON Lines, JSON or
Parquet file) instead of a folder: the same frame as :func:`corpus_tools.load_corpus`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from corpus_tools.errors import CorpusError
from corpus_tools.io.corpus_frame import UNKNOWN, finish_frame
from corpus_tools.io.decoding import check_size
from corpus_tools.io.index_md import DERIVED_COLUMNS
from corpus_tools.io.unicode_rules import has_visible_text, repair_text

__all__ = ["from_records"]


def _records_frame(records) -> pd.DataFrame:
    if isinstance(records, pd.DataFrame):
        frame = records.copy()
        if "doc_id" not in frame.columns and frame.index.name == "doc_id":
            frame = frame.reset_index()
        return frame
    if isinstance(records, (str, Path)):
        p = Path(records)
        if not p.is_file():
            raise CorpusError(f"{p}: records file not found.")
        suffix = "".join(p.suffixes[-2:]) if p.suffix == ".gz" else p.suffix
        try:
            if suffix in (".csv", ".csv.gz"):
                return pd.read_csv(p, dtype=str, keep_default_na=False)
            if suffix in (".jsonl", ".jsonl.gz", ".ndjson"):
                return pd.read_json(p, lines=True, dtype=False)
            if suffix in (".json",):
                return pd.DataFrame(json.loads(p.read_text(encoding="utf-8")))
            if suffix in (".parquet",):
                return pd.read_parquet(p)
        except (ValueError, UnicodeDecodeError, OSError) as exc:
            raise CorpusError(f"{p}: cannot be read as {suffix} records ({exc}).") from exc
        raise CorpusError(f"{p}: unknown records format {suffix!r}; use .csv, .jsonl, .json or .parquet.")
    if isinstance(records, Mapping):
        raise CorpusError("records: got one mapping; pass a list of mappings (one per document).")
    if isinstance(records, Iterable):
        rows = list(records)
        bad = [i for i, r in enumerate(rows) if not isinstance(r, Mapping)]
        if bad:
            raise CorpusError(f"records: item {bad[0]} is a {type(rows[bad[0]]).__name__}, not a mapping.")
        return pd.DataFrame(rows)
    raise CorpusError(
        f"records: expected a DataFrame, a path or a list of mappings, got {type(records).__name__}."
    )


def from_records(records) -> pd.DataFrame:
    """Build the corpus frame from records instead of a folder.

    Args:
        records: a DataFrame, a list of mappings, or a path to a ``.csv``,
            ``.jsonl``, ``.json`` or ``.parquet`` file, with columns ``doc_id``
            and ``text`` and any metadata columns (``outlet``, ``published``...).

    Returns:
        The same frame as :func:`load_corpus`: index ``doc_id``, metadata columns
        (``file`` and ``outlet`` are ``unknown`` when absent), then ``text``,
        ``encoding`` (``unknown``: the text was already decoded; UTF-8 for files),
        ``sha256`` (of the UTF-8 encoded text as given), ``n_chars``, ``n_words``,
        ``n_paragraphs``, ``repairs``. ``text`` has the Unicode rule applied
        (:mod:`corpus_tools.io.unicode_rules`); ``repairs`` point into the text as given.

    Raises:
        CorpusError: a missing ``doc_id`` or ``text`` column, an empty or
            duplicate ``doc_id``, a text that is not a string or has no visible
            character after the Unicode rule.

    Example:
        >>> from_records([{"doc_id": "a", "text": "One story.", "outlet": "AP"}]).loc["a", "n_words"]
        np.int64(2)
    """
    frame = _records_frame(records)
    for col in ("doc_id", "text"):
        if col not in frame.columns:
            raise CorpusError(f"records: no {col!r} column (columns are {list(frame.columns)}).")
    frame = frame.reset_index(drop=True)
    frame["doc_id"] = [
        "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v).strip()
        for v in frame["doc_id"]
    ]
    bad_id = [i for i, v in enumerate(frame["doc_id"]) if not v]
    if bad_id:
        raise CorpusError(f"records row {bad_id[0]}: empty doc_id.")
    bad_text = [i for i, t in enumerate(frame["text"]) if not isinstance(t, str) or not t.strip()]
    if bad_text:
        i = bad_text[0]
        raise CorpusError(f"records row {i} (doc_id {frame['doc_id'][i]!r}): text is empty or not a string.")
    for i, t in enumerate(frame["text"]):
        check_size(len(t), f"records row {i} (doc_id {frame['doc_id'][i]!r})")
    dupes = frame["doc_id"][frame["doc_id"].duplicated()]
    if len(dupes):
        raise CorpusError(f"records: doc_id {dupes.iloc[0]!r} appears more than once.")
    frame["encoding"] = UNKNOWN
    frame["sha256"] = frame["text"].map(lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())
    repaired = [repair_text(t) for t in frame["text"]]
    blank = [i for i, (t, _) in enumerate(repaired) if not has_visible_text(t)]
    if blank:
        i = blank[0]
        raise CorpusError(f"records row {i} (doc_id {frame['doc_id'][i]!r}): text has no visible character.")
    old = frame["repairs"] if "repairs" in frame else pd.Series([()] * len(frame))
    frame["text"] = [t for t, _ in repaired]
    # a frame that was loaded already keeps the repairs made when it was read
    frame["repairs"] = [r or tuple(o) for (_, r), o in zip(repaired, old, strict=True)]
    meta = [
        "file",
        "outlet",
        *[c for c in frame.columns if c not in ("file", "outlet", "doc_id", *DERIVED_COLUMNS)],
    ]
    for c in ("file", "outlet"):
        if c not in frame.columns:
            frame[c] = UNKNOWN
    return finish_frame(frame, ["doc_id", *meta])
