"""A day and the part of its month that holds it are one date written two ways (round 48,
benchmarks/family_round48.md): "the study is due by mid-April" and "the study is due April 15";
"early", "mid" and "late" a month cover its days 1-10, 10-20 and 20-31 (the edges in both). A
day of another part ("mid-April" / "April 28") stays a change.
"""

from __future__ import annotations

import re

from corpus_tools.variants.date_facts import date_keys

__all__ = ["part_of_month_held"]

_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}


def part_of_month_held(key: str, other: str) -> bool:
    """Whether a date (``key``: "mid-4" or "4-15") is held by the other text (lower case) writing
    the same date as a day or as the part of its month.

    >>> part_of_month_held("mid-4", "the study is due april 15.")
    True
    >>> part_of_month_held("4-15", "the study is due by mid-april.")
    True
    >>> part_of_month_held("4-28", "due by mid-april."), part_of_month_held("mid-4", "due may 15")
    (False, False)
    """
    keys = date_keys(other)
    part = re.fullmatch(r"(early|mid|late)-(\d{1,2})", key)
    if part:
        lo, hi = _PARTS[part.group(1)]
        days = (re.fullmatch(part.group(2) + r"-(\d{1,2})", k) for k in keys)
        return any(d is not None and lo <= int(d.group(1)) <= hi for d in days)
    day = re.fullmatch(r"(\d{1,2})-(\d{1,2})", key)
    if day is None:
        return False
    month, d = day.groups()
    return any(f"{p}-{month}" in keys and lo <= int(d) <= hi for p, (lo, hi) in _PARTS.items())
