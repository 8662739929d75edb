"""Facts in a sentence: numbers, dates and names, found by rule, and the sentence splitter they read.

A *fact* is a number with its unit ("1,229", "54.5 pct", "five"), a date ("May 21",
"20 September", "Thursday", "late April") or a name: a run of capitalised words (people,
organisations, places; "U.S. State Department", "Oman"; "Chapter 11"). Rules, not a model: they
run on any corpus without a spaCy pipeline, and are the same for a version and its
parent, so what differs between two versions is a change of fact, not of tagger.
Each fact has a *key* that two spellings of one fact share ("U.S." / "US", "5
percent" / "5 pct", "Mr Trump" / "Trump").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon import (
    COMPANY_ENDS,
    LEGAL_FORMS,
    MONTHS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    WEEKDAYS,
    WORD_RE,
)
from corpus_tools.text.name_initials import EVERY_WORD, initials_of
from corpus_tools.text.sentences import match_key, norm_token
from corpus_tools.variants.date_facts import date_key, date_keys, dates, month_written, months_alone
from corpus_tools.variants.lexical import categorize
from corpus_tools.variants.list_numbers import list_number
from corpus_tools.variants.name_facts import ORDINARY_WORDS, fact_key, names, norm_text
from corpus_tools.variants.name_spans import NAME_RE, named_numbers
from corpus_tools.variants.number_forms import fractions, holds_number, temperatures
from corpus_tools.variants.year_ranges import year_range_end, year_ranges

__all__ = [
    "word_re",
    "NAME_RE",
    "ORDINARY_WORDS",
    "QUOTE_RE",
    "fact_key",
    "facts",
    "holds",
    "lowercase_words",
    "norm_text",
    "number_keys",
    "proper_words",
    "same_fact",
    "split_sentences",
    "word_keys",
]


@lru_cache(maxsize=1 << 16)
def word_re(key: str) -> re.Pattern:
    """The compiled pattern of ``key`` as whole words (``\\bkey\\b``), kept: a corpus asks for the
    same names and numbers along many edges, more than :mod:`re`'s own cache of 512 holds."""
    return re.compile(r"\b" + re.escape(key) + r"\b")


