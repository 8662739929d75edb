"""A later story that tells an earlier one's figures again: its lead may be retold more loosely.

The shape, read in round 34 (branch tree34) on the missed edges of ``benchmarks/family_edges.csv``:
an outlet's later story of the same news tells the earlier story's own figures again while its
lead is rewritten: a budget compromise approved by a committee four hours after it was announced
("would reduce next year's estimated 171-billion-dlr deficit to about 134 billion dlrs", after "to
reduce an estimated 171 billion dlr deficit next year to 134 billion dlr"; 18804 <- 18597, 0.47 of
the earlier lead's content words); a crop estimate revised two weeks on, the old range "2.0 mln to
2.5 mln" and the past crops of 2.77 and 1.79 mln bags told again though "Bahian" is now "Bahia"
(11459 <- 4470, half the lead's names); a merger "completed" twelve days after it was agreed, "16
mln" shares and "2,649,500" outstanding told again though the earlier lead gave no figure to keep
(11563 <- 7130). A new story of the same thread names the thread's firm and people, but rarely two
of the earlier story's own sums: of the 25 right roots among the orphans of the labelled rows, the
two that keep two figures or more hold 0.37 and 0.39 of the earlier lead's content words.

The rule, a wire editor's reading: the earlier story's *figures* (:func:`story_figures`: its numbers
less years and days of a month) that the later story names are counted (:func:`figures_kept`); with
:data:`FIGURES_KEPT` of them or more, the lead rule (:mod:`corpus_tools.reuse.retold_lead`) takes
the earlier lead as told again at :data:`FIGURE_NAMES` of its names and :data:`FIGURE_WORDS` of its
content words, and beyond ten days those figures stand for the lead's own figure
(:mod:`corpus_tools.reuse.lead_window`). Every other test of the lead rule stays: the same known
outlet, the dates, a figure of the lead kept when it gives one, two sentences told. The thresholds
were chosen by cross-validation over the rounds of ``benchmarks/family_edges.csv``
(``benchmarks/family_edges_figures.py``; ``benchmarks/README.md``, round 34, branch tree34).
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.reuse.lead_window import _MONTH_DAY, _YEAR
from corpus_tools.reuse.retold_across import particulars

__all__ = ["FIGURES_KEPT", "FIGURE_NAMES", "FIGURE_WORDS", "figures_kept", "story_figures"]

#: the earlier story's figures a later story must name for its lead to be read more loosely
FIGURES_KEPT = 2
#: the share of the earlier lead's names and figures the later story must then hold (0.7 otherwise)
FIGURE_NAMES = 0.5
#: the share of the earlier lead's content words the later story must then hold (0.5 otherwise)
FIGURE_WORDS = 0.45


@lru_cache(maxsize=4096)
def story_figures(text: str) -> frozenset[str]:
    """The figures of a body: its numbers less the years and the days of a month ("on March 17").

    Example:
        >>> sorted(story_figures("Acme said on March 17 it had 2,400 staff and sold 40 pct in 1986."))
        ['2,400', '40']
    """
    if not any(c.isdigit() for c in text):
        return frozenset()
    days = set(_MONTH_DAY.findall(text))
    return frozenset(
        w for w in particulars(text) if w[0].isdigit() and w not in days and not _YEAR.fullmatch(w)
    )


def figures_kept(earlier: str, later_names: frozenset[str] | set[str]) -> int:
    """The number of ``earlier``'s figures (:func:`story_figures`) a later story names
    (``later_names``: its names and figures, as :func:`corpus_tools.reuse.retold_across.particulars`
    gives them).

    Example:
        >>> earlier = "Acme cut its deficit from 171 mln dlrs to 134 mln in the year to March 3."
        >>> figures_kept(earlier, {"acme", "171", "134", "3"})
        2
    """
    return len(story_figures(earlier) & later_names)
