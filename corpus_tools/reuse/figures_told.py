"""A later story that tells an earlier one's figures again: its lead may be retold more loosely.

The shape, read in round 34 (branch tree34) on the missed edges of ``benchmarks/family_edges.csv``:
an outlet's later story of the same news tells the earlier story's own figures again while its
lead is rewritten: a budget compromise approved by a committee four hours after it was announced
("would reduce next year's estimated 171-billion-dlr deficit to about 134 billion dlrs", after "to
reduce an estimated 171 billion dlr deficit next year to 134 billion dlr"; 18804 <- 18597, 0.47 of
the earlier lead's content words); a merger "completed" twelve days after it was agreed, the
"2,649,500" shares outstanding and the "1.6 mln" preferred shares (now "1,600,000") told again
though the earlier lead gave no figure to keep (11563 <- 7130). A new story of the same thread
names the thread's firm and people, but rarely two of the earlier story's own sums: of the 25
right roots among the orphans of the labelled rows, the one that keeps two holds 0.37 of the
earlier lead's content words.

The rule, a wire editor's reading: the earlier story's *figures* that identify it
(:func:`story_figures`: numbers of three digits or more or with a decimal or thousands point, less
years, days of a month and round hundreds) that the later story names too are counted
(:func:`figures_kept`); with :data:`FIGURES_KEPT` of them or more, the lead rule
(:mod:`corpus_tools.reuse.retold_lead`) takes the earlier lead as told again at
:data:`FIGURE_WORDS` of its content words (half otherwise), and beyond ten days those figures stand
for the lead's own figure (:mod:`corpus_tools.reuse.lead_window`). Every other test of the lead rule
stays: 0.7 of the lead's names, the same known outlet, the dates, a figure of the lead kept when it
gives one, two sentences told. Small counts, round hundreds, bond-price fractions and seasons are
left out because stories of other news share them (statistics of two countries: "0.5 pct",
"1987/88"); half the lead's names instead of 0.7 (which would also take 11459, a crop estimate
whose "Bahian" is now "Bahia") joined such stories on the dated archive and is not taken. The
thresholds were chosen by cross-validation over the rounds of ``benchmarks/family_edges.csv``
(``benchmarks/family_edges_figures.py``; ``benchmarks/README.md``, round 34, branch tree34).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.reuse.lead_window import _MONTH_DAY, _YEAR
from corpus_tools.reuse.retold_across import particulars

__all__ = ["FIGURES_KEPT", "FIGURE_WORDS", "figures_kept", "story_figures"]

#: the earlier story's figures a later story must name for the earlier lead to be read more loosely
FIGURES_KEPT = 2
#: the share of the earlier lead's content words the later story must then hold (0.5 otherwise)
FIGURE_WORDS = 0.45

#: a figure that identifies a story: three digits or more, or a decimal or thousands point
#: ("171", "2.77", "2,649,500"); a count under 100 ("16", "25") or a round hundred ("100"), a
#: fraction of a bond price ("8-3/4") and a season ("1986/87") recur in unrelated stories
_SPECIFIC = re.compile(r"(?![1-9]00$)\d{3,}|\d+(?:[.,]\d+)+")
#: a sum in millions or billions with a decimal point ("1.6 mln"), written out as another story may
#: write it ("1,600,000")
_MILLIONS = re.compile(r"\b(\d+\.\d+) (mln|billion)\b")


@lru_cache(maxsize=4096)
def story_figures(text: str) -> frozenset[str]:
    """The figures that identify a body's story: its numbers of three digits or more or with a
    decimal or thousands point, less the years, the days of a month ("on March 17") and the round
    hundreds; a sum of millions with a decimal point counts written out ("1.6 mln" as "1,600,000").

    Example:
        >>> sorted(story_figures("Acme said on March 17 it sold 40 pct for 2.77 mln dlrs in 1986 "
        ...                      "to 2,400 staff, 100 of them abroad, at 8-3/4 pct."))
        ['2,400', '2,770,000']
    """
    if not any(c.isdigit() for c in text):
        return frozenset()
    days = set(_MONTH_DAY.findall(text))
    out = {
        w
        for w in particulars(text)
        if w[0].isdigit() and w not in days and not _YEAR.fullmatch(w) and _SPECIFIC.fullmatch(w)
    }
    for number, unit in _MILLIONS.findall(text):  # one figure, written out: "1.6 mln" is "1,600,000"
        out.discard(number)
        out.add(f"{round(float(number) * (1e6 if unit == 'mln' else 1e9)):,}")
    return frozenset(out)


def figures_kept(earlier: str, later: str) -> int:
    """The number of ``earlier``'s figures (:func:`story_figures`) that ``later`` names too.

    Example:
        >>> figures_kept("Acme cut its deficit from 171 mln dlrs to 134 mln, 1.6 mln of it in March.",
        ...              "The deficit falls to 134 mln dlrs from 171 mln; March gave 1,600,000 dlrs.")
        3
    """
    return len(story_figures(earlier) & story_figures(later))
