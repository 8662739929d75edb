"""Figures of the exploration frames: the keyness of two sub-corpora, word by word.

Kept apart from :mod:`corpus_tools.report.tables` so that the report, which draws no figure
of these, does not import matplotlib's pyplot for them.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from corpus_tools.report.plots import _axes, _plain_text

__all__ = ["plot_keyness"]

#: bar colours: words the target prefers, words the reference prefers
SIDE_COLOURS = {"target": "#08519c", "reference": "#cb181d"}


@_plain_text
def plot_keyness(
    keyness: pd.DataFrame,
    *,
    n: int = 10,
    target: str = "target",
    reference: str = "reference",
    ax: Axes | None = None,
) -> Axes:
    """The ``n`` most key words on each side, as bars of the signed keyness statistic.

    Args:
        keyness: the frame of :func:`corpus_tools.variants.keyness.keyness`.
        n: words per side.
        target, reference: the names of the two sub-corpora, for the legend.
        ax: draw here; a new figure otherwise.

    Returns:
        The Axes: one bar per word, the target's words to the right (blue), the reference's
        to the left (red), most key at the ends.
    """
    more = keyness[keyness["keyness"] > 0].head(n)
    less = keyness[keyness["keyness"] < 0].tail(n)
    shown = pd.concat([less, more])
    ax = _axes(ax, (7.0, 1.0 + 0.28 * max(len(shown), 1)))
    colours = [SIDE_COLOURS["target"] if k > 0 else SIDE_COLOURS["reference"] for k in shown["keyness"]]
    ax.barh(range(len(shown)), shown["keyness"], color=colours)
    ax.set_yticks(range(len(shown)), shown["word"].tolist())
    ax.axvline(0, color="#444", linewidth=0.8)
    ax.set_xlabel("keyness (signed: right = more in the first)")
    ax.set_title(f"Words {target} uses more (right) and {reference} uses more (left)")
    return ax
