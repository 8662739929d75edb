"""Initials and names: whether one name is the initials of another ("GATT", "the General Agreement
on Tariffs and Trade"), a text's initials of its runs of capitalised words, and initials that
stand for a thing, not a name. Split from :mod:`corpus_tools.variants.name_forms`."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon import COMPANY_ENDS
from corpus_tools.text.name_initials import EVERY_WORD, initials_of, stand_for
from corpus_tools.variants.facts import NAME_RE, ORDINARY_WORDS
from corpus_tools.variants.name_forms import name_words
from corpus_tools.variants.name_spans import COUNTRY_INITIALS

__all__ = ["as_initials", "common_initials", "initials", "written_as_initials"]

_SPELLING_CONNECTORS = r"\s+(?:(?:of|on|and|for|the|in|de|&)\s+)*"
#: a pattern compiled once: the same initials and names come back along many edges, more than
#: :mod:`re`'s own cache of 512 holds
_compiled = lru_cache(maxsize=1 << 14)(re.compile)


#: a firm's initials, each a capital letter, joined by "and" or "&": "S and P", "A & P" (a name, as
#: :func:`corpus_tools.variants.name_spans.name_spans` reads it; benchmarks/family_round43.md)
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.?\s+)*[A-Z]\.?\s+(?:and|&)\s+(?:[A-Z]\.?\s+)*[A-Z]\.?")


def as_initials(a: str, b: str, shortest: int = 3) -> bool:
    """Whether one of two names is the initials of the other, written in capitals, three letters
    or more: "GATT" and "General Agreement on Tariffs and Trade", "NRC" and "nuclear regulatory
    commission" (the full name as written, or its key, or a whole text that spells it out);
    connecting words, company endings and honorifics carry no letter
    (:func:`~corpus_tools.text.name_initials.stand_for` over the name's words). ``shortest``: the fewest
    letters (two only where both names are known to be names, as "U.S." and "United States").

    >>> as_initials("GATT", "the General Agreement on Tariffs and Trade")
    True
    >>> as_initials("ITJ", "international telecom japan inc")
    True
    >>> as_initials("GATT", "the General Agreement on Trade")
    False
    """
    for short, full in ((a, b), (b, a)):
        letters = short.replace(".", "").replace("&", "").replace("-", "")
        joined = _JOINED_INITIALS.fullmatch(short) is not None  # "S and P": two letters are enough
        letters = re.sub(r"\s+(?:and\s+)?", "", letters) if joined else letters
        if not (2 if joined else shortest) <= len(letters) <= 7 or not (
            letters.isalpha() and letters.isupper()
        ):
            continue  # initials as written, in capitals
        if stand_for(letters, name_words(full.lower())):
            return True
        spelled = _SPELLING_CONNECTORS.join(c + r"[\w'’-]*" for c in letters.upper())
        if _compiled(r"\b" + spelled + r"\b").search(full) or _after_country_initials(letters, full):
            return True
    return False


def _after_country_initials(letters: str, full: str) -> bool:
    """Whether ``full`` spells ``letters`` (in capitals) as a country's initials and the first
    letters of the words after them: "USDA" is the "U.S. Department of Agriculture"
    (benchmarks/family_round39.md)."""
    for m in re.finditer(r"\b((?:[A-Z]\.){2,4})\s+(?=[A-Z])", full):
        lead = m.group(1).replace(".", "")
        if lead.lower() in COUNTRY_INITIALS and letters.startswith(lead) and len(letters) - len(lead) >= 2:
            rest = _SPELLING_CONNECTORS.join(c + r"[\w'’-]*" for c in letters[len(lead) :])
            if re.match(rest + r"\b", full[m.end() :]) or _head_first(letters[len(lead) :], full[m.end() :]):
                return True
    return False


#: a body's head noun that its name's initials may put first: "USDA" for the "U.S. Agriculture
#: Department", its "Department of Agriculture" (benchmarks/family_round42.md)
_HEADS = frozenset("department ministry office bureau agency".split())


def _head_first(letters: str, words: str) -> bool:
    """Whether ``letters`` are the initials of a body's name written subject first ("Agriculture
    Department") in its order head first ("Department of Agriculture").

    >>> _head_first("DA", "Agriculture Department said"), _head_first("DA", "Agriculture Bank")
    (True, False)
    """
    run = re.match(r"(?:[A-Z][\w'’-]*\s+){1,3}?([A-Z][\w'’-]*)\b", words)
    if run is None or run.group(1).lower() not in _HEADS:
        return False
    names = run.group().split()
    return stand_for(letters, [w.lower() for w in [names[-1], *names[:-1]]], skip=EVERY_WORD)


def initials(text: str) -> set[str]:
    """The initials of every run of capitalised words: "British Columbia" -> "bc"."""
    out = set()
    for m in NAME_RE.finditer(text):
        for run in re.split(r"(?<=[a-z]{2}\.)\s+", m.group()):  # "Cable News Network. The United States"
            words = [w for w in run.split() if w[:1].isupper()]
            words = words[1:] if words and words[0].lower() in ORDINARY_WORDS else words
            if len(words) >= 2:
                out.add(initials_of(words, EVERY_WORD).lower())
            ends = [i for i, w in enumerate(words) if w.lower().rstrip(".") in COMPANY_ENDS]
            if ends and ends[0] >= 2:  # "Iowa Beef Processors Inc Dakota City" -> "ibp"
                out.add(initials_of(words[: ends[0]], EVERY_WORD).lower())
    return out


def written_as_initials(key: str, text: str) -> bool:
    """Whether a text writes a name (a key) by its initials in capitals, three or more: "NRC" for
    "nuclear regulatory commission"; connecting words and company endings carry no letter (the
    other way round: :func:`as_initials`).

    >>> written_as_initials("organization for economic cooperation and development", "the OECD said")
    True
    >>> written_as_initials("standard and poor corp", "S and P"), written_as_initials("poor co", "P said")
    (True, False)
    """
    words = name_words(key)
    forms = [initials_of(words, EVERY_WORD).upper()]
    if len(words) >= 3 and words[0] in COUNTRY_INITIALS:  # "USDA": "U.S." gives both its letters
        forms.append((words[0] + forms[0][1:]).upper())
    if any(
        len(letters) >= 3 and letters.isalpha() and re.search(rf"\b{letters}\b", text) for letters in forms
    ):
        return True
    if 2 <= len(words) <= 3 and words[-1] in _HEADS:  # "Agriculture Department": "USDA" (family_round45.md)
        head_first = initials_of([words[-1], *words[:-1]], EVERY_WORD).upper()
        if any(
            m.group(1).lower() in COUNTRY_INITIALS
            for m in re.finditer(rf"\b([A-Z]{{2}}){head_first}\b", text)
        ):
            return True
    # or its initials joined by "and": "Standard and Poor's Corp" written "S and P" (family_round43.md)
    letters = forms[0]
    return (
        2 <= len(letters) <= 4
        and letters.isalpha()
        and (" and " in text or " & " in text)
        and any(
            _compiled(
                r"\b"
                + r"\.?\s+".join(letters[:i])
                + r"\.?\s+(?:and|&)\s+"
                + r"\.?\s+".join(letters[i:])
                + r"\b"
            ).search(text)
            for i in range(1, len(letters))
        )
    )


def common_initials(short: str, text: str) -> bool:
    """Whether a text defines initials for a thing, not a name: the words they stand for written
    in lower case beside them ("IC's (integrated circuits)", "dynamic random access memory (256K
    DRAM)"), a head noun after them before the bracket too ("a gross domestic product growth (GDP)
    rate": the initials of the words before "growth", benchmarks/family_round61.md).

    >>> common_initials("DRAM", "output of dynamic random access memory (256K DRAM) fell")
    True
    >>> common_initials("NNP", "a net national product rise (NNP) of two pct")
    True
    >>> common_initials("EMS", "the European Monetary System (EMS)")
    False
    """
    if not re.fullmatch(r"[A-Z]{2,6}", short):
        return False
    for m in _compiled(
        r"((?:[a-z]+\s+){1,5})\((?:\S+\s+)?"
        + short
        + r"(?:['’]?s)?\)|"
        + short
        + r"(?:['’]?s)?\s*\(((?:[a-z]+\s*){1,5})\)"
    ).finditer(text):
        words = (m.group(1) or m.group(2)).split()
        if stand_for(short, words, skip=EVERY_WORD, last_words=True):
            return True
        if (
            m.group(1)
            and len(words) > len(short)
            and stand_for(short, words[:-1], skip=EVERY_WORD, last_words=True)
        ):
            return True  # "gross domestic product growth (GDP)": a head noun after the thing's words
    return False