_ABBREV = frozenset(
    "mr mrs ms dr prof sen rep gen gov lt col sgt st jr sr inc corp co ltd vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"'”’)]*$")
_NUMBER = re.compile(  # not a digit inside a word garbled in transmission ("grop_j9culd")
    # nor an ordinal ("1st quarter"), nor a digit of a code ("A-1-plus", "F-16")
    r"(?:(?=[$£€])|(?<![A-Za-z_]))(?<!(?-i:[A-Z])-)(?<!\d)(?!\d+(?:st|nd|rd|th)\b)"
    r"[$£€]?\d+(?:[.,]\d+)*(?:[-\s]\d/\d{1,2}\b|-\d+/\d+|/\d+)?(?:[\s-]?(?:%|pct|per\s?cent|percent|(?:U\.?S\.?\s)?dlrs?|mln|million|bln|billion|dollars|cts|cents)\b)?",
    re.I,
)
#: after a bare amount, "or" or "and" and an amount with a unit: "4.15 or 3.95 dlrs"
_SHARED_UNIT = re.compile(r"\s+(?:or|and)\s+(" + _NUMBER.pattern + r")", re.I)
#: one spelling per unit, so that "5 percent" and "5 pct" are one fact
_UNITS = {
    "%": "pct",
    "percent": "pct",
    "million": "mln",
    "billion": "bln",
    "dollars": "dlrs",
    "dlr": "dlrs",  # "201 dlr per ounce" = "201 dlrs per ounce"
    "cents": "cts",
    "$": "dlrs",
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: the teens, number facts here though not in the lexicon's NUMBER_WORDS ("thirteen seats")
_TEENS = {
    w + "teen": 10 + i for i, w in enumerate(["thir", "four", "fif", "six", "seven", "eigh", "nine"], 3)
}
#: number words that are facts: "one" is left out ("one of three locals", "no one") but before a
#: unit or a scale, where it is an amount ("one mln shares", "one billion dollars", "one pct":
#: benchmarks/family_round60.md's and family_round61.md's missed "one mln")
_UNIT_WORDS = [w for w in NUMBER_WORDS if w != "one"] + [w for w in _TEENS if w not in NUMBER_WORDS]
_UNIT_AFTER = r"[\s-](?:pct|per\s?cent|percent|mln|million|bln|billion|dlrs?|dollars)\b"
_NUMBER_WORD = re.compile(
    r"(?<![\w-])(?:(?:"
    + "|".join(_TENS)
    + r")(?:-(?:"
    + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 10)
    + r"))?|"
    + "|".join(_UNIT_WORDS)
    + r"|one(?="
    + _UNIT_AFTER
    + r"))(?:"
    + _UNIT_AFTER
    + r"|(?![\w-]))",
    re.I,
)
#: "a" for one before a scale: "a billion dlrs" holds "one billion dlrs" (:func:`number_keys`; a
#: space first, so that the search runs on a literal)
_A_SCALE = re.compile(r" [aA][ -](mln|million|bln|billion)\b")
_ONES = "|".join(w for w in NUMBER_WORDS if 0 < NUMBER_WORDS[w] < 10)
_WORDS = ["one", *_UNIT_WORDS, *_TENS]
#: a number word, its first letter looked at first (a range is sought at every word of a sentence)
_WORD = (
    "(?=["
    + "".join(sorted({w[0] for w in _WORDS}))
    + "])"
    + r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:-(?:"
    + _ONES
    + r"))?|"
    + "|".join(_WORDS[: -len(_TENS)])
    + r")"
)
_SCALE = r"(?:\s?(?:%|pct|mln|million|bln|billion)\b)?"
#: a range is one number: "5 to 7 pct", "5-7 pct", "15 billion to 20 billion dlrs", "between
#: 0.5 and 1.5 pct", an end in words too ("seven to 12 mln", benchmarks/family_round37.md; "two to
#: three pct") (not "from 5 to 7", a change; not "5-1/2", a fraction)
_RANGE = re.compile(
    r"(?<![\w.,$£€-])(?P<lo>(?:[$£€]?\d+(?:[.,]\d+)*"
    r"|" + _WORD + r"(?![\w-]))" + _SCALE + r")"
    r"(?P<sep>\s*-\s*|\s+to\s+|\s+and\s+)"
    r"(?P<hi>" + _NUMBER.pattern + r"|" + _WORD + r"(?:[\s-](?:pct|per\s?cent|percent|mln|million|bln|billion"
    r"|dlrs?|dollars)\b|(?![\w-])))(?![\d/])",
    re.I,
)
#: a number word that begins a compound ("two-passenger"; not "twenty-one", one number)
_COMPOUND_NUMBER = re.compile(
    r"(?<![\w-])(" + "|".join([*_TENS, *_UNIT_WORDS]) + r")-"
    r"(?!(?:" + "|".join(NUMBER_WORDS) + r")\b)(?=[a-z])",
    re.I,
)
#: a clock time ("12:01 A.M.", "3.30pm"): no number facts, nor "A.M." a name ("0401 GMT" stays a number)
_CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\b\.?)?|\b\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\b\.?"
    r"|\b\d{1,2}\s*[AaPp]\.[Mm]\."
    # the GMT form of a time just given, in brackets or after a slash: "midnight (0400 gmt)",
    # "1000 EDT/1400 GMT" (a time given only in GMT, "at 1250 GMT", stays a fact)
    r"|(?<=[(/])[0-2]\d[0-5]\d\s*(?:gmt|GMT)\b"
)
QUOTE_RE = re.compile(r"[\"“”]|``|''")


