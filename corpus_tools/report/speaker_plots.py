"""Matplotlib figures of the speaker frames: named and anonymous sources per version, and what
each version kept of the original's speakers; each returns its Axes.

Drawn like the figures of :mod:`corpus_tools.report.plots` (plain text, bounded sizes), whose
helpers they share.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from corpus_tools.report.plots import _axes, _plain_text, _stacked_barh

__all__ = ["plot_named_anonymous", "plot_speaker_survival"]


@_plain_text
def plot_named_anonymous(summary: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Stacked bars: named and anonymous distinct speakers per version.

    Args:
        summary: the frame returned by :func:`corpus_tools.attribution.accounting.speaker_summary`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes.
    """
    table = summary.set_index("doc_id")[["n_named", "n_anonymous"]]
    table.columns = ["named", "anonymous"]
    ax = _axes(ax, (7, 0.9 + 0.5 * max(1, len(table))))
    return _stacked_barh(
        table,
        ["named", "anonymous"],
        ["#2171b5", "#bdbdbd"],
        ax,
        "distinct sources",
        "Named and anonymous sources",
    )


SURVIVAL_COLOURS = {
    "kept": "#08519c",
    "relabelled": "#9e9ac8",
    "kept_other_statement": "#6baed6",
    "re_attributed": "#fd8d3c",
    "dropped": "#f0f0f0",
}


@_plain_text
def plot_speaker_survival(survival: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Grid of the original's speakers (rows) by version (columns): kept, relabelled, kept another
    statement, re-attributed or dropped.

    Args:
        survival: the frame returned by :func:`corpus_tools.attribution.accounting.speaker_survival`.
        ax: draw into this Axes instead of a new figure.

    Returns:
        The Axes.
    """
    sources = list(dict.fromkeys(survival["speaker_id"]))
    docs = list(dict.fromkeys(survival["doc_id"]))
    labels = survival.drop_duplicates("speaker_id").set_index("speaker_id")["speaker"]
    ax = _axes(ax, (3 + 1.1 * len(docs), 0.8 + 0.28 * len(sources)))
    for r in survival.itertuples():
        x, y = docs.index(r.doc_id), sources.index(r.speaker_id)
        ax.add_patch(plt.Rectangle((x - 0.45, y - 0.4), 0.9, 0.8, color=SURVIVAL_COLOURS[r.status]))
    ax.set_xlim(-0.6, len(docs) - 0.4)
    ax.set_ylim(len(sources) - 0.5, -0.5)
    ax.set_xticks(range(len(docs)), docs)
    short = [(lab if len(lab) <= 45 else lab[:44] + "…") for lab in labels.reindex(sources)]
    ax.set_yticks(range(len(sources)), short, fontsize=8)
    ax.set_title(f"Sources of {survival['source_doc_id'].iloc[0]} by version")
    handles = [Patch(color=c, label=s) for s, c in SURVIVAL_COLOURS.items()]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax
