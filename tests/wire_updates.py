"""A wire story and its later update as the family-tree tests build them: two documents of outlet
``Wire``, the earlier one ``first``, the later one ``later``, each given as its paragraphs."""

from __future__ import annotations

import pandas as pd


def later_row(earlier: list[str], later: list[str], start: pd.Timestamp, days: float) -> pd.Series:
    """The :func:`corpus_tools.family` row of ``later`` (document ``later``), published ``days``
    after ``earlier`` (document ``first``, published at ``start``); paragraphs joined by blank lines."""
    from corpus_tools import family, from_records

    rows = [
        {"doc_id": "first", "text": "\n\n".join(earlier), "outlet": "Wire", "published": start.isoformat()},
        {
            "doc_id": "later",
            "text": "\n\n".join(later),
            "outlet": "Wire",
            "published": (start + pd.Timedelta(days=days)).isoformat(),
        },
    ]
    return family(from_records(rows)).set_index("doc_id").loc["later"]
