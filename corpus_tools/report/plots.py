"""Matplotlib figures drawn from the package's frames; each returns its Axes or Figure.

Text is drawn as text: every label, title and annotation has maths parsing and TeX
off, so a doc_id such as ``$\\foo$`` or "$5 million ... $6 million" shows as typed.
Figures have bounded sizes (at most :data:`MAX_SIZE` inches) whatever the corpus size;
the containment heatmap shows at most ``max_docs`` documents.
"""

from __future__ import annotations

import functools
import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.text import Text

from corpus_tools.report.graph import EDGE_COLUMNS, PALETTE, graph_layout
from corpus_tools.report.labels import columns

__all__ = [
    "plot_reuse_graph",
    "plot_alignment",
    "plot_cleaning",
    "plot_containment",
    "plot_coverage",
    "plot_lengths",
    "plot_sentence_pair",
    "plot_variant_categories",
]

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


#: largest figure (width, height) in inches: 12 x 10 in at the report's 80 dpi is under 1 megapixel
MAX_SIZE = (12.0, 10.0)


def _plain_text(fn):
    """Run a plotting function with maths parsing and TeX off for every Text it makes."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with plt.rc_context({"text.usetex": False, "text.parse_math": False}):
            result = fn(*args, **kwargs)
            fig = result if isinstance(result, Figure) else result.figure
            for text in fig.findobj(Text):
                text.set_usetex(False)
                text.set_parse_math(False)
        return result

    return wrapper


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is None:
        size = (min(size[0], MAX_SIZE[0]), min(size[1], MAX_SIZE[1]))
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def _reuse_legend(ax: Axes, labels: list[str]) -> None:
    """A legend of reuse colours, outside the plot on the right."""
    handles = [Patch(color=REUSE_COLOURS[label], label=label) for label in labels]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def _stacked_barh(table: pd.DataFrame, order: list, colours, ax: Axes, xlabel: str, title: str) -> Axes:
    """One horizontal bar per row of ``table``, one segment per column in ``order``."""
    left = pd.Series(0, index=table.index)
    for i, col in enumerate(order):
        ax.barh(table.index, table[col], left=left, label=col, color=colours[i % len(colours)])
        left += table[col]
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


@_plain_text
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


@_plain_text
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
    return _stacked_barh(
        table, sorted(table.columns), PALETTE, ax, "findings", "What cleaning found per document"
    )


@_plain_text
def plot_containment(scores: pd.DataFrame, *, max_docs: int = 40, ax: Axes | None = None) -> Axes:
    """Heatmap of containment: the share of row document's n-grams found in the column document.

    Args:
        scores: the frame returned by :func:`corpus_tools.reuse.alignment.document_scores`.
        max_docs: show at most this many documents (default 40: 1,600 cells, each label
            still readable in a 8.5 x 7.5 in figure). With more, the ``max_docs``
            documents with the strongest reuse (highest containment to or from
            another document) are shown, and the title says how many of how many.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes. A high value in row B, column A with a low one in row A,
        column B says B was taken from A. The figure grows with the documents
        shown up to 8.5 x 7.5 in (reached at 10 documents wide, 11 high).
    """
    if max_docs < 2:
        raise ValueError(f"max_docs must be at least 2, got {max_docs}")
    docs = sorted(set(scores["doc_id"]) | set(scores["source_doc_id"]))
    n_all = len(docs)
    if n_all > max_docs:
        strongest = pd.concat(
            [
                scores.groupby("doc_id")["containment"].max(),
                scores.groupby("source_doc_id")["containment"].max(),
            ]
        )
        top = strongest.groupby(level=0).max().sort_values(ascending=False, kind="stable")
        keep = set(top.index[:max_docs])
        docs = [d for d in docs if d in keep]
        scores = scores[scores["doc_id"].isin(keep) & scores["source_doc_id"].isin(keep)]
    grid = scores.pivot(index="doc_id", columns="source_doc_id", values="containment").reindex(
        index=docs, columns=docs
    )
    values = np.nan_to_num(grid.to_numpy(dtype=float, copy=True))  # a pair sharing nothing: 0
    np.fill_diagonal(values, 1.0)
    ax = _axes(ax, (min(1.6 + 0.7 * len(docs), 8.5), min(1.2 + 0.6 * len(docs), 7.5)))
    image = ax.imshow(values, vmin=0, vmax=1, cmap="Blues")
    _tick_labels(ax, docs)
    ax.set_xlabel("found in (source_doc_id)")
    ax.set_ylabel("n-grams of (doc_id)")
    if len(docs) <= 15:
        for (y, x), v in np.ndenumerate(values):
            ax.text(
                x, y, f"{v:.2f}", ha="center", va="center", fontsize=8, color="white" if v > 0.6 else "black"
            )
    ax.figure.colorbar(image, ax=ax, label="containment")
    shown = f" ({len(docs)} of {n_all} documents, strongest reuse)" if len(docs) < n_all else ""
    ax.set_title(f"Containment{shown}")
    return ax


def _tick_labels(ax: Axes, docs: list[str]) -> None:
    """Tick labels that never overlap: x labels vertical, font no taller than a cell allows."""
    fig_w, fig_h = ax.figure.get_size_inches()
    cell = 72 * min(fig_w * 0.7, fig_h * 0.75) / max(1, len(docs))  # points per cell, axes ~70% of figure
    size = max(2.0, min(9.0, 0.7 * cell))
    ax.set_xticks(range(len(docs)), docs, rotation=90, fontsize=size)
    ax.set_yticks(range(len(docs)), docs, fontsize=size)


@_plain_text
def plot_coverage(coverage: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Strip of the source text: per document, which source sentences were kept, edited, rewritten, dropped.

    Args:
        coverage: the frame returned by :func:`corpus_tools.reuse.alignment.source_coverage`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes; each source sentence is a cell as wide as the sentence is long.
    """
    docs = list(dict.fromkeys(coverage["doc_id"]))
    ax = _axes(ax, (9, 0.9 + 0.5 * len(docs)))
    for y, doc in enumerate(docs):
        rows = coverage[coverage["doc_id"] == doc].sort_values("source_start")
        lefts = rows["source_start"].to_numpy()
        widths = (rows["source_end"] - rows["source_start"]).to_numpy()
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


