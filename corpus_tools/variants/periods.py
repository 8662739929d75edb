"""Dates relative to the day of writing, for the fact rows of
:func:`corpus_tools.variants.fact_changes.fact_rows`: "this year" in a story of 1987 holds "1987",
"today" the weekday or the day of the month it falls on (:func:`held_as_period`). Moved out of
``fact_changes.py`` unchanged (round 19); its days of a month read by the one date reader,
:func:`corpus_tools.text.dates.days_of_months` (round 20)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

import pandas as pd

from corpus_tools.lexicon import WEEKDAYS
from corpus_tools.text.dates import DayOfMonth, days_of_months
from corpus_tools.variants.date_facts import week_named
from corpus_tools.variants.facts import facts, split_sentences, word_keys

__all__ = ["held_as_period"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_YEAR_OFFSETS = {"this year": 0, "last year": -1, "next year": 1}

#: the evening before the day of writing, a day of its own
_LAST_NIGHT = re.compile(r"\blast night\b")


def _day(published: object) -> date | None:
    try:
        stamp = pd.Timestamp(published)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def _days(form: str, day: date) -> set[date]:
    """The calendar days a date fact may name in a text written on ``day``: a weekday the
    one before or after it (within six days), "today" the day itself, "May 21" ("21st of May") in
    its year."""
    f = form.lower().strip()
    if f in _DAY_OFFSETS:
        return {day + timedelta(days=_DAY_OFFSETS[f])}
    if f in WEEKDAYS:
        back = (day.weekday() - _WEEKDAYS.index(f)) % 7
        return {day - timedelta(days=back), day + timedelta(days=(7 - back) % 7)}
    return _in_year(days_of_months(form), day)


def _in_year(found: list[DayOfMonth], day: date) -> set[date]:
    """The days of a month a text names (:func:`~corpus_tools.text.dates.days_of_months`, the one
    date reader) in the year of ``day``; a day no month has ("February 30") none."""
    return {date(day.year, d.month, d.day) for d in found if 1 <= d.day <= monthrange(day.year, d.month)[1]}


def held_as_period(
    form: str, other: str, day: date | None, other_day: date | None, sentence: str = ""
) -> bool:
    """Whether ``other`` (raw text, written on ``other_day``) names the same period as the date
    fact ``form`` of a text written on ``day``, one of them relative to its day of writing:
    "1987" / "this year" (1987), "Tuesday" / "today" (that Tuesday), "May 21" / "yesterday",
    "yesterday" / "last night" (the evening before the day of writing).
    A year is held so only by a sentence of ``other`` that states the same thing as the
    year's own ``sentence``: they share a number, or half their words (Dice); a year in a
    sentence cut ("revenues of 356 mln dlrs in 1986") is not held by "last year" elsewhere.

    >>> held_as_period("1987", "A 15 to 20 billion dlr drop this year.", date(1987, 3, 26),
    ...                date(1987, 3, 26), "A drop of 15 to 20 billion dlrs in 1987.")
    True
    >>> held_as_period("Tuesday", "the talks ended today", date(1987, 6, 19), date(1987, 6, 2))
    False
    >>> held_as_period("yesterday", "from a close last night of 97p", date(1987, 3, 24), date(1987, 3, 24))
    True
    """
    if day is None or other_day is None:
        return False
    low = other.lower()
    if re.fullmatch(r"(19|20)\d\d", form):
        if day.year == other_day.year == int(form) and re.search(r"\bthis year\b", low):
            return True  # the year both texts are written in, which the other calls "this year"
        phrases = [p for p, k in _YEAR_OFFSETS.items() if other_day.year + k == int(form)]
        return any(
            re.search(rf"\b{p}\b", t.lower()) and _same_statement(sentence, t)
            for t in split_sentences(other)
            for p in phrases
        )
    mine = _days(form, day)
    if not mine:
        return False
    # a later text's "this week" for a day before it was written: "today" / "this week" (one day,
    # benchmarks/family_round43.md); a deadline "by tomorrow" after "this week" is new (round 41)
    at, later = sentence.find(form), day <= other_day and max(mine) <= other_day
    if (
        "week" in low
        and at >= 0
        and later
        and week_named(mine, split_sentences(other), other_day, sentence[:at])
    ):
        return True
    theirs = _in_year([d for d in days_of_months(other) if d.text.lower() != form.lower()], other_day)
    for w in set(re.findall(r"[a-z]+", low)) & (set(_DAY_OFFSETS) | set(_WEEKDAYS)) - {form.lower()}:
        theirs |= _days(w, other_day)  # "today", "Tuesday"
    if "last night" in low and _LAST_NIGHT.search(low):
        # the evening before the day of writing: "a close last night" / "yesterday's close" (one day,
        # benchmarks/family_round60.md)
        theirs.add(other_day - timedelta(days=1))
    return bool(mine & theirs)


def _same_statement(a: str, b: str) -> bool:
    """Two sentences that share a number, or half their words (Dice of the word keys)."""
    na = {f[2] for f in facts(a) if f[0] == "number"}
    if na & {f[2] for f in facts(b) if f[0] == "number"}:
        return True
    wa, wb = set(word_keys(a)), set(word_keys(b))
    return bool(wa and wb) and 2 * len(wa & wb) / (len(wa) + len(wb)) >= 0.5