def split_sentences(body: str) -> list[str]:
    """Sentences of a cleaned body: each line split after ., ! or ? followed by a capital,
    not after a title or a month abbreviation ("Mr.", "Sept.") or an initial ("U.S.")."""
    out = []
    for line in body.split("\n"):
        start = 0
        for m in _BOUNDARY.finditer(line):
            last = _LAST_WORD.search(line, start, m.start())
            word = last.group(1).lower() if last else ""
            if word in _ABBREV or re.fullmatch(r"(?:\w\.)*\w", word) and len(word.replace(".", "")) <= 1:
                continue
            if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):  # an initialism: "U.S." ends a sentence only
                continue  # before a word that cannot follow it; kept joined, the safer error
            out.append(line[start : m.start()].strip())
            start = m.end()
        out.append(line[start:].strip())
    return [x for x in out if x]


def word_keys(sentence: str) -> list[str]:
    return [match_key(norm_token(m.group())) for m in WORD_RE.finditer(sentence)]


def _number_value(form: str) -> str:
    """The key of a number: its value and its unit in one spelling ("$1,000" -> "1000dlrs")."""
    f = re.sub(r"per\s?cent", "percent", form.lower().replace(",", ""))
    f = re.sub(r"u\.?s\.?\s(?=dlr)", "", f)  # "20 U.S. Dlrs" = "20 dlrs"
    f = re.sub(r"(?<=[a-z])-(?=(?:pct|percent|mln|million|bln|billion|dlrs?)\b)", " ", f)  # "eight-billion"
    f = re.sub(r"(?<=\d)-(?=[a-z%])", " ", f)  # "1.1-mln-member" = "1.1 mln-member"
    f = re.sub(r"(?<=\d)\s(?=\d/\d)", "-", f)  # "6 1/2" = "6-1/2"
    words = NUMBER_WORDS | _TEENS
    if f in words:
        return str(words[f])
    word, _, unit = f.partition(" ")
    tens, _, ones = word.partition("-")
    if tens in _TENS or word in words:
        value = _TENS[tens] + NUMBER_WORDS.get(ones, 0) if tens in _TENS else words[word]
        return str(value) + _UNITS.get(unit, unit)
    m = re.fullmatch(r"([$£€]?)([\d./-]+)\s*([a-z%]*)", f)
    if not m:
        return re.sub(r"\s+", "", f)
    unit = _UNITS.get(m.group(3), m.group(3)) or _UNITS.get(m.group(1), m.group(1))
    # trailing zeros say nothing of the value: "4.0 pct" = "four pct", "5.70 billion" = "5.7 billion"
    value = re.sub(r"^(\d+\.\d*?)0+$", r"\1", m.group(2)).rstrip(".")
    return value + unit


def _shared_unit(text: str, m: re.Match) -> str:
    """The key of a number, a bare amount before "or" or "and" and an amount with a unit taking that
    unit: "4.15 or 3.95 dlrs" -> "4.15dlrs" (benchmarks/family_round45.md)."""
    key = _number_value(m.group())
    after = _SHARED_UNIT.match(text, m.end()) if re.fullmatch(r"[\d.]+", key) else None
    unit = after and re.fullmatch(r"[\d.]+(\D+)", _number_value(after.group(1)))
    return key + unit.group(1) if unit else key


