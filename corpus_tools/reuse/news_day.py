"""A later story that dates the news it tells again: the day of the earlier story's news, named.

The shape, read in round 35 (branch tree35) on two missed edges of ``benchmarks/family_edges.csv``:
an outlet's later story of the next step tells the earlier story's news again and dates it, "Royex
on March 31 offered to buy four mln Corona shares" in a story of Corona's board thirteen days
after the story of the offer, filed on March 31 (16232 <- 11602); "Finance Minister Edouard
Balladur announced on March 10 that the monopoly ... will be phased out" a week after the story of
reforms "announced on Tuesday", filed on Thursday, March 12 (7403 <- 4130). A wire editor reads
the date as a reference back: the later story points at the news of that day, as it does when it
tells the earlier story's figures again (:mod:`corpus_tools.reuse.figures_told`), though it tells
the lead in its own words (an offer of "50 dlrs per share" told as its parts, "four dlrs cash, one
series B share ..."; 0.47 of the earlier lead's content words).

The rule: the *days of the news* of an earlier story are the day it was filed and the days its
lead names, a weekday read as the last such day on or before the filing ("on Tuesday"),
"yesterday" as the day before (:func:`news_days`). A later story filed on a later day that names
one of them as a day of a month ("on March 31", "March 10";
:func:`corpus_tools.reuse.days_to_come.named_days`) dates the earlier story's news
(:func:`dates_news`). The lead rule (:mod:`corpus_tools.reuse.retold_lead`) then reads it as it
reads a story telling two of the earlier story's figures again:
:data:`corpus_tools.reuse.figures_told.FIGURE_WORDS` of the lead's content words do, and beyond
ten days the date stands for the lead's own figure; and the lead's figure need not be repeated
(the date names the news it belongs to). Every other test stays: 0.7 of the lead's names, two
sentences told, the same known outlet, the gaps.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

import pandas as pd

from corpus_tools.lexicon import WEEKDAYS
from corpus_tools.reuse.days_to_come import named_days
from corpus_tools.variants.facts import split_sentences

__all__ = ["dates_news", "news_days"]

_WEEKDAY_NUMBER = {d: k for k, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday"))}
_WEEKDAY_NUMBER |= {"saturday": 5, "sunday": 6}
_DAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS)) + r"|yesterday)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _day_words(lead: str) -> tuple[str, ...]:
    """The weekdays and "yesterday" a lead names, lower-cased."""
    return tuple(w.lower() for w in _DAY_WORD.findall(lead))


@lru_cache(maxsize=4096)
def _lead(text: str) -> str:
    sentences = split_sentences(text)
    return sentences[0] if sentences else ""


def news_days(text: str, filed: pd.Timestamp) -> frozenset:
    """The days of a story's news: the day it was ``filed``, and the days its lead (its first
    sentence) names: a weekday as the last such day on or before the filing, "yesterday" as the
    day before, a day of a month as :func:`corpus_tools.reuse.days_to_come.named_days` reads it.

    Example:
        >>> t = pd.Timestamp("1987-03-12T07:34", tz="UTC")  # a Thursday
        >>> sorted(str(d) for d in news_days("Reforms announced on Tuesday will end it.", t))
        ['1987-03-10', '1987-03-12']
    """
    lead = _lead(text)
    day = filed.date()
    out = {day}
    for w in _day_words(lead):
        back = 1 if w == "yesterday" else (day.weekday() - _WEEKDAY_NUMBER[w]) % 7
        out.add(day - datetime.timedelta(days=back))
    out.update(when for _, when in named_days(lead, filed))
    return frozenset(out)


def dates_news(earlier: str, later: str, filed: pd.Timestamp, later_filed: pd.Timestamp) -> bool:
    """Whether ``later``, filed on a later day, names a day of ``earlier``'s news
    (:func:`news_days`; ``filed``: the earlier story's date) as a day of a month.

    Example:
        >>> t = pd.Timestamp("1987-03-31T14:57", tz="UTC")
        >>> earlier = "Brill Corp said it is making an offer for Acme Ltd of 30 dlrs per share."
        >>> dates_news(earlier, "Acme said Brill's offer is fair. Brill on March 31 offered 30 dlrs.",
        ...            t, t + pd.Timedelta(days=12))
        True
        >>> dates_news(earlier, "Acme said Brill's offer is fair. Brill on March 24 bought shares.",
        ...            t, t + pd.Timedelta(days=12))
        False
    """
    if later_filed.date() <= filed.date():
        return False
    named = {when for _, when in named_days(later, filed) if when < later_filed.date()}
    return bool(named) and bool(named & news_days(earlier, filed))
