"""How the frames of an analysis are written as data files, and how to read them back whole.

The in-memory frames are exact; their data files are lighter in three documented ways, each
undone by :func:`restore` (or by the join it names):

- **Floats** in CSV files are written with :data:`FLOAT_DIGITS` significant digits
  (``0.428571``, not ``0.42857142857142855``); a float holding a whole number keeps every
  digit (``123456789.0``), so offsets and counts with missing values stay exact.
- **changes**: a claim row's ``sentence`` is its ``after`` and its ``parent_sentence`` its
  ``before``; both are left empty in the file (see :data:`CLAIM_SECTION`).
- **sentences**: ``text_clean`` is left empty where it equals ``text`` (the sentence needed
  no cleaning). When some sentence is cleaned to nothing, the column is written whole.
- **alignment**: ``text`` is the version's sentence: the ``text`` of ``sentences`` for the
  same ``doc_id`` and ``sent_id`` (the join in :func:`restore`); it is not repeated.

Parquet and JSON files get the same columns (floats stay binary in Parquet).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["CLAIM_SECTION", "FLOAT_DIGITS", "csv_float", "for_file", "restore"]

#: significant digits of a float in a CSV data file
FLOAT_DIGITS = 6
#: the ``section`` of the changes rows whose sentences are their ``before``/``after``
CLAIM_SECTION = "claim"


def csv_float(value: float) -> str:
    """A float as a CSV data file writes it: :data:`FLOAT_DIGITS` significant digits, or
    every digit of a whole number.

    Example:
        >>> csv_float(3 / 7), csv_float(123456789.0), csv_float(1 / 3e9)
        ('0.428571', '123456789.0', '3.33333e-10')
    """
    value = float(value)
    return str(value) if value.is_integer() else f"{value:.{FLOAT_DIGITS}g}"


def _changes(frame: pd.DataFrame) -> pd.DataFrame:
    claim = frame["section"].eq(CLAIM_SECTION)
    out = frame.copy()
    for col, same in (("sentence", "after"), ("parent_sentence", "before")):
        out.loc[claim & frame[col].eq(frame[same]), col] = ""
    return out


def _sentences(frame: pd.DataFrame) -> pd.DataFrame:
    if (frame["text_clean"].eq("") & frame["text"].ne("")).any():
        return frame  # an empty text_clean would read as "the same as text": written whole
    out = frame.copy()
    out.loc[frame["text_clean"].eq(frame["text"]), "text_clean"] = ""
    return out


def _alignment(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["text"])


#: data file name -> what is left out of it (undone by :func:`restore`)
_VIEWS = {"changes": _changes, "sentences": _sentences, "alignment": _alignment}


def for_file(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame of stage ``name`` as its data file holds it (a copy; ``frame`` is not changed).

    Example:
        >>> f = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["x"], "text_clean": ["x"]})
        >>> for_file("sentences", f).text_clean.tolist()
        ['']
    """
    view = _VIEWS.get(name)
    return frame if view is None or frame.empty else view(frame)


def restore(name: str, frame: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The frame of a data file read back (``pd.read_csv(path, keep_default_na=False)``) with
    the cells :func:`for_file` left out filled in again.

    Args:
        name: the stage name (the file name without its extension).
        frame: the file as read.
        sentences: the ``sentences`` data file read the same way: needed for ``alignment``.

    Returns:
        The frame with the stage's columns in their order (floats as written).

    Raises:
        ValueError: ``alignment`` without ``sentences``.

    Example:
        >>> f = pd.DataFrame({"section": ["claim"], "before": ["a b"], "after": ["a c"],
        ...                   "sentence": [""], "parent_sentence": [""]})
        >>> restore("changes", f)[["sentence", "parent_sentence"]].values.tolist()
        [['a c', 'a b']]
    """
    out = frame.copy()
    if name == "changes":
        claim = out["section"].eq(CLAIM_SECTION)
        out.loc[claim, "sentence"] = out.loc[claim, "after"]
        out.loc[claim, "parent_sentence"] = out.loc[claim, "before"]
    elif name == "sentences":
        same = out["text_clean"].eq("") | out["text_clean"].isna()
        out["text_clean"] = out["text_clean"].mask(same, out["text"])
    elif name == "alignment":
        if sentences is None:
            raise ValueError("restore('alignment', ...) needs the sentences data file: sentences=...")
        order, keys = list(out.columns), ["doc_id", "sent_id"]
        key = {c: sentences[c].astype(str).tolist() for c in keys}  # as read: str or int, alike
        text = dict(zip(zip(key["doc_id"], key["sent_id"], strict=True), sentences["text"], strict=True))
        pairs = zip(out["doc_id"].astype(str), out["sent_id"].astype(str), strict=True)
        out["text"] = [text.get(k) for k in pairs]
        at = order.index("source_text") if "source_text" in order else len(order)
        out = out[[*order[:at], "text", *order[at:]]]
    return out
