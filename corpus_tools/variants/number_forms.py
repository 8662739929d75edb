"""Whether a text holds a number in another form: the precision rule of number facts.

A number is reported added or cut only when the other text lacks it in every form: the same key
(:func:`corpus_tools.variants.facts.number_keys`: value and unit in one spelling), the same amount
in figures or in millions ("400,000" / "0.4 mln", a form the update series of Reuters-21578 use
both of, benchmarks/family_round16.md), or a range written once with its unit and once without,
or with a unit the wire misspelt (:func:`misspelt_unit_held`). Fractions in words are read here too
(:func:`fractions`): "two thirds", "eight and a half".
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon import NUMBER_WORDS

__all__ = ["fractions", "holds_number", "misspelt_unit_held", "temperatures"]

#: a pattern compiled once: the same figures come back along many edges, more than :mod:`re`'s cache holds
_compiled = lru_cache(maxsize=1 << 14)(re.compile)
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_PARTS |= {w + e: n for w, n in (("fifth", 5), ("sixth", 6), ("eighth", 8), ("tenth", 10)) for e in ("", "s")}
_ONES = "|".join(w for w in NUMBER_WORDS if 0 < NUMBER_WORDS[w] < 10)
#: a fraction in words is one number: "two thirds" of the budget, "one-third" (not "two", "one")
_FRACTION = re.compile(r"(?<![\w-])(" + _ONES + r")[\s-](" + "|".join(_PARTS) + r")\b", re.I)
#: an amount and a fraction in words after it is one number: "eight and a half years" is 8-1/2,
#: not "eight" (benchmarks/family_round39.md), "6 and three quarters pct"
_AND_FRACTION = re.compile(
    r"(?<![\w.,-])(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+and\s+"
    r"(a|one|" + _ONES + r")[\s-](half|third|thirds|quarter|quarters)\b"
    r"(?:\s+(pct|percent|per\s?cent|mln|million|bln|billion|dlrs?|dollars|cts|cents)\b)?",
    re.I,
)
_UNIT_KEYS = {
    "percent": "pct",
    "million": "mln",
    "billion": "bln",
    "dollars": "dlrs",
    "dlr": "dlrs",
    "cents": "cts",
}


def fractions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of the fractions in words of a text, an amount before one included:
    "two thirds" -> "2/3", "eight and a half years" -> "8-1/2", "6 and a quarter pct" -> "6-1/4pct"
    (the key of "8-1/2" and "6-1/4 pct" in figures)."""
    out = []
    for m in _AND_FRACTION.finditer(text):
        whole = m.group(1).lower()
        n = int(whole) if whole.isdigit() else NUMBER_WORDS[whole]
        top = 1 if m.group(2).lower() in ("a", "one") else NUMBER_WORDS[m.group(2).lower()]
        unit = re.sub(r"\s", "", (m.group(4) or "").lower())
        out.append(
            (m.start(), m.end(), f"{n}-{top}/{_PARTS[m.group(3).lower()]}{_UNIT_KEYS.get(unit, unit)}")
        )
    taken = [(a, b) for a, b, _ in out]
    for m in _FRACTION.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            key = f"{NUMBER_WORDS[m.group(1).lower()]}/{_PARTS[m.group(2).lower()]}"
            out.append((m.start(), m.end(), key))
    return sorted(out)


#: a temperature below zero: "minus 30 centigrade" is -30, not the 30 of "30-35 pct" (a spread, "Libor
#: minus 1/8", or a margin, "plus or minus 10 pct", is no temperature; benchmarks/family_round39.md)
_BELOW_ZERO = re.compile(
    r"(?<![\w-])minus\s+(\d+(?:\.\d+)?)(?=\s*(?:degrees?|centigrade|celsius|fahrenheit|[cf]\b))", re.I
)


