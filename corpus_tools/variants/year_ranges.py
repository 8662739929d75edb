"""The end of a range of years written short is a year, not a number (round 47,
benchmarks/family_round47.md): "the plan for 1988-92" names the years 1988 to 1992, and its "92"
is the year 1992 (a fact of kind date, key "1992"), no amount of 92.
"""

from __future__ import annotations

import re

__all__ = ["year_range_end"]

#: a year and a hyphen just before a number: "1988-" of "1988-92", "1999-" of "1999-2001"
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)-$")


def year_range_end(sentence: str, start: int, number: str) -> str | None:
    """The year that ``number`` (at ``start`` in ``sentence``) ends a range of years with, written
    short ("92" of "1988-92" is "1992"), or None: two digits after a year and a hyphen, later than
    that year in its century.

    >>> year_range_end("its plan for 1988-92 was", 18, "92")
    '1992'
    >>> year_range_end("a 1988-92 plan", 7, "92"), year_range_end("scores of 1988-12", 15, "12")
    ('1992', None)
    """
    m = _YEAR_BEFORE.search(sentence[max(0, start - 5) : start])
    if m is None or re.fullmatch(r"\d\d", number) is None:
        return None
    year = m.group(1)[:2] + number
    return year if int(year) > int(m.group(1)) else None
