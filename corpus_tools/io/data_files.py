"""How the frames of an analysis are written as data files, and how to read them back whole.

The in-memory frames are exact; their data files are lighter in three documented ways, each
undone by :func:`restore` (or by the join it names):

- **Floats** in CSV files are written with :data:`FLOAT_DIGITS` significant digits
  (``0.428571``, not ``0.42857142857142855``); a float holding a whole number keeps every
  digit (``123456789.0``), so offsets and counts with missing values stay exact.
- **changes**: the sentences are not repeated. A claim row's ``sentence`` is its ``after`` and
  its ``parent_sentence`` its ``before``, and so are those of a quote row whose statement was
  ``added`` or ``shortened`` (:data:`SAME_AS_TEXT`): left empty in the file. A fact ``added``
  (``cut``) in the same sentence as the fact added (cut) in the row above it, on the same edge,
  leaves its ``sentence`` (``parent_sentence``) empty: fill it from the row above.
- **sentences**: ``text_clean`` is left empty where it equals ``text`` (the sentence needed
  no cleaning). When some sentence is cleaned to nothing, the column is written whole.
- **alignment**: ``text`` is the version's sentence: the ``text`` of ``sentences`` for the
  same ``doc_id`` and ``sent_id`` (the join in :func:`restore`); it is not repeated.

Parquet and JSON files get the same columns (floats stay binary in Parquet).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["FLOAT_DIGITS", "SAME_AS_TEXT", "csv_float", "for_file", "restore"]

#: significant digits of a float in a CSV data file
FLOAT_DIGITS = 6
#: (section, change) of the changes rows whose ``sentence``/``parent_sentence`` are their
#: ``after``/``before`` (None: every change of the section)
SAME_AS_TEXT = (("claim", None), ("quote", "added"), ("quote", "shortened"))
#: fact rows: the change, and the sentence column it is read in
_FACT_SENTENCE = {"added": "sentence", "cut": "parent_sentence"}
_EDGE = ["doc_id", "parent_doc_id"]


def _same_as_text(frame: pd.DataFrame) -> pd.Series:
    rows = pd.Series(False, index=frame.index)
    for section, change in SAME_AS_TEXT:
        rows |= frame["section"].eq(section) & (frame["change"].eq(change) if change else True)
    return rows


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
    frame = frame.reset_index(drop=True)
    rows, out = _same_as_text(frame), frame.copy()
    for col, same in (("sentence", "after"), ("parent_sentence", "before")):
        out.loc[rows & frame[col].eq(frame[same]), col] = ""
    for change, col in _FACT_SENTENCE.items():
        facts = frame[frame["section"].eq("fact") & frame["change"].eq(change)]
        if facts[col].eq("").any():
            continue  # an empty sentence would read as "the one above": written whole
        above = facts.groupby(_EDGE, sort=False, dropna=False)[col].shift()
        out.loc[facts.index[facts[col].eq(above).to_numpy()], col] = ""
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
    return frame if view is None else view(frame)


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
        >>> f = pd.DataFrame({"doc_id": ["b"], "parent_doc_id": ["a"], "section": ["claim"],
        ...     "change": ["edited"], "before": ["a b"], "after": ["a c"], "sentence": [""],
        ...     "parent_sentence": [""]})
        >>> restore("changes", f)[["sentence", "parent_sentence"]].values.tolist()
        [['a c', 'a b']]
    """
    out = frame.reset_index(drop=True)
    if name == "changes":
        rows = _same_as_text(out)
        out.loc[rows, "sentence"] = out.loc[rows, "after"]
        out.loc[rows, "parent_sentence"] = out.loc[rows, "before"]
        for change, col in _FACT_SENTENCE.items():
            facts = out[out["section"].eq("fact") & out["change"].eq(change)]
            filled = (
                facts[col]
                .replace("", None)
                .groupby([facts[c] for c in _EDGE], sort=False, dropna=False)
                .ffill()
            )
            out.loc[facts.index, col] = filled.fillna("")
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
