"""Matplotlib figures drawn from the package's frames; each returns its Axes or Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

__all__ = ["plot_alignment", "plot_cleaning", "plot_containment", "plot_coverage", "plot_lengths"]

#: colours of reuse classes and coverage statuses, closest reuse darkest
REUSE_COLOURS = {
    "verbatim": "#08519c",
    "kept_verbatim": "#08519c",
    "near_verbatim": "#4292c6",
    "kept_edited": "#4292c6",
    "rewritten": "#fd8d3c",
    "new": "#d9d9d9",
    "dropped": "#f0f0f0",
}
PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _reuse_legend(ax: Axes, labels: list[str]) -> None:
    """A legend of reuse colours, outside the plot on the right."""
    handles = [Patch(color=REUSE_COLOURS[label], label=label) for label in labels]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)


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


def plot_containment(scores: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Heatmap of containment: the share of row document's n-grams found in the column document.

    Args:
        scores: the frame returned by :func:`corpus_tools.overlap.document_scores`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes. A high value in row B, column A with a low one in row A,
        column B says B was taken from A.
    """
    docs = sorted(set(scores["doc_a"]) | set(scores["doc_b"]))
    grid = scores.pivot(index="doc_a", columns="doc_b", values="containment").reindex(
        index=docs, columns=docs
    )
    values = grid.to_numpy(dtype=float, copy=True)
    np.fill_diagonal(values, 1.0)
    ax = _axes(ax, (1.6 + 0.7 * len(docs), 1.2 + 0.6 * len(docs)))
    image = ax.imshow(values, vmin=0, vmax=1, cmap="Blues")
    ax.set_xticks(range(len(docs)), docs)
    ax.set_yticks(range(len(docs)), docs)
    ax.set_xlabel("found in (doc_b)")
    ax.set_ylabel("n-grams of (doc_a)")
    if len(docs) <= 15:
        for (y, x), v in np.ndenumerate(values):
            ax.text(
                x, y, f"{v:.2f}", ha="center", va="center", fontsize=8, color="white" if v > 0.6 else "black"
            )
    ax.figure.colorbar(image, ax=ax, label="containment")
    ax.set_title("Containment")
    return ax


def plot_coverage(coverage: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Strip of the source text: per document, which source sentences were kept, edited, rewritten, dropped.

    Args:
        coverage: the frame returned by :func:`corpus_tools.overlap.source_coverage`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes; each source sentence is a cell as wide as the sentence is long.
    """
    docs = list(dict.fromkeys(coverage["doc_id"]))
    ax = _axes(ax, (9, 0.9 + 0.5 * len(docs)))
    for y, doc in enumerate(docs):
        rows = coverage[coverage["doc_id"] == doc].sort_values("start")
        lefts = rows["start"].to_numpy()
        widths = (rows["end"] - rows["start"]).to_numpy()
        ax.barh(
            y,
            widths,
            left=lefts,
            color=[REUSE_COLOURS[s] for s in rows["status"]],
            edgecolor="white",
            linewidth=0.6,
            height=0.7,
        )
    ax.set_yticks(range(len(docs)), docs)
    ax.invert_yaxis()
    src = coverage["source_doc_id"].iloc[0] if len(coverage) else "?"
    ax.set_xlabel(f"position in source {src} (characters)")
    ax.set_title(f"What each version kept of {src}")
    statuses = ["kept_verbatim", "kept_edited", "rewritten", "dropped"]
    _reuse_legend(ax, statuses)
    return ax


def plot_alignment(
    alignment: pd.DataFrame, coverage: pd.DataFrame, *, doc_id: str, ax: Axes | None = None
) -> Axes:
    """Sentences of the source (left) linked to the sentences of one version (right).

    Args:
        alignment: the frame returned by :func:`corpus_tools.overlap.align_sentences`.
        coverage: the frame returned by :func:`corpus_tools.overlap.source_coverage`
            (it lists every source sentence, dropped ones included).
        doc_id: the version to draw.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes; crossing links show reordering, fans show merges and splits.
    """
    tgt = alignment[alignment["doc_id"] == doc_id].reset_index(drop=True)
    src = coverage[coverage["doc_id"] == doc_id].reset_index(drop=True)
    n = max(len(tgt), len(src), 1)
    ax = _axes(ax, (6, 1 + 0.22 * n))
    ys = {sid: i for i, sid in enumerate(src["source_sent_id"])}
    for i, row in src.iterrows():
        ax.add_patch(plt.Rectangle((0, i - 0.4), 1, 0.8, color=REUSE_COLOURS[row["status"]]))
    for j, row in tgt.iterrows():
        ax.add_patch(plt.Rectangle((3, j - 0.4), 1, 0.8, color=REUSE_COLOURS[row["reuse_class"]]))
        for sid in row["source_sent_ids"]:
            ax.plot([1, 3], [ys[sid], j], color=REUSE_COLOURS[row["reuse_class"]], linewidth=1.2)
    ax.set_xlim(-0.2, 4.2)
    ax.set_ylim(n - 0.4, -0.6)
    ax.set_xticks([0.5, 3.5], [f"source {src['source_doc_id'].iloc[0] if len(src) else ''}", doc_id])
    ax.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_title(f"Sentence alignment: {doc_id}")
    classes = ["verbatim", "near_verbatim", "rewritten", "new", "dropped"]
    _reuse_legend(ax, classes)
    return ax
