"""Words of the calendar: seasons, weekdays, words that place an event relative to the day of writing,
and the months with their abbreviations (:data:`SEASONS`, :data:`WEEKDAYS`, :data:`RELATIVE_DAYS`,
:data:`MONTHS`).
"""

from __future__ import annotations

__all__ = [
    "SEASONS",
    "WEEKDAYS",
    "RELATIVE_DAYS",
    "MONTHS",
]

#: The seasons, lower case: "the Autumn meetings" names no one (benchmarks/family_round35.md).
SEASONS: frozenset[str] = frozenset({"spring", "summer", "autumn", "fall", "winter"})
WEEKDAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: Words that place an event relative to the day of writing.
RELATIVE_DAYS: frozenset[str] = frozenset(
    {"yesterday", "today", "tomorrow", "tonight", "overnight", "recently", "earlier", "later"}
)
#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
