"""The end of a range of years written short is a year, not a number (round 47,
benchmarks/family_round47.md): "the plan for 1988-92" names the years 1988 to 1992, and its "92"
is a date (key "1988-1992", the range), no amount of 92; the other text holds it when it writes
the same range ("1988-92" or "1988-1992").
"""

from __future__ import annotations

import re

__all__ = ["year_range_end", "year_ranges"]

#: a year and a hyphen just before a number: "1988-" of "1988-92", "1999-" of "1999-2001"
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)-$")


def year_range_end(sentence: str, start: int, number: str) -> str | None:
    """The range of years that ``number`` (at ``start`` in ``sentence``) ends, written short ("92"
    of "1988-92" is "1988-1992"), or None: two digits after a year and a hyphen, later than that
    year in its century.

    >>> year_range_end("its plan for 1988-92 was", 18, "92")
    '1988-1992'
    >>> year_range_end("a 1988-92 plan", 7, "92"), year_range_end("scores of 1988-12", 15, "12")
    ('1988-1992', None)
    """
    m = _YEAR_BEFORE.search(sentence[max(0, start - 5) : start])
    if m is None or re.fullmatch(r"\d\d", number) is None:
        return None
    year = m.group(1)[:2] + number
    return f"{m.group(1)}-{year}" if int(year) > int(m.group(1)) else None


def year_ranges(text: str) -> set[str]:
    """The ranges of years a text writes, short or in full, as keys ("1987-89" and "1987-1989" are
    "1987-1989").

    >>> sorted(year_ranges("due in 1987-89, and the 1990-1995 plan"))
    ['1987-1989', '1990-1995']
    """
    out = set()
    for m in re.finditer(r"\b((?:19|20)\d\d)-(\d\d(?:\d\d)?)\b", text):
        end = m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2)
        if int(end) > int(m.group(1)):
            out.add(f"{m.group(1)}-{end}")
    return out