def _ranges(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of the number ranges of a sentence ("15 to 20 billion dlr" ->
    "15-20bln"): the two ends in one unit, the low end first."""
    out = []
    for m in _RANGE.finditer(sentence):
        sep, before = m.group("sep").strip().lower(), sentence[: m.start()].lower()
        if (sep == "and" and not before.endswith("between ")) or (sep == "to" and before.endswith("from ")):
            continue
        lo, hi = _number_value(m.group("lo")), _number_value(m.group("hi"))
        (vlo, ulo), (vhi, uhi) = (re.fullmatch(r"([\d.]+)(.*)", v).groups() for v in (lo, hi))
        if "/" in m.group("hi") or (ulo and ulo != uhi) or float(vlo) >= float(vhi):
            continue
        if sep == "-" and re.fullmatch(r"(19|20)\d\d", vlo):
            continue  # years: "1985-86"
        out.append((m.start(), m.end(), f"{vlo}-{vhi}{uhi}"))
    return out


def number_keys(text: str) -> set[str]:
    """The keys of every number and number range a text holds, a number word inside a compound
    ("two-passenger", "three-year") included: the text holds "two" there, though the compound
    is no number fact of its own (:func:`facts`)."""
    keys = {_number_value(m.group()) for p in (_NUMBER, _NUMBER_WORD) for m in p.finditer(text)}
    keys |= {_shared_unit(text, m) for m in _NUMBER.finditer(text)}  # "4.15 or 3.95 dlrs": "4.15dlrs"
    keys |= {key for _, _, key in fractions(text) + temperatures(text)}  # "two thirds", "minus 30 C"
    keys |= {_number_value(m.group(1)) for m in _COMPOUND_NUMBER.finditer(text)}
    keys |= {_number_value("one " + m.group(1)) for m in _A_SCALE.finditer(" " + text)}  # "a billion"
    return keys | {key for _, _, key in _ranges(text)}


def lowercase_words(body: str) -> set[str]:
    """Words a text writes in lower case."""
    return set(re.findall(r"\b[a-z][\w'’-]*", body))


def proper_words(body: str) -> set[str]:
    """Lower-cased words written with a capital inside a sentence (not first): names."""
    out = set()
    for s in split_sentences(body):
        for m in re.finditer(r"(?<=[\w,;:.] )[A-Z][\w'’-]*", s):
            if not re.search(r"(?:^|\s)(?:[A-Z]\.){2,}\s$|[a-z]\.\s$", s[: m.start()]):
                out.add(
                    m.group().lower()
                )  # not after "U.S." (Reuters capitalises that word), nor a new sentence
    return out


def facts(
    sentence: str, proper: set[str] | None = None, lowercase: set[str] | None = None
) -> list[tuple[str, str, str]]:
    """``(kind, text, key)`` of every number, date and name in a sentence, in order. ``proper``:
    words known as names (:func:`proper_words`); a capitalised first word of the sentence not among
    them is an ordinary word ("Others said"). ``lowercase``: words the text writes in lower case."""
    proper = proper if proper is not None else set()
    lower = set(re.findall(r"\b[a-z][\w'’-]*", sentence)) | (lowercase or set())
    found, taken = [], []
    for start, end, text, key in dates(sentence):
        found.append((start, "date", text, key))
        taken.append((start, end))
    taken += [m.span() for m in _CLOCK.finditer(sentence)]  # "12:01 A.M.": a time, not three facts
    if (listed := list_number(sentence)) is not None:  # "1. The ministers met": a paragraph's number
        taken.append(listed)
    for start, end, text, key in months_alone(sentence):  # "completed in January": a month alone
        if not any(a <= start < b for a, b in taken):
            found.append((start, "date", text, key))
            taken.append((start, end))
    for start, end, key in fractions(sentence) + temperatures(sentence):  # "one and a half": no fact
        if not any(a <= start < b for a, b in taken) and not key.startswith("1-"):
            found.append((start, "number", sentence[start:end], key))
            taken.append((start, end))
    named = list(named_numbers(sentence).items())  # "Chapter 11": the name's number, no amount
    for start, end, key in _ranges(sentence):
        if not any(a <= start < b for a, b in taken + named):
            found.append((start, "number", sentence[start:end], key))
            taken.append((start, end))
    for pattern in (_NUMBER, _NUMBER_WORD):
        for m in pattern.finditer(sentence):
            if not any(a <= m.start() < b for a, b in taken + named):
                if end := year_range_end(sentence, m.start(), m.group()):  # "92" of "1988-92": a year
                    found.append((m.start(), "date", m.group(), end))
                    continue
                year = re.fullmatch(r"(19|20)\d\d", m.group()) and not re.match(
                    r"\s*GMT", sentence[m.end() :]
                )
                kind = "date" if year else "number"  # "1930 GMT" is a time
                text, key = m.group(), _number_value(m.group()) if year else _shared_unit(sentence, m)
                if kind == "date" and re.match(r"s(?![\w'’])", sentence[m.end() :]):
                    text = key = text + "s"  # a decade ("the early 1980s"), not the year 1980
                found.append((m.start(), kind, text, key))
    found += names(sentence, taken, proper, lower)
    return [(k, t, key) for _, k, t, key in sorted(found)]


def same_fact(a: str, b: str) -> bool:
    """Two forms of one fact: "Sept. 20"/"20 September", "5 mln"/"five million", a weekday
    for "yesterday" (a paper printed the next day), a month alone and a day of it ("January" /
    "Jan 20", benchmarks/family_round41.md)."""
    if categorize(a, b) in ("date_format", "number_format"):
        return True
    wa, wb = a.lower(), b.lower()
    for month, day in ((wa, wb), (wb, wa)):  # "January" / "Jan 20": a month alone and a day of it
        if (
            month in MONTHS
            and date_key(day).startswith(f"{MONTHS[month]}-")
            and date_key(day) != f"{MONTHS[month]}-"
        ):
            return True
    return (wa in WEEKDAYS and wb in RELATIVE_DAYS) or (wb in WEEKDAYS and wa in RELATIVE_DAYS)


def _before_mark(word: str, text_lower: str) -> bool:
    """Whether a text (lower case) writes a word alone before a comma, a semicolon, a colon or a
    closing bracket: "the us, japan" holds "us".

    >>> _before_mark("us", "the us, japan and"), _before_mark("us", "the usa, japan")
    (True, False)
    """
    if not any(word + mark in text_lower for mark in ",;:)"):  # the cheap test first
        return False
    return re.search(r"(?<!\S)" + re.escape(word) + r"[,;:)]", text_lower) is not None


def holds(text_lower: str, kind: str, key: str, abbreviations: set[str] = frozenset()) -> bool:
    """Whether a text (lower case, :func:`norm_text`) holds a fact: the number, the day, the
    name, or (``abbreviations``: :func:`initials` of the text) the name abbreviated."""
    if kind == "date" and key.startswith("month-"):
        return month_written(text_lower, key)
    if kind == "date" and re.fullmatch(r"\d{4}-\d{4}", key):
        return key in year_ranges(text_lower)  # "1987-89": the same range of years (round 47)
    if kind == "date" and "-" in key:
        return key in date_keys(text_lower)
    if kind == "name" and key.replace(" ", "") in abbreviations:
        return True
    if kind == "name" and "&" in key + text_lower:  # "Savings & Loan" / "Savings and Loan": one name
        key, text_lower = key.replace(" & ", " and "), text_lower.replace(" & ", " and ")
    words = key.split()
    ends = [i for i, w in enumerate(words) if w in COMPANY_ENDS] or [len(words)]
    letters = initials_of(words[: ends[0]], EVERY_WORD)
    own = letters in words  # "U.S. Senate": its letters "us" are its own first word (round 51)
    if (
        kind == "name"
        and ends[0] >= 2
        and letters not in LEGAL_FORMS
        and not own
        and (letters in text_lower.split() or _before_mark(letters, text_lower))
    ):
        # "British Columbia" where the other text says "B.C.", "Iowa Beef Processors Inc" "IBP"; not
        # "Saudi Arabia" where it says "S.A.", a firm's legal form (benchmarks/family_round37.md);
        # before a comma too, "the U.S., Japan" for "United States" (benchmarks/family_round59.md)
        return True
    if kind == "number":
        return holds_number(key, number_keys(text_lower))
    return key in text_lower and word_re(key).search(text_lower) is not None
