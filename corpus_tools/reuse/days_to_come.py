"""A lead's day still to come: not a figure a later story of the same news must repeat.

The shape, read in round 34 (branch tree34) on the missed edge 4367 <- 4315 of
``benchmarks/family_edges.csv``: a company says it "will sign a pact in Caracas on March 17" to
sell half of a refinery, and an hour later the outlet files the deal's terms (the partnership, its
value, the supply contract) without the signing day. The lead rule
(:mod:`corpus_tools.reuse.retold_lead`) asks a later story to keep one of the earlier lead's
figures when it gives one (a story of another sum is another deal), and the lead's only figure
here is the day. A day that has come by the later story is news of its own: a union "set a March
26 strike deadline", and the story filed on March 26 reports the strike (7396 -> 10113, a root the
reader left alone), so the day stays a figure to keep once it is reached.

The rule: when the later story tells one of the earlier story's own figures again
(:func:`corpus_tools.reuse.figures_told.story_figures`: the refinery's "160,000" barrels a day), a
day of a month named in the earlier lead ("on March 17", "by Jan. 5"), dated in the
earlier story's year (the next year's when that would put it half a year or more before the
earlier story), that is later than the later story's own date is left out of the lead
rule's figure test (:func:`days_to_come`); the lead's other figures, and every other test, stay.
Without a figure of the story kept, a later story sharing only the lead's institutions and day is
another item of the same agenda (a regulator "will consider" one exchange's plan on April 15, and
the next day's story is another exchange's complaint about another plan), and the day still bars it.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

import pandas as pd

__all__ = ["days_to_come", "named_days"]

_HALF_YEAR = pd.Timedelta(days=183)
_MONTHS = {m: k for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?![.,]\d)")


@lru_cache(maxsize=4096)
def _month_days(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each day of a month named in ``text``: as written ("17"), its month and its day."""
    if not any(c.isdigit() for c in text):
        return ()
    return tuple((day, _MONTHS[month.lower()], int(day)) for month, day in _DAY.findall(text))


def named_days(text: str, earlier: pd.Timestamp) -> list[tuple[str, datetime.date]]:
    """The days of a month named in ``text`` ("on March 17", "by Jan. 5"), each as written ("17")
    and as a date read in the year of ``earlier`` (in the next year when that puts the day half a
    year or more before ``earlier``).

    Example:
        >>> named_days("It pays on Jan. 5 and met on Dec 30.", pd.Timestamp("1987-12-20", tz="UTC"))
        [('5', datetime.date(1988, 1, 5)), ('30', datetime.date(1987, 12, 30))]
    """
    out = []
    for written, month, day in _month_days(text):
        try:
            when = datetime.date(earlier.year, month, day)
        except ValueError:  # "Feb 30": not a day
            continue
        if when < (earlier - _HALF_YEAR).date():  # "Jan 4" in a December story: next year's
            try:
                when = when.replace(year=when.year + 1)
            except ValueError:  # February 29 in a year without it
                continue
        out.append((written, when))
    return out


def days_to_come(lead: str, earlier: pd.Timestamp, later: pd.Timestamp) -> frozenset[str]:
    """The days of a month named in ``lead`` (as the lead's figures write them: "17") that fall
    after the date of ``later``, read in the year of ``earlier`` (the lead's own date; in the next
    year when that puts the day half a year or more before ``earlier``: :func:`named_days`).

    Example:
        >>> t = pd.Timestamp("1987-03-12T12:11", tz="UTC")
        >>> sorted(days_to_come("It will sign a pact on March 17 and pay by April 2.", t, t))
        ['17', '2']
        >>> days_to_come("Workers set a March 26 strike deadline.", t, pd.Timestamp("1987-03-26", tz="UTC"))
        frozenset()
    """
    return frozenset(day for day, when in named_days(lead, earlier) if when > later.date())
