"""Dates in a sentence, found by rule (read by :mod:`corpus_tools.variants.facts`): a month and a
day, the last day of a range, a weekday or a relative day, each with a key that two spellings of
one day share ("Sept. 20" / "20 September" / "September-20"); "today" meaning the present is no
date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from corpus_tools.lexicon import MONTHS, NUMBER_WORDS, RELATIVE_DAYS, REPORTING_FORMS, STOP_WORDS, WEEKDAYS
from corpus_tools.text.dates import days_of_months
from corpus_tools.variants.overnight_words import no_night

__all__ = [
    "date_key",
    "date_keys",
    "dates",
    "day_again",
    "month_alone_held",
    "months_alone",
    "range_end_again",
    "month_written",
    "week_named",
]

#: a weekday or a relative day ("Monday", "today"): a day without a month
_DAY_WORD = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS | RELATIVE_DAYS - {"later", "earlier", "recently"}) + r")\b", re.I
)
#: the last day of a date range after its first ("April 10 to 12", "May 9-11", "between June 2 and 4")
_DAY_RANGE_END = re.compile(
    r"\s*(?:-|to|and|through|until)\s*(\d{1,2})\b(?![.,]\d|\s*(?:pct|%|per|mln|bln|dlrs))", re.I
)
#: after "today", the words that make it the present rather than a day (see :func:`_present_today`)
_TODAY_STATES = re.compile(
    r"\s+(?P<who>(?:we|i|you|they)\s+)?(?:is|are)\s+(?!(?:expected|scheduled|due|set|likely|to|about)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]"
    r"|['’]s\s+(?:world|society|economy|environment|generation|era|age)\b",
    re.I,
)
#: the ends of a past participle or tense: "released", "seen", "shown", "done", "sold", "bought"
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ne|ld|ght|id|de|ot)$")
#: the twelve months, capitalised (a month alone is written with its capital)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: no day, year or number after a month: "March 3", "March 1987" and "May nine" are not a month alone
_NO_DAY_AFTER = r"\b(?!\.?\s*(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)|-\d)"
#: a month written alone after a word that places an event in it: "agreed in Paris in February";
#: the word capitalised at a sentence's start too, "In March the bank ..." (benchmarks/family_round56.md's
#: missed month), and "between" ("between January and May")
_MONTH_ALONE = re.compile(
    r"\b(?i:in|since|of|last|early|late|mid|until|through|by|from|during|before|after|between)\s+"
    r"(?:early\s+|late\s+)?(?P<month>" + _MONTH_NAME[3:-1] + r")" + _NO_DAY_AFTER
)
#: the second month of a range of months alone: "between January and May", "from March to June"
#: (benchmarks/family_round56.md's missed month: "and" and "to" place no month alone elsewhere)
_MONTH_RANGE_END = re.compile(
    r"\b(?i:between|from)\s+(?:early\s+|late\s+)?" + _MONTH_NAME + r"\s+(?:and|to)\s+(?:early\s+|late\s+)?"
    r"(?P<month>" + _MONTH_NAME[3:-1] + r")" + _NO_DAY_AFTER
)


#: a part of a month, one date: "late April", "mid-June", "early March" (no day after it: "early
#: March 3" is the day); its key the part and the month ("late-4"), benchmarks/family_round40.md
_PART_OF_MONTH = re.compile(
    r"\b(early|mid|late)[\s-]+(" + "|".join(m for m in MONTHS if len(m) > 3 or m == "may") + r")\b"
    r"(?!\.?\s*(?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)|-\d)",
    re.I,
)


def date_key(form: str) -> str:
    """One key per day: "May nine" = "May 9", "Sept. 20" = "September 20" = "20 September"."""
    words = re.findall(r"\w+", form.lower())
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next(
        (w.rstrip("stndrh") if w[:1].isdigit() else str(NUMBER_WORDS[w]) for w in words if _day_word(w)), ""
    )
    return f"{month}-{int(day) if day.isdigit() and len(day) <= 2 else day}" if month else " ".join(words)


def _day_word(word: str) -> bool:
    """A day's number, with an ordinal's ending or none ("20", "20th"), or a number word."""
    return re.fullmatch(r"\d+(?:st|nd|rd|th)?", word) is not None or word in NUMBER_WORDS


def _present_today(text: str, start: int, end: int) -> bool:
    """Whether "today" means the present, not a day (benchmarks/family_round35.md): "today's world",
    "so today we are better placed", "the world economy today is really one circle" (after a noun,
    before "is" or "are" and no verb of an event); not "He said today is the last day" (the day is
    the subject), "The board today is expected to vote" nor "what the market sensed today is" (in
    Reuters "today" is mostly the day of the story: on all 21,578 stories the rule fires on 5 of
    2,644 uses)."""
    m = _TODAY_STATES.match(text, end)
    if m is None:
        return False
    if m.group().lstrip()[:1] in "'’" or m.group("who"):
        return True
    before = re.search(r"\b([a-z]+)\s+$", text[max(0, start - 40) : start])
    return (
        before is not None
        and before.group(1) not in STOP_WORDS | REPORTING_FORMS
        and _PARTICIPLE.search(before.group(1)) is None  # "the data released today are", "seen today is"
    )


def dates(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, text, key)`` of the days a text names, every day of a list or a range too
    ("April 10 to 12", "December 14, 15 and 24": the 12th is a day, not a number), read by the one
    date reader :func:`corpus_tools.text.dates.days_of_months` ("20th of March", "14th March";
    not "may 5" in a text with capitals), and its weekdays and relative days."""
    out = [(m.start(), m.end(), m.group(), f"{m.group(1).lower()}-{MONTHS[m.group(2).lower()]}")
           for m in _PART_OF_MONTH.finditer(text)]  # fmt: skip
    out += [(d.start, d.end, d.text, f"{d.month}-{d.day}") for d in days_of_months(text)]
    for m in _DAY_WORD.finditer(text):
        inside = text[: m.start()].strip(" \"“'(") != ""
        if inside and m.group()[:1].isupper() and m.group().lower() in RELATIVE_DAYS:
            continue  # "NBC's Today show": a title inside a sentence, not the day
        if m.group().lower() == "today" and _present_today(text, m.start(), m.end()):
            continue
        if m.group().lower() == "overnight" and no_night(text, m.start(), m.end()):
            continue  # "positions that can be carried overnight": a rule's word (round 57)
        out.append((m.start(), m.end(), m.group(), m.group().lower()))
    return sorted(out)


