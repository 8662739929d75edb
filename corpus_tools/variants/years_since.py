"""A period written as the year it began and as a count of years (round 48,
benchmarks/family_round48.md): "it has lent 10 bln dlrs since 1968" and, in a text of 1987, "it
has lent 10 bln dlrs in the past 20 years" name one period; the year cut and the count added are
no change. The count must be within a year of the years between the year and the day of writing
(each text read at its own ``published`` date).
"""

from __future__ import annotations

import re
from datetime import date

from corpus_tools.lexicon import NUMBER_WORDS

__all__ = ["count_of_years_held", "year_since_held"]

_SINCE = re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.I)
_PAST = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:past|last)\s+(\w+)\s+years\b", re.I)


def _count(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w)


def _near(year: int, count: int, day: date | None, other_day: date | None) -> bool:
    """Whether "since ``year``" (written on ``day``) and "the past ``count`` years" (on
    ``other_day``) start within a year of each other."""
    if day is None or other_day is None:
        return False
    return abs((other_day.year - count) - year) <= 1


def year_since_held(text: str, sentence: str, other: str, day: date | None, other_day: date | None) -> bool:
    """Whether a year (``text``, "since 1968" in ``sentence``) is held by the other text's "in the
    past 20 years" (``other``, the raw other text).

    >>> d = date(1987, 3, 24)
    >>> year_since_held("1968", "lent since 1968.", "lent in the past 20 years.", d, d)
    True
    >>> year_since_held("1968", "lent since 1968.", "lent in the past five years.", d, d)
    False
    """
    if not any(m.group(1) == text for m in _SINCE.finditer(sentence)):
        return False
    counts = [_count(m.group(1)) for m in _PAST.finditer(other)]
    return any(n is not None and _near(int(text), n, day, other_day) for n in counts)


def count_of_years_held(
    text: str, sentence: str, other: str, day: date | None, other_day: date | None
) -> bool:
    """Whether a count of years (``text``, "in the past 20 years" in ``sentence``) is held by the
    other text's "since 1968".

    >>> d = date(1987, 3, 24)
    >>> count_of_years_held("20", "in the past 20 years.", "since 1968.", d, d)
    True
    >>> count_of_years_held("20", "in the past 20 years.", "since 1980.", d, d)
    False
    """
    if not any(m.group(1).lower() == text.lower() for m in _PAST.finditer(sentence)):
        return False
    n = _count(text)
    return n is not None and any(_near(int(m.group(1)), n, other_day, day) for m in _SINCE.finditer(other))
