"""Matplotlib figures drawn from the package's frames; each returns its Axes or Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

__all__ = ["plot_cleaning", "plot_lengths"]

PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def plot_lengths(corpus: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Horizontal bars of words per document, coloured by outlet.

    Args:
        corpus: the corpus frame (needs ``n_words`` and ``outlet``).
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes.
    """
    frame = corpus.reset_index()
    outlets = sorted(frame["outlet"].astype(str).unique())
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    ax = _axes(ax, (6, 0.5 + 0.4 * len(frame)))
    labels = [f"{d} ({o})" for d, o in zip(frame["doc_id"], frame["outlet"], strict=True)]
    ax.barh(labels, frame["n_words"], color=[colour[str(o)] for o in frame["outlet"]])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title("Document length")
    for y, n in enumerate(frame["n_words"]):
        ax.annotate(str(n), (n, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    return ax


def plot_cleaning(findings: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Stacked bars: how many findings of each kind cleaning made per document.

    Args:
        findings: the frame returned by :func:`corpus_tools.clean`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes.
    """
    table = findings.pivot_table(
        index="doc_id", columns="kind", values="start", aggfunc="count", fill_value=0
    )
    ax = _axes(ax, (7, 0.8 + 0.45 * max(1, len(table))))
    left = pd.Series(0, index=table.index)
    for i, kind in enumerate(sorted(table.columns)):
        ax.barh(table.index, table[kind], left=left, label=kind, color=PALETTE[i % len(PALETTE)])
        left += table[kind]
    ax.invert_yaxis()
    ax.set_xlabel("findings")
    ax.set_title("What cleaning found per document")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax
