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
    HONORIFICS,
    LEGAL_FORMS,
    MONTHS,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    REPORTING_FORMS,
    SEASONS,
    SPEAKER_WORDS,
    STOP_WORDS,
    WEEKDAYS,
    WORD_RE,
)
from corpus_tools.text.sentences import match_key, norm_token
from corpus_tools.variants.date_facts import date_keys, dates
from corpus_tools.variants.lexical import categorize
from corpus_tools.variants.name_spans import (
    COUNTRY_INITIALS,
    DATE_RE,
    INSTITUTION_ENDS,
    NAME_RE,
    name_spans,
    named_numbers,
)
from corpus_tools.variants.number_forms import fractions, holds_number, temperatures

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
#: number words that are facts: "one" is left out ("one of three locals", "no one")
_UNIT_WORDS = [w for w in NUMBER_WORDS if w != "one"] + [w for w in _TEENS if w not in NUMBER_WORDS]
_NUMBER_WORD = re.compile(
    r"(?<![\w-])(?:(?:"
    + "|".join(_TENS)
    + r")(?:-(?:"
    + "|".join(w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 10)
    + r"))?|"
    + "|".join(_UNIT_WORDS)
    + r")(?:[\s-](?:pct|per\s?cent|percent|mln|million|bln|billion|dlrs?|dollars)\b|(?![\w-]))",
    re.I,
)
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
#: nationality adjectives: a single one is not a name of a fact ("Canadian dlrs", "a French diplomat")
_DEMONYM = re.compile(
    r"(?:[a-z]+(?:ian|ese|ish)|american|canadian|european|african|korean|mexican|french|dutch|swiss|greek|thai"
    r"|iraqi|israeli|pakistani|saudi|kuwaiti|omani|yemeni|qatari|bahraini|emirati)s?"
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
#: capitalised words that begin a sentence or a run without being a name
ORDINARY_WORDS = set(
    "the a an but and in on at he she it they we i this that there however meanwhile under after "
    "before while if as for his her its their our some many most when what who one you my your no "
    "not so then also other others another any all gmt administration reuter reuters democrat "
    "democrats republican republicans corrects corrected correction".split()
) | (STOP_WORDS - {"us", "may", "will"})  # "Besides Vaskevitch", "Neither Smith": no part of the name
#: a stock ticker ("<XON>", "CSRA.S", "LLOY.L"): an identifier, not a fact
_TICKER = re.compile(r"[A-Z0-9]{2,}\.[A-Z]{1,2}")
#: what comes before a unit written in capitals: a number, or a lower-case word and a bracket
_UNIT_ABBREVIATION = re.compile(r"(?:\d|\b[a-z]+ \()\s*$")
#: a word with a contraction is not a name ("I'm", "They're")
_CONTRACTION = re.compile(r"\w+['’](?:m|re|ll|ve|d|t)", re.I)


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
    keys |= {key for _, _, key in fractions(text) + temperatures(text)}  # "two thirds", "minus 30 C"
    keys |= {_number_value(m.group(1)) for m in _COMPOUND_NUMBER.finditer(text)}
    return keys | {key for _, _, key in _ranges(text)}


def fact_key(text: str) -> str:
    words = [w for w in norm_text(text).split() if w not in HONORIFICS]
    return " ".join(words)


def norm_text(text: str) -> str:
    """Lower case, no dots, no possessive, straight apostrophes: "U.S. Trump's" -> "us trump"."""
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", "", text.lower().replace("’", "'"))  # decimal points stay
    return re.sub(r"'s\b", "", t)


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


#: a body of a country, named after its initials even where the text writes it nowhere else: "The
#: U.S. Customs will allow", "U.S. Treasury bonds"
_BODIES = frozenset("customs treasury congress senate navy army embassy mint".split())


#: words of a title alone, which names no one: "the additional title of President", "Vice
#: President" (benchmarks/family_round34.md); with its holder's name it is a name
_TITLE_ONLY = SPEAKER_WORDS["official"] | HONORIFICS | set("prime executive".split())
#: a rank of a title ("Senior Vice President", "Deputy Minister"); before a name with no title, it
#: describes a person of it: "Senior Citibank executive" names Citibank (benchmarks/family_round37.md)
_RANKS = frozenset("deputy acting assistant associate former senior junior vice".split())
_TITLE_ONLY |= _RANKS


#: a person's title or honorific just before a name: the initials after it are a person's ("Commerce
#: spokesman B.J. Cooper"), not a country's that Reuters follows with a capital
_TITLED = re.compile(
    r"\b(?:" + "|".join(sorted(SPEAKER_WORDS["official"])) + r"|mr|mrs|ms|dr)\.?\s+$", re.IGNORECASE
)


def _capital_after_initials(
    words: list[str], lower: set[str], proper: set[str] | None = None, after=""
) -> bool:
    """Reuters capitalises the word after "U.S.": a word the text also writes in lower case ("U.S.
    Dlrs"), capitalises only there (given ``proper``; after a country's initials, not a firm's:
    "E.F. Hutton", benchmarks/family_round39.md) or a verb ("U.S. Wants to") is no part of it."""
    verb = re.match(r"\s+(?:to|not|in|that|the|a|an|no|its|their|on|for|with)\b", after) is not None
    country = bool(words) and words[0].replace(".", "").lower() in COUNTRY_INITIALS
    only_here = country and proper is not None and words[1:2] and words[1].lower() not in proper | _BODIES
    return (
        len(words) == 2
        and re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) is not None
        and (words[1].lower() in lower or verb or bool(only_here))
    )


