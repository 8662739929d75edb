"""A time's zone is part of the time, not a name: "at 1800 EST", "midnight EDT", "noon GMT" (the
hour is its own number row; benchmarks/family_round50.md).

>>> s = "The offer expires at 1800 EST."
>>> clock_zone(s, s.index("EST"), "EST.")
True
>>> s = "In 1987 PST Corp sold it."
>>> clock_zone(s, s.index("PST"), "PST")
False
"""

from __future__ import annotations

import re

__all__ = ["clock_zone"]

#: a clock time just before a word: "1800", "18:00", "6.30 pm", "midnight", "noon", "1800 hrs"
#: (four digits only as a time of day: hours 00-23 and minutes 00-59, not a year as "1987")
_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:[01]\d|2[0-3])[0-5]\d|\b\d{1,2}[:.][0-5]\d|\bmidnight|\bnoon)"
    r"(?:\s*(?:[ap]\.?m\.?|hrs|hours|local\s+time))?\s+$",
    re.I,
)
#: a time zone's letters: a region's one or two letters and "ST" or "DT" ("EST", "EDT", "AEST"),
#: or "GMT", "UTC", "CET"
_ZONE = re.compile(r"(?:[A-Z]{1,2}[SD]T|GMT|UTC|CET)\.?")


def clock_zone(sentence: str, start: int, raw: str) -> bool:
    """Whether the capitalised ``raw`` at ``start`` is a time's zone after a clock time."""
    return _ZONE.fullmatch(raw) is not None and _CLOCK_BEFORE.search(sentence[:start]) is not None
