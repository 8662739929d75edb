"""The report's exploration tables, beside house style: text statistics and keyness.

Both are drawn from frames of :func:`corpus_tools.analyze` (``text_stats``, ``keyness``);
nothing here imports textacy.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["STAT_LABELS", "keyness_table", "text_stats_table"]

#: text_stats columns shown in the report, with their row labels
STAT_LABELS = {
    "n_sentences": "sentences",
    "n_words": "words",
    "mean_sentence_length": "words per sentence",
    "lexical_diversity": "lexical diversity (distinct words / words)",
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade (higher = harder)",
    "gunning_fog": "Gunning fog index (higher = harder)",
}


def _fmt(value: float, digits: int) -> str:
    return "–" if pd.isna(value) else (f"{value:,.{digits}f}" if digits else f"{int(value):,}")


def text_stats_table(stats: pd.DataFrame, source_doc_id: str | None) -> pd.DataFrame:
    """One row per measure, one column per document (the source first), each version's cell
    with its difference from the source in brackets.

    Args:
        stats: the frame of :func:`corpus_tools.variants.explore.text_stats`.
        source_doc_id: the source; no differences when it is not one document of ``stats``
            (a source of several files).

    Returns:
        ``measure`` and one text column per doc_id (the source's named "<doc_id> (source)").

    Example:
        >>> s = pd.DataFrame({"doc_id": ["a", "b"], "n_sentences": [10, 8], "n_words": [200, 120],
        ...     "mean_sentence_length": [20.0, 15.0], "lexical_diversity": [0.5, 0.6],
        ...     "flesch_reading_ease": [50.0, 61.25], "flesch_kincaid_grade": [12.0, 9.5],
        ...     "gunning_fog": [15.0, 12.0]})
        >>> text_stats_table(s, "a").iloc[[0, 4]].values.tolist()
        [['sentences', '10', '8 (-2)'], ['Flesch reading ease (higher = easier)', '50.0', '61.2 (+11.2)']]
    """
    s = stats.set_index("doc_id")
    docs = list(s.index)
    if source_doc_id in docs:
        docs = [source_doc_id] + [d for d in docs if d != source_doc_id]
    rows = []
    for col, label in STAT_LABELS.items():
        digits = 0 if col.startswith("n_") else (2 if col == "lexical_diversity" else 1)
        row = {"measure": label}
        for d in docs:
            cell = _fmt(s.loc[d, col], digits)
            if source_doc_id in s.index and d != source_doc_id and not pd.isna(s.loc[d, col]):
                delta = s.loc[d, col] - s.loc[source_doc_id, col]
                cell += f" ({'+' if delta >= 0 else '-'}{_fmt(abs(delta), digits)})"
            row[f"{d} (source)" if d == source_doc_id else d] = cell
        rows.append(row)
    return pd.DataFrame(rows)


def keyness_table(keyness: pd.DataFrame) -> pd.DataFrame:
    """One row per version: the words it uses more than its source and those it uses less.

    Args:
        keyness: the frame of :func:`corpus_tools.variants.keyness.version_keyness`.

    Returns:
        ``doc_id``, ``source_doc_id``, ``more`` and ``less`` ("word (G2)", most key first,
        joined with ", "; "–" when none).
    """
    groups: dict[tuple, dict[str, list]] = {}  # read in one pass: a frame per version costs more
    cols = (keyness[c] for c in ("doc_id", "source_doc_id", "side", "rank", "word", "keyness"))
    for doc_id, source, side, rank, w, k in zip(*cols, strict=True):
        groups.setdefault((doc_id, source), {}).setdefault(side, []).append((rank, w, k))
    rows = []
    for (doc_id, source), sides in sorted(groups.items(), key=lambda kv: kv[0]):
        ranked = {side: sorted(sides.get(side, []), key=lambda r: r[0]) for side in ("version", "source")}
        words = {side: ", ".join(f"{w} ({abs(k):.1f})" for _, w, k in g) or "–" for side, g in ranked.items()}
        rows.append((doc_id, source, words["version"], words["source"]))
    return pd.DataFrame(rows, columns=["doc_id", "source_doc_id", "more", "less"])
