"""One reader of the days a raw text names by a month and a day: "March 20", "Mar. 20th", "20
March", "20th of March", "April-5" and the days of a list or a range with one month ("December 14,
15 and 24", "May 9-11", "14 and 15 March"). Both the fact changes
(:func:`corpus_tools.variants.date_facts.dates`, keys "3-20") and the words of a text's own
(:func:`corpus_tools.reuse.own_forms.date_keys`, keys "20/3") read dates through it, so the two
read the same days (README "End of round 18", known debt 6).

A month written in lower case in a text that has capitals is no month ("they may 5 times", "to
march 20 miles"); in a text written all in lower case (a text lowered to compare it, or a wire's
lower-case paragraph) it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpus_tools.lexicon import MONTHS, NUMBER_WORDS

__all__ = ["DayOfMonth", "days_of_months"]

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: months written in full (not "Mar", "Dec": a futures month "Dec-87" is no day)
_FULL_MONTH = "|".join(
    sorted((m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")), key=len, reverse=True)
)
_ORD = r"(?:st|nd|rd|th)?"
_WORD_DAY = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: what may not follow a day of a list or a range: a decimal or a thousands part, an amount's unit
_NOT_DAY = r"(?![.,]\d|\s*(?:pct|%|per\b|mln|bln|dlrs))"
#: the later days of a month-first list or range: "-11", "to 12", "through 4", ", 15 and 24" (a
#: comma only in a list that ends in "and" or "to": not "March 3, 12 banks")
_NEXT = re.compile(
    rf"(?:\s*,\s*\d{{1,2}}{_ORD}\b)*\s*(?:-|to\b|and\b|&|through\b|until\b)\s*\d{{1,2}}{_ORD}\b{_NOT_DAY}"
    rf"(?!\s+(?:of\s+)?(?:{_MONTH})\b)",  # "Sept. 20 and 20 September": the second day is the next date's
    re.I,
)
#: a month and a day: "March 20", "Mar. 20th", "May nine", "March 1, 1987", "April-5"
_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH})(?:\.?\s+(?P<day>\d{{1,2}}|{_WORD_DAY}){_ORD}\b(?P<year>,\s*\d{{4}}\b)?"
    rf"|-(?P<hday>[1-9]|[12]\d|3[01])(?=-\d|\b)(?!-[A-Za-z]))(?![.,:/]\d)",
    re.I,
)
#: a day and a month, or a list of days and a month: "20 March", "20th of March", "14, 15 and 24
#: December", "14-15 March" (not after a decimal point: "0.5 March")
_DAY_FIRST = re.compile(
    rf"(?<![\d][.,])\b(?P<days>\d{{1,2}}{_ORD}(?:\s*(?:,|and\b|&)\s*\d{{1,2}}{_ORD}|-\d{{1,2}}{_ORD})*)"
    rf"\s+(?:of\s+)?(?P<month>{_MONTH})\b",
    re.I,
)


class DayOfMonth(NamedTuple):
    """A day a text names: where it is written, as written, and its day and month numbers."""

    start: int
    end: int
    text: str
    day: int
    month: int


def days_of_months(text: str) -> list[DayOfMonth]:
    """The days a raw text names by a month and a day, in order, each day of a list or range once
    (a later day of a month-first list: its own digits, written "Month day").

    >>> [(d.text, d.day, d.month) for d in days_of_months("On the 20th of March and 14th April.")]
    [('20th of March', 20, 3), ('14th April', 14, 4)]
    >>> [(d.text, d.day) for d in days_of_months("Assaults on December 14, 15 and 24.")]
    [('December 14', 14), ('December 15', 15), ('December 24', 24)]
    >>> days_of_months("They may 5 times, by March 2000, due March 1, 1997 and 2 shares.")[0].text
    'March 1, 1997'
    """
    capitals = text != text.lower()
    out: list[DayOfMonth] = []
    taken: list[tuple[int, int]] = []
    for m in _MONTH_FIRST.finditer(text):
        name = m.group("month")
        if capitals and not name[:1].isupper():
            continue
        if m.group("hday") and re.fullmatch(_FULL_MONTH, name, re.I) is None:
            continue  # "Mar-15": a futures month or a code, not "April-5"
        month, day = MONTHS[name.lower()], m.group("day") or m.group("hday")
        out.append(DayOfMonth(m.start(), m.end(), m.group(), _day(day), month))
        taken.append(m.span())
        if m.group("year"):
            continue  # "due March 1, 1997 and 2 shares": no list after a year (family_round45.md)
        nxt = _NEXT.match(text, m.end())
        if nxt is not None:
            out += [
                DayOfMonth(
                    nxt.start() + d.start(),
                    nxt.start() + d.end(),
                    f"{name} {d.group()}",
                    int(d.group()),
                    month,
                )
                for d in re.finditer(r"\d+", nxt.group())
            ]
            taken.append(nxt.span())
    pos = 0
    while (m := _DAY_FIRST.search(text, pos)) is not None:
        inside = [b for a, b in taken if a < m.end() and m.start() < b]
        pos = max(inside) if inside else m.end()
        if inside or (capitals and not m.group("month")[:1].isupper()):
            continue
        month = MONTHS[m.group("month").lower()]
        days = list(re.finditer(r"\d+", m.group("days")))
        if len(days) == 1:
            out.append(DayOfMonth(m.start(), m.end(), m.group(), int(days[0].group()), month))
            continue
        at = m.start("days")
        out += [
            DayOfMonth(at + d.start(), at + d.end(), f"{d.group()} {m.group('month')}", int(d.group()), month)
            for d in days
        ]
    return sorted(out)


def _day(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