def _names(sentence: str, taken: list, proper: set[str], lower: set[str]) -> list[tuple]:
    """``(start, "name", text, key)`` of the names of a sentence (see :func:`facts`)."""
    found = []
    for start, raw in name_spans(sentence):
        if any(a <= start < b for a, b in taken) or _TICKER.fullmatch(raw.rstrip(".")):
            continue
        date_at = [a for a, _ in taken if start < a < start + len(raw)]
        if date_at:  # a name ends where a date begins: "Dayton Hudson Thursday night"
            raw = re.sub(r"\s+(?:on|for|of|and)$", "", sentence[start : min(date_at)].rstrip())
        bracketed = sentence[start - 1 : start] == "<" and sentence[start + len(raw) :].startswith(">")
        if bracketed and raw.isupper() and " " not in raw:
            continue  # a ticker: "<XON>"
        if _UNIT_ABBREVIATION.search(sentence[:start]) and re.fullmatch(r"[A-Z]{2,6}\)?", raw):
            continue  # a unit in capitals: "30,000 BPD", "20 DLRS", "barrels per day (BPD)"
        text = re.sub(r"['’]s$", "", raw if re.search(r"(?:[A-Z]\.){2,}$", raw) else raw.rstrip(".'’-"))
        text = re.sub(r"(?<=\w|\.)-based$", "", text)  # "Pittsburgh-based": the firm's home, a place
        first = (
            start == 0
            or sentence[:start].strip() in ('"', "“", "(", "'", "<")
            or re.search(r"\b(?:Inc|Corp|Ltd|Plc)\.\s+$", sentence[:start]) is not None  # a new sentence
            or (  # a quotation's first word, not a quoted title ('"Moneyline" television program')
                re.search(r"(?:^|[\s(])(?:\"|“|``)$", sentence[:start]) is not None
                and not sentence[start + len(raw) :].startswith(('"', "”", "''"))
            )
        )
        words = text.split()
        titled = _TITLED.search(sentence[:start]) is not None  # "spokesman B.J. Cooper": a person
        if not titled and _capital_after_initials(words, lower, proper):
            words = words[:1]
            text = words[0]
        # a possessive the texts never write in lower case names its owner: "Italy's state-owned"
        owner = len(words) == 1 and raw.endswith(("'s", "’s")) and words[0].lower() not in lower
        # a capitalised first word is an ordinary word unless known as a name, or the start
        # of a run of capitalised words ("White House spokesman", "Noranda Inc said")
        if (
            first
            and not (len(words) == 2 and words[1][:1].isdigit())  # "Chapter 11 filings rose"
            and (
                words[0].lower() in ORDINARY_WORDS
                or (  # a rank before a name with no title: "Senior Citibank executive"
                    len(words) > 1
                    and words[0].lower() in _RANKS
                    and not any(w.lower().rstrip(".") in _TITLE_ONLY for w in words[1:])
                )
                or (  # a participle: "Striking Brazilian seamen"
                    len(words) > 1
                    and re.fullmatch(r"[A-Z][a-z]{2,}(?:ing|ed)", words[0])
                    and words[0].lower() not in proper
                )
                or (
                    words[0].lower() not in proper
                    and not any(c.isupper() for c in words[0][1:])
                    and not owner
                    and (
                        len(words) == 1
                        or DATE_RE.search(text)
                        or words[0].lower() in lower
                        or words[1] == "of"
                    )
                )
            )
        ):
            words = words[1:]
            while words and words[0] in ("of", "the"):  # "Expansion of the EFP": the name is "EFP"
                words = words[1:]
            text = " ".join(words)
        after = sentence[start + len(raw) :]
        if not titled and _capital_after_initials(words, lower | REPORTING_FORMS, proper, after=after):
            words = words[:1]
            text = words[0]
        initials = re.fullmatch(r"(?:[A-Z]\.){2,}", words[0]) if words else None
        if len(words) > 2 and initials and words[1].endswith("s") and words[1].lower() in REPORTING_FORMS:
            # a verb capitalised after "U.S." between two names: "if the U.S. Insists Japan open"
            # (a verb's third person: "the U.S. State Department" is one name)
            rest = " ".join(words[2:])
            if words[2].lower() not in ORDINARY_WORDS and fact_key(rest):
                found.append((start + max(raw.rfind(words[2]), 1), "name", rest, fact_key(rest)))
            words = words[:1]
            text = words[0]
        if len(words) == 2 and words[0].lower() in MONTHS and re.fullmatch(r"[A-Z]{2,}", words[1]):
            words, text = words[1:], words[1]  # "October/December GNP": a month's figure, not a name
        if text == "U.S." and re.match(r"U\.S\.\s+(?:dlrs?|dollars?)\b", sentence[start:], re.I):
            continue  # the currency, not the country: "20 U.S. Dlrs"
        if not _names_nothing(words, text) and fact_key(text):
            found.append((start, "name", text, fact_key(text)))
    return found