@_plain_text
def plot_alignment(
    alignment: pd.DataFrame, coverage: pd.DataFrame, *, doc_id: str, ax: Axes | None = None
) -> Axes:
    """Sentences of the source (left) linked to the sentences of one version (right).

    Args:
        alignment: the frame returned by :func:`corpus_tools.reuse.alignment.align_sentences`.
        coverage: the frame returned by :func:`corpus_tools.reuse.alignment.source_coverage`
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


@_plain_text
def plot_variant_categories(variants: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Horizontal stacked bars: variant categories per version.

    Args:
        variants: the frame returned by :func:`corpus_tools.variants.lexical.extract_variants`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes (one bar per ``doc_id``, segments per category, most frequent first).
    """
    table = variants.pivot_table(
        index="doc_id", columns="category", values="start", aggfunc="count", fill_value=0
    )
    order = list(table.sum().sort_values(ascending=False).index)
    ax = _axes(ax, (8, 1 + 0.6 * max(1, len(table))))
    colours = plt.get_cmap("tab20").colors
    return _stacked_barh(
        table, order, colours, ax, "variants against the source", "Variant categories per version"
    )


def _wrap_spans(text: str, marks: list[tuple[int, int]], width: int) -> list[list[tuple[str, bool]]]:
    """Split text into lines of at most ``width`` characters, each a list of (piece, highlighted)."""
    flags = [False] * len(text)
    for a, b in marks:
        for k in range(max(0, a), min(len(text), b)):
            flags[k] = True
    lines, line, col = [], [], 0
    for word in re.finditer(r"\S+\s*", text):
        if col + len(word.group().rstrip()) > width and line:
            lines.append(line)
            line, col = [], 0
        for k in range(word.start(), word.end()):
            if line and line[-1][1] == flags[k]:
                line[-1] = (line[-1][0] + text[k], flags[k])
            else:
                line.append((text[k], flags[k]))
        col += word.end() - word.start()
    if line:
        lines.append(line)
    return lines