def temperatures(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of the temperatures below zero of a text: "minus 30 C" -> "-30"."""
    return [(m.start(), m.end(), "-" + m.group(1)) for m in _BELOW_ZERO.finditer(text)]


#: the units a misprint is read against, each under its key's spelling
_UNIT_SPELLINGS = {
    "mln": "mln",
    "million": "mln",
    "bln": "bln",
    "billion": "bln",
    "pct": "pct",
    "percent": "pct",
}
_UNIT_SPELLINGS |= {"dlrs": "dlrs", "cts": "cts"}
_VOWELS = frozenset("aeiouy")


def _misprint_of(word: str, unit: str) -> bool:
    """Whether ``word`` is ``unit`` with one letter inserted, dropped or changed ("miln", "nln" for
    "mln"); in a unit of four letters or fewer, a letter changed into a vowel is no misprint read
    ("men", "pet", "cut" are words, not "mln", "pct", "cts")."""
    if word == unit or abs(len(word) - len(unit)) > 1 or len(word) < 2:
        return False
    if len(word) == len(unit):
        diff = [(a, b) for a, b in zip(word, unit, strict=True) if a != b]
        return len(diff) == 1 and (len(unit) > 4 or diff[0][0] not in _VOWELS)
    short, long_ = sorted((word, unit), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def misspelt_unit_held(text: str, key: str, sentence: str, other: str, other_keys: set[str]) -> bool:
    """Whether the number ``text`` (key ``key``) of ``sentence`` is held by the other text (lower
    case ``other``, its number keys ``other_keys``) where one of the two misspelt the unit
    (:func:`_misprint_of`): "181 miln dlrs" / "181 mln dlrs" is one amount (benchmarks/
    family_round39.md); a figure in words too: "one billion dlrs" / "one billin dlrs"
    (benchmarks/family_round61.md's "one" before a scale). The figure must be the same; the misprint
    is read only after it."""
    figure = re.match(r"[\d.,]+|[a-z]+(?=[\s-])", text, re.I)
    if figure is None:
        return False
    if figure.group() == text:  # a bare figure here: a misspelt unit after it, the right one there
        after = _compiled(r"(?<![\d.,])" + re.escape(text) + r"\s+([a-z]+)\b", re.I).search(sentence)
        word = after.group(1).lower() if after else ""
        if word in _UNIT_SPELLINGS:
            return False
        units = {k for u, k in _UNIT_SPELLINGS.items() if word and _misprint_of(word, u)}
        return any(holds_number(key + u, other_keys) for u in units)
    unit = re.fullmatch(r"[\d.]+([a-z]+)", key)
    if unit is None or unit.group(1) not in _UNIT_SPELLINGS.values():
        return False  # a unit here: the same figure there before a misprint of it
    spellings = [u for u, k in _UNIT_SPELLINGS.items() if k == unit.group(1)]
    for m in _compiled(r"(?<![\d.,])" + re.escape(figure.group().lower()) + r"\s+([a-z]+)\b").finditer(other):
        word = m.group(1)
        if word not in _UNIT_SPELLINGS and any(_misprint_of(word, u) for u in spellings):
            return True
    return False


def _scaled(key: str) -> float | None:
    """The value of a number key in millions or billions ("0.4mln" -> 400000.0), else None."""
    m = re.fullmatch(r"([\d.]+)(mln|bln)", key)
    return (
        float(m.group(1)) * (1e6 if m.group(2) == "mln" else 1e9) if m and m.group(1).count(".") < 2 else None
    )


def holds_number(key: str, keys: set[str]) -> bool:
    """Whether a text whose number keys are ``keys`` (:func:`number_keys`) holds the number
    ``key``: the same key, the same amount in figures ("0.4 mln" / "400,000"), or the same range
    written once with its unit and once without ("3.9 to 9.9" / "3.9 pct to 9.9 pct"), or an amount
    of a million or more written exactly and rounded (:func:`_rounded_held`)."""
    if key in keys:
        return True
    if (v := _scaled(key)) is not None and (f"{v:.0f}" in keys or f"{v:.0f}dlrs" in keys):
        return True  # "3.65 mln" / "3,650,000 dlrs"
    if re.fullmatch(r"\d+(?:dlrs)?", key) and any(
        _scaled(k) == float(key.removesuffix("dlrs")) for k in keys if k.endswith(("mln", "bln"))
    ):
        return True
    if _rounded_held(key, keys):
        return True
    if _as_decimal(key) in keys or key in {_as_decimal(k) for k in keys}:
        return True  # "10-3/4 pct" / "10.75 pct" (benchmarks/family_round45.md)
    m = re.fullmatch(r"([\d.]+-[\d.]+)[a-z%]*", key)
    return bool(m) and any(re.fullmatch(re.escape(m.group(1)) + r"[a-z%]*", k) for k in keys)


def _as_decimal(key: str) -> str | None:
    """The key of an amount and a fraction written with a hyphen, as its decimal: "10-3/4pct" ->
    "10.75pct"; else None."""
    m = re.fullmatch(r"(\d+)-(\d+)/(\d+)([a-z%]*)", key)
    if m is None or not 0 < int(m.group(2)) < int(m.group(3)):
        return None
    value = int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    return f"{value:.4f}".rstrip("0").rstrip(".") + m.group(4)


def _amount(key: str) -> tuple[float, int] | None:
    """An amount of a million or more and its significant digits as written ("2.2mln" -> (2.2e6,
    2), "2178000dlrs" -> (2.178e6, 4), "50bln" -> (5e10, 1)), else None."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(mln|bln)?(?:dlrs)?", key)
    if not m:
        return None
    digits = m.group(1).replace(".", "").lstrip("0")
    digits = digits if "." in m.group(1) else digits.rstrip("0")
    value = float(m.group(1)) * {"mln": 1e6, "bln": 1e9, None: 1.0}[m.group(2)]
    return (value, len(digits) or 1) if value >= 1e6 else None


def _rounded_held(key: str, keys: set[str]) -> bool:
    """An amount of a million or more written exactly in one text (three significant digits or
    more) and rounded in the other (two or fewer): "2,178,000 dlrs" / "about 2.2 mln", "52.7
    billion" / "more than 50 billion" (benchmarks/family_round34.md), either way round."""
    if (a := _amount(key)) is None:
        return False
    for k in keys:
        if (b := _amount(k)) is None:
            continue
        (exact, n_exact), (rounded, n_rounded) = sorted((a, b), key=lambda x: -x[1])
        if n_exact >= 3 and n_rounded <= 2 and float(f"{exact:.{n_rounded}g}") == rounded:
            return True
    return False