def _names_nothing(words: list[str], text: str) -> bool:
    """Whether a span's words name nothing: an ordinary word, a contraction, a compound adjective
    ("Australian-owned"), a date or month, a demonym, a season ("the Autumn meetings"), an
    institution's word alone ("the Commission", named before), or titles alone ("President")."""
    one = words[0].lower() if len(words) == 1 else None
    return (
        not words
        or one in ORDINARY_WORDS
        or (one is not None and _CONTRACTION.fullmatch(words[0]) is not None)
        or (one is not None and re.search(r"-[a-z]", words[0]) is not None)
        or DATE_RE.fullmatch(text) is not None
        or text.lower().strip(".") in MONTHS
        or (one is not None and _DEMONYM.fullmatch(one) is not None)
        or one in SEASONS
        or one in INSTITUTION_ENDS
        or all(w.lower().rstrip(".") in _TITLE_ONLY for w in words)
    )


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
                year = re.fullmatch(r"(19|20)\d\d", m.group()) and not re.match(
                    r"\s*GMT", sentence[m.end() :]
                )
                kind = "date" if year else "number"  # "1930 GMT" is a time
                text, key = m.group(), _number_value(m.group())
                if kind == "date" and re.match(r"s(?![\w'’])", sentence[m.end() :]):
                    text = key = text + "s"  # a decade ("the early 1980s"), not the year 1980
                found.append((m.start(), kind, text, key))
    found += _names(sentence, taken, proper, lower)
    return [(k, t, key) for _, k, t, key in sorted(found)]


def same_fact(a: str, b: str) -> bool:
    """Two forms of one fact: "Sept. 20"/"20 September", "5 mln"/"five million", a weekday
    for "yesterday" (a paper printed the next day)."""
    if categorize(a, b) in ("date_format", "number_format"):
        return True
    wa, wb = a.lower(), b.lower()
    return (wa in WEEKDAYS and wb in RELATIVE_DAYS) or (wb in WEEKDAYS and wa in RELATIVE_DAYS)


def holds(text_lower: str, kind: str, key: str, abbreviations: set[str] = frozenset()) -> bool:
    """Whether a text (lower case, :func:`norm_text`) holds a fact: the number, the day, the
    name, or (``abbreviations``: :func:`initials` of the text) the name abbreviated."""
    if kind == "date" and "-" in key:
        return key in date_keys(text_lower)
    if kind == "name" and key.replace(" ", "") in abbreviations:
        return True
    words = key.split()
    ends = [i for i, w in enumerate(words) if w in COMPANY_ENDS] or [len(words)]
    letters = "".join(w[0] for w in words[: ends[0]])
    if kind == "name" and ends[0] >= 2 and letters not in LEGAL_FORMS and letters in text_lower.split():
        # "British Columbia" where the other text says "B.C.", "Iowa Beef Processors Inc" "IBP"; not
        # "Saudi Arabia" where it says "S.A.", a firm's legal form (benchmarks/family_round37.md)
        return True
    if kind == "number":
        return holds_number(key, number_keys(text_lower))
    return key in text_lower and word_re(key).search(text_lower) is not None
