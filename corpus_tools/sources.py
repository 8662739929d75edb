"""Sources: documents per outlet; attributed sources inside articles."""

from __future__ import annotations

import pandas as pd

from corpus_tools.corpus import require_columns

__all__ = ["outlet_counts"]


def outlet_counts(corpus: pd.DataFrame) -> pd.DataFrame:
    """Documents, words and roles per outlet, from the corpus frame's metadata.

    Args:
        corpus: the corpus frame (:func:`corpus_tools.load_corpus`).

    Returns:
        One row per outlet, sorted by ``documents`` (descending) then ``outlet``,
        columns ``outlet``, ``documents``, ``words`` (sum of ``n_words``),
        ``mean_words`` (rounded to 1 decimal), ``roles`` (the distinct ``role``
        values, sorted, joined by "; "; ``unknown`` when the corpus has no
        ``role`` column) and ``doc_ids`` (joined by "; ").

    Example:
        >>> outlet_counts(load_corpus("seeds"))[["outlet", "documents"]].values.tolist()
        [['unknown', 2], ['Reuters', 1]]
    """
    require_columns(corpus, ["outlet", "n_words"], "outlet_counts")
    frame = corpus.reset_index()
    if "role" not in frame.columns:
        frame["role"] = "unknown"
    rows = []
    for outlet, group in frame.groupby("outlet", sort=True):
        rows.append(
            {
                "outlet": outlet,
                "documents": len(group),
                "words": int(group["n_words"].sum()),
                "mean_words": round(float(group["n_words"].mean()), 1),
                "roles": "; ".join(sorted(set(map(str, group["role"])))),
                "doc_ids": "; ".join(map(str, group["doc_id"])),
            }
        )
    out = pd.DataFrame(rows, columns=["outlet", "documents", "words", "mean_words", "roles", "doc_ids"])
    out = out.sort_values(["documents", "outlet"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)