@_plain_text
def plot_sentence_pair(
    variants: pd.DataFrame, corpus: pd.DataFrame, *, doc_id: str, sent_id: int, width: int = 90
) -> plt.Figure:
    """One aligned sentence pair, source above, version below, variants highlighted.

    Args:
        variants: the frame returned by :func:`corpus_tools.variants.lexical.extract_variants`.
        corpus: the corpus frame (for the raw texts).
        doc_id: the version.
        sent_id: the sentence of ``doc_id`` to show.
        width: characters per line.

    Returns:
        The Figure. Insertions are marked on the side that has them, deletions on
        the source side; a stripped mark shows as a caret (^) where it stood.
    """
    rows = variants[(variants["doc_id"] == doc_id) & (variants["sent_id"] == sent_id)]
    if rows.empty:
        raise ValueError(f"no variant for doc_id={doc_id!r}, sent_id={sent_id}")
    src = rows["source_doc_id"].iloc[0]
    raw_a, raw_b = corpus.loc[src, "text"], corpus.loc[doc_id, "text"]
    a0, a1 = int(rows["source_start"].min()), int(rows["source_end"].max())
    b0, b1 = int(rows["start"].min()), int(rows["end"].max())
    # widen to the sentences: from the line start to the line end around the variants
    a0, a1 = raw_a.rfind("\n", 0, a0) + 1, (raw_a.find("\n", a1) % (len(raw_a) + 1)) or len(raw_a)
    b0, b1 = raw_b.rfind("\n", 0, b0) + 1, (raw_b.find("\n", b1) % (len(raw_b) + 1)) or len(raw_b)
    panels = []
    for label, raw, lo, hi, starts, ends in (
        (f"{src} (source)", raw_a, a0, a1, rows["source_start"], rows["source_end"]),
        (doc_id, raw_b, b0, b1, rows["start"], rows["end"]),
    ):
        text = raw[lo:hi]
        marks = [(int(s) - lo, max(int(e), int(s) + 1) - lo) for s, e in zip(starts, ends, strict=True)]
        panels.append((label, _wrap_spans(text, marks, width)))
    n_lines = sum(len(p[1]) for p in panels) + 2 * len(panels)
    fig = plt.figure(figsize=(min(0.105 * width, MAX_SIZE[0]), min(0.3 * n_lines + 0.4, MAX_SIZE[1])))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    y = 1.0
    step = 1.0 / (n_lines + 1)
    renderer = fig.canvas.get_renderer()
    probe = ax.text(0, 0, "M" * 20, fontsize=9, family="monospace", transform=ax.transAxes)
    char_w = probe.get_window_extent(renderer=renderer).transformed(ax.transAxes.inverted()).width / 20
    probe.remove()
    for label, lines in panels:
        ax.text(0.01, y - step / 2, label, fontsize=9, fontweight="bold", va="center", transform=ax.transAxes)
        y -= step
        for line in lines:
            col = 0
            for piece, hot in line:
                ax.text(
                    0.01 + col * char_w,
                    y - step / 2,
                    piece,
                    fontsize=9,
                    family="monospace",
                    va="center",
                    transform=ax.transAxes,
                    bbox={"facecolor": "#ffd54f", "edgecolor": "none", "pad": 1} if hot else None,
                )
                col += len(piece)
            y -= step
        y -= step
    return fig


def plot_reuse_graph(corpus: pd.DataFrame, origin: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """The reuse graph: documents placed by date or by steps from the origin (:func:`graph_layout`),
    an arrow from each document's strongest source, as thick as its containment; colours = outlets;
    the origin ringed. Dashed arrows join two versions that may share a source rather than copy.

    Args:
        corpus: the corpus frame.
        origin: the frame of :func:`corpus_tools.origin`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes.
    """
    layout = graph_layout(corpus, origin)
    edges = columns(origin, "origin", EDGE_COLUMNS)
    top = origin.attrs.get("origin")
    ax = _axes(ax, (2 + 2 * (layout["column"].max() + 1), 1.5 + 1.1 * (layout["row"].max() + 1)))
    pos = {d: (c, -r) for d, c, r in zip(layout["doc_id"], layout["column"], layout["row"], strict=True)}
    outlets = list(dict.fromkeys(layout["outlet"]))
    colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    if len(edges):
        for e in edges[edges["is_best_parent"].astype(bool)].itertuples():
            a, b = str(e.source_doc_id), str(e.doc_id)
            ax.annotate(
                "",
                xy=pos[b],
                xytext=pos[a],
                arrowprops={
                    "arrowstyle": "-|>",
                    "lw": 1 + 5 * e.weight,
                    "color": "#08519c" if a == top else "#d95f02",
                    "linestyle": "-" if a == top else "--",
                    "shrinkA": 16,
                    "shrinkB": 16,
                    # within one column, bowed so it passes beside the nodes between the two
                    "connectionstyle": "arc3,rad=0.4" if pos[a][0] == pos[b][0] else "arc3",
                },
            )
    for r in layout.itertuples():
        x, y = pos[r.doc_id]
        ax.scatter(
            [x],
            [y],
            s=700,
            color=colour[r.outlet],
            zorder=3,
            edgecolors="#222" if r.doc_id == top else "none",
            linewidths=3,
        )
        ax.annotate(r.doc_id, (x, y), ha="center", va="center", color="white", fontsize=8, zorder=4)
        ax.annotate(r.role, (x, y), xytext=(0, -22), textcoords="offset points", ha="center", fontsize=7)
    handles = [Patch(color=colour[o], label=o) for o in outlets]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_xlabel("publication date →" if layout.attrs["by"] == "date" else "steps from the origin →")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.margins(0.25)
    ax.set_title(f"Reuse graph (origin: {top})")
    return ax
