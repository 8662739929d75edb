"""Three shapes of one fact written two ways across an update series, found in the held-out reading
of round 52 (benchmarks/family_round52.md). Read by :mod:`corpus_tools.variants.name_facts` and
:func:`corpus_tools.variants.fact_changes.fact_rows`:

- a verb the wire capitalised after a country's initials ("The U.S. Wants South Korea to cut"):
  its third person, whose stem the texts write in lower case ("does not want"), is no part of a
  name (:func:`capital_verb`);
- a year written after a month ("In January 1987") where the other text, written that year, gives
  the month with a day and no year ("on January 28"): the year is held (:func:`month_year_held`);
- "the first three months" where the other text writes "first quarter": the count of months is
  held (:func:`quarter_months_held`).
"""

from __future__ import annotations

import re
from datetime import date

from corpus_tools.lexicon import COMPANY_ENDS, MONTHS
from corpus_tools.variants.name_spans import INSTITUTION_ENDS

__all__ = ["capital_verb", "month_year_held", "quarter_months_held"]


def capital_verb(words: list[str], lower: set[str]) -> bool:
    """Whether ``words`` (a run after initials: "U.S.", "Wants", "South", "Korea") has a verb's
    third person second, whose stem the texts write in lower case (``lower``), between the initials
    and a name that is no company or body ("U.S. Lines Inc", "U.S. Growers Association" stay one).

    >>> capital_verb(["U.S.", "Wants", "South", "Korea"], {"want"})
    True
    >>> capital_verb(["U.S.", "Wants", "South", "Korea"], {"cut"})
    False
    >>> capital_verb(["U.S.", "Lines", "Inc"], {"line"})
    False
    """
    if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z]{2,}s", words[1]) or words[1].endswith("ss"):
        return False
    if any(w.lower().rstrip(".") in COMPANY_ENDS | INSTITUTION_ENDS for w in words[2:]):
        return False
    verb = words[1].lower()
    return verb[:-1] in lower or (verb.endswith("es") and verb[:-2] in lower)


def month_year_held(text: str, sentence: str, other_raw: str, other_day: date | None) -> bool:
    """Whether a year ``text`` written after a month in ``sentence`` ("In January 1987") is held by
    the other text, written in that year (``other_day``), giving that month with a day and no year
    after it ("on January 28").

    >>> month_year_held("1991", "In May 1991 the mill closed.", "It closed on May 4.", date(1991, 7, 2))
    True
    >>> month_year_held("1991", "In May 1991 the mill closed.", "It closed on June 4.", date(1991, 7, 2))
    False
    >>> month_year_held("1990", "In May 1990 the mill closed.", "It closed on May 4.", date(1991, 7, 2))
    False
    """
    if other_day is None or not re.fullmatch(r"(?:19|20)\d\d", text) or int(text) != other_day.year:
        return False
    m = re.search(r"\b([A-Z][a-z]+)\.?\s+" + text + r"\b", sentence)
    if m is None or m.group(1).lower() not in MONTHS:
        return False
    day = rf"\b{m.group(1)}\.?\s+\d{{1,2}}\b(?!,?\s+(?:19|20)\d\d)"
    return re.search(day, other_raw) is not None


#: "the first three months", "the past three months"; "first quarter", "the latest quarter"
_THREE_MONTHS = re.compile(r"\b(?:first|second|last|past|latest|final|next)\s+(?:three|3)\s+months\b", re.I)
_QUARTER = re.compile(
    r"\b(?:first|second|third|fourth|last|past|latest|final|next|current)\s+quarter\b", re.I
)


def quarter_months_held(text: str, sentence: str, other_raw: str) -> bool:
    """Whether the number ``text`` counts "three months" of a quarter in ``sentence`` ("in the first
    three months of this year") and the other text names a quarter ("First quarter 1987 exports").

    >>> quarter_months_held("three", "Sales rose in the first three months.", "First quarter sales rose.")
    True
    >>> quarter_months_held("three", "Sales rose in the first three months.", "Sales rose in May.")
    False
    """
    return (
        text.lower() in ("three", "3")
        and bool(_THREE_MONTHS.search(sentence))
        and bool(_QUARTER.search(other_raw))
    )