def months_alone(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, month, key)`` of the months a text writes alone after a word that places an event
    in them ("completed in January", "last December", "before July"; not "January 20" nor "January
    1987", nor a quarter, "July/September"): a date fact whose key is ``"month-1"``
    (benchmarks/family_round41.md's missed months); "In March" at a sentence's start and both months
    of "between January and May" (benchmarks/family_round56.md's missed months).

    >>> months_alone("The plan was completed in January, before the May 5 vote.")
    [(26, 33, 'January', 'month-1')]
    >>> [m for *_, m, _ in months_alone("In March it rose between January and May.")]
    ['March', 'January', 'May']
    """
    found = list(_MONTH_ALONE.finditer(text))
    if "etween" in text or "rom" in text:  # a range of months needs "between" or "from"
        found += _MONTH_RANGE_END.finditer(text)
    return sorted(
        (m.start("month"), m.end("month"), m.group("month"), f"month-{MONTHS[m.group('month').lower()]}")
        for m in found
        if text[m.end() : m.end() + 1] != "/" and text[m.start("month") - 1 : m.start("month")] != "/"
    )


def month_written(text_lower: str, key: str) -> bool:
    """Whether a text (lower case) writes the month of a month's key (:func:`months_alone`) at all,
    in any form ("jan", "january"), with a day or without: a month alone is reported only when the
    other text never names that month (a month and a day of it are one date written two ways)."""
    month = int(key.partition("-")[2])
    return any(
        n == month and w in text_lower and re.search(rf"\b{w}\b", text_lower) for w, n in MONTHS.items()
    )


@lru_cache(maxsize=256)
def date_keys(text: str) -> frozenset[str]:
    return frozenset(key for *_, key in dates(text))


#: a name inside a sentence (not its first word), no month or weekday: what two passages share
_INNER_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]{2,}")
_NOT_NAMES = frozenset(MONTHS) | WEEKDAYS


def _names_near(text: str, start: int, end: int, reach: int = 200) -> set[str]:
    return {w.lower() for w in _INNER_NAME.findall(text[max(0, start - reach) : end + reach])} - _NOT_NAMES


def month_alone_held(key: str, other: str, this: str) -> bool:
    """Whether a text (``other``) keeps a day of this text (``this``), both as written, as its month
    alone: "the February 22 Louvre accord" / "as agreed by the Group of Seven in Paris in February"
    (benchmarks/family_round35.md): neither text names another day of that month, and the two
    passages share a name (not "before September 30" / "reconvene in September": two events).

    >>> later = "as the Group of Seven agreed in February"
    >>> month_alone_held("2-22", later, "the February 22 accord of the Group of Seven")
    True
    >>> month_alone_held("2-22", later, "on February 22 the Paris Club met")
    False
    """
    m = re.fullmatch(r"(\d{1,2})-\d{1,2}", key)
    if m is None:
        return False
    month = int(m.group(1))
    alone = [x for x in _MONTH_ALONE.finditer(other) if MONTHS[x.group("month").lower()] == month]
    if not alone:
        return False
    days = [k for k in date_keys(other.lower()) | date_keys(this.lower()) if k.startswith(f"{month}-")]
    if days != [key]:
        return False
    here = set().union(*(_names_near(this, s, e) for s, e, _, k in dates(this) if k == key))
    return any(here & _names_near(other, x.start(), x.end()) for x in alone)


#: the relative day words that name one day: "later today" and "late tonight" are one day
_DAY_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def day_again(text: str, reported: list[tuple], day: date | None = None) -> bool:
    """Whether a relative day word names a day the edge reports already under another day word
    on the same side (``reported``: ``(sentence, kind, text, change)``): "tonight" after "today"
    (benchmarks/family_round39.md: the ask "later today", the filing "late tonight", one day).

    >>> day_again("tonight", [("He will act later today.", "date", "today", "cut")])
    True
    >>> day_again("yesterday", [("He will act later today.", "date", "today", "cut")])
    False
    """
    offset = _DAY_OFFSET.get(text.lower())
    if offset is not None and any(
        kind == "date" and t.lower() != text.lower() and _DAY_OFFSET.get(t.lower()) == offset
        for _, kind, t, _ in reported
    ):
        return True
    return day is not None and _weekday_again(text, [t for _, kind, t, _ in reported if kind == "date"], day)


def _weekday_again(text: str, reported: list[str], day: date) -> bool:
    """Whether a weekday and a relative day, one of them ``text`` and the other reported, name one day
    in a text written on ``day``: "yesterday" and "Sunday" on a Monday (benchmarks/family_round44.md)."""
    pairs = [(text.lower(), t.lower()) for t in reported] + [(t.lower(), text.lower()) for t in reported]
    return any(
        w in WEEKDAYS
        and r in _DAY_OFFSET
        and (day + timedelta(days=_DAY_OFFSET[r])).strftime("%A").lower() == w
        for w, r in pairs
    )


def range_end_again(text: str, sentence: str, reported: list[tuple]) -> bool:
    """Whether a date is the last day of a range whose first day the edge reports already on the same
    side (``reported``: ``(sentence, kind, text, change)``): "May 8" of "May 7-8" after "May 7" is
    one span, not a second date (benchmarks/family_round44.md).

    >>> range_end_again("May 8", "from May 7-8 in Rome", [("from May 7-8 in Rome", "date", "May 7", "added")])
    True
    """
    m = re.fullmatch(r"([A-Za-z]+\.?) (\d{1,2})", text)
    if m is None:
        return False
    first = re.search(
        re.escape(m.group(1)) + r"\s+(\d{1,2})" + _DAY_RANGE_END.pattern.replace(r"(\d{1,2})", m.group(2), 1),
        sentence,
        re.I,
    )
    key = first and date_key(f"{m.group(1)} {first.group(1)}")
    return bool(key) and any(k == "date" and date_key(t) == key for s, k, t, _ in reported if s == sentence)


#: the week of the day of writing: "this week" ("last week" against a day is left a cut: the day
#: is lost, as round 10 of benchmarks/family_round10.md read "Friday" / "late last week")
_WEEK = re.compile(r"\bthis\s+week\b", re.I)
#: the words before a date that say what happened on it, compared across the two texts
_WINDOW = 6


def _last_words(text: str) -> set[str]:
    """The last :data:`_WINDOW` words of a text that are no stop words (lower case)."""
    return set([w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP_WORDS][-_WINDOW:])


def week_named(days: set[date], sentences: Iterable[str], day: date | None, before: str) -> bool:
    """Whether one of ``sentences`` (of a text written on ``day``) places in "this week" one of
    ``days``, after words that say the same as ``before`` (the words before the date in its own
    sentence: half of the last six words that are no stop words shared, Dice): a tender held
    "today" (a Wednesday) that a text of the next day says was held "this week" is one day written
    two ways, no date cut (benchmarks/family_round43.md). A week runs from Monday to Sunday.

    >>> week_named({date(1987, 3, 4)}, ["It bought rice this week."], date(1987, 3, 5), "It bought rice")
    True
    >>> week_named({date(1987, 3, 6)}, ["It bought rice this week."], date(1987, 3, 9), "It bought rice")
    False
    >>> week_named({date(1987, 3, 4)}, ["The Senate was to approve it this week."], date(1987, 3, 5),
    ...            "The House was to vote")
    False
    """
    if not days or day is None:
        return False
    first = day - timedelta(days=day.weekday())
    if not any(first <= d < first + timedelta(days=7) for d in days):
        return False
    mine = _last_words(before)
    for sentence in sentences:
        for m in _WEEK.finditer(sentence):
            theirs = _last_words(sentence[: m.start()])
            if mine and theirs and 2 * len(mine & theirs) / (len(mine) + len(theirs)) >= 0.5:
                return True
    return False
