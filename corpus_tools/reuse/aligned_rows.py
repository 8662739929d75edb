"""The alignment frame read once as arrays, for readers that take its rows document by document.

:func:`corpus_tools.reuse.derivation.derivation_features` reads each document's aligned
sentences: their words, their class and their score. Selecting each document's rows as a frame
(``alignment.iloc[rows]``) and reading its columns cost pandas' overhead once per document and
column (issue #23: on 3,000 news stories about a third of the derivation's time); the same values
are read here once for the whole frame, then indexed by each document's row positions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["by_row", "mean"]


def by_row(alignment: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(words, classes, scores)``: per row of ``alignment`` (the frame of
    :func:`corpus_tools.reuse.alignment.align_sentences`), the number of whitespace-separated words
    of its ``text`` (float), its ``reuse_class`` (object) and its ``score`` (float).

    Example:
        >>> f = pd.DataFrame({"text": ["a b c", "d"], "reuse_class": ["new", "verbatim"], "score": [0, 1.0]})
        >>> words, classes, scores = by_row(f)
        >>> words.tolist(), classes.tolist(), scores.tolist()
        ([3.0, 1.0], ['new', 'verbatim'], [0.0, 1.0])
    """
    words = np.array([len(t.split()) for t in alignment["text"]], dtype=float)
    classes = alignment["reuse_class"].to_numpy(dtype=object)
    return words, classes, alignment["score"].to_numpy(dtype=float)


def mean(values: np.ndarray) -> float:
    """The mean of ``values`` as pandas' ``Series.mean`` gives it, to the last bit: missing values
    left out (summed as 0.0 in place, over the count of the others); NaN when none is left.

    Example:
        >>> mean(np.array([0.5, np.nan, 1.0])), float(pd.Series([0.5, np.nan, 1.0]).mean())
        (0.75, 0.75)
    """
    missing = np.isnan(values)
    count = len(values) - int(missing.sum())
    if not count:
        return float("nan")
    return float(np.where(missing, 0.0, values).sum() / count)
