"""A frame's rows grouped by document once, as plain tuples, for a loop that reads one document's rows
at a time (issue #23: selecting them with a boolean mask per row of another frame scanned the whole
frame each time, quadratic in the number of documents)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = ["rows_by_doc"]


def rows_by_doc(frame: pd.DataFrame, cols: Sequence[str]) -> dict[str, list[tuple]]:
    """``{str(doc_id): [(value of each of cols), ...]}``, each document's rows in the frame's order
    (those of ``frame[frame["doc_id"].astype(str) == doc]``), the values as the frame holds them.

    Example:
        >>> f = pd.DataFrame({"doc_id": ["a", "b", "a"], "sent_id": [0, 1, 2], "who": ["x", "y", "z"]})
        >>> rows_by_doc(f, ["sent_id", "who"])
        {'a': [(0, 'x'), (2, 'z')], 'b': [(1, 'y')]}
    """
    out: dict[str, list[tuple]] = {}
    for doc, *values in zip(frame["doc_id"].astype(str), *(frame[c] for c in cols), strict=True):
        out.setdefault(doc, []).append(tuple(values))
    return out
