"""Facts the other text holds in a form the key does not match (benchmarks/family_round46.md): a
name whose initials the other text writes in brackets before its head noun ("the World Grain Office
(WGO) board" holds "WGO Board"), a one-word short form of a longer name of the same text held in the
other ("the Union" of "the Northern Union", which the other text calls "NU"), and an amount written
exactly in one text and rounded with a hedge word in the other ("637,000 tonnes" / "over 600,000
tonnes", round 34's kind), and an office named after its department held by the office under the
department's initials ("U.S. Fisheries Secretary" / "the USDF secretary", round 45). Called from
:func:`corpus_tools.variants.fact_changes.fact_rows`."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from corpus_tools.variants.initials import written_as_initials
from corpus_tools.variants.name_spans import COUNTRY_INITIALS

__all__ = [
    "bracketed_held",
    "held_elsewhere",
    "longer_name",
    "office_held_by_initials",
    "rounded_amount_held",
    "short_form_held",
]

_BRACKETS = re.compile(r"\(([\w.&'’-]+)\)")


def bracketed_held(key: str, other_lower: str) -> bool:
    """Whether the other text (lower case) holds a name of two words or more once a one-word
    bracket is read as plain words: "the world grain office (wgo) board" holds "wgo board".

    >>> bracketed_held("wgo board", "chairman of the world grain office (wgo) board, said")
    True
    >>> bracketed_held("wgo board", "the world grain office (wgo) said the board met")
    False
    """
    if " " not in key or "(" not in other_lower:
        return False
    plain = _BRACKETS.sub(r"\1", other_lower)
    return re.search(r"(?<![\w'’-])" + re.escape(key) + r"(?![\w'’-])", plain) is not None


def held_elsewhere(key: str, other_lower: str, other_raw: str) -> bool:
    """Whether the other text holds a name with its initials in brackets before its head noun
    (:func:`bracketed_held`) or an office under its department's initials
    (:func:`office_held_by_initials`)."""
    return bracketed_held(key, other_lower) or office_held_by_initials(key, other_raw)


def short_form_held(key: str, names: set[str], held_name: Callable[[str], bool]) -> bool:
    """Whether a one-word name is the short form of one longer name of its own text
    (:func:`longer_name`, ``names``: that text's name keys) that the other text holds
    (``held_name``: the edge's test for a name key): "the Community" of "European Community"
    where the other text says "EC"."""
    longer = longer_name(key, names)
    return bool(longer) and held_name(longer)


def longer_name(key: str, names: set[str]) -> str:
    """The longer name of the same text a one-word name is the last word of ("union" of "northern
    union"), or "" (none, or several: the short form is then unclear).

    >>> longer_name("union", {"northern union", "kivu"}), longer_name("union", {"a union", "b union"})
    ('northern union', '')
    """
    if " " in key:
        return ""
    longer = [k for k in names if k.endswith(" " + key)]
    return longer[0] if len(longer) == 1 else ""


#: a hedge word before a rounded amount, and which side of it the exact amount may lie
_HEDGES = {
    "over": "above",
    "more than": "above",
    "above": "above",
    "at least": "above",
    "nearly": "below",
    "almost": "below",
    "under": "below",
    "less than": "below",
    "about": "near",
    "around": "near",
    "some": "near",
    "roughly": "near",
    "approximately": "near",
}
_SCALES = {"thousand": 1e3, "mln": 1e6, "million": 1e6, "bln": 1e9, "billion": 1e9}
_AMOUNT = re.compile(
    r"(?:\b(" + "|".join(sorted(_HEDGES, key=len, reverse=True)) + r")\s+)?"
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,.]\d)"
    r"(?:\s+(" + "|".join(_SCALES) + r")\b)?(?:\s+(?:of\s+)?([a-z]+))?",
    re.I,
)


def _amounts(text: str) -> list[tuple[str, float, int, str, int, int]]:
    """``(hedge, value, significant digits, unit word, start, end)`` of a text's amounts."""
    out = []
    for m in _AMOUNT.finditer(text):
        digits = m.group(2).replace(",", "")
        value = float(digits) * _SCALES.get((m.group(3) or "").lower(), 1)
        significant = len(digits.replace(".", "").strip("0")) or 1
        unit = (m.group(4) or "").lower()
        out.append(((m.group(1) or "").lower(), value, significant, unit, m.start(2), m.end(2)))
    return out


def _rounds(exact: tuple, rounded: tuple) -> bool:
    """Whether a hedged amount is a rounding of an exact one: fewer significant digits, the same
    unit word, the exact amount within a tenth of it and rounded to its last significant digit on
    the hedge's side ("over 600,000": 637,000 rounded down; "about 2.2 mln": 2,178,000 rounded;
    not "about 800 mln" for 725 mln, which rounds to 700 mln)."""
    _, value, significant, unit, _, _ = exact
    hedge, near, rounded_significant, rounded_unit, _, _ = rounded
    if not hedge or exact[0] or rounded_significant >= significant or not unit or unit != rounded_unit:
        return False
    if not near or abs(value - near) > near * 0.1:
        return False
    step = 10 ** (math.floor(math.log10(near)) - rounded_significant + 1)
    side = _HEDGES[hedge]
    if side == "above":
        return near < value and math.isclose(math.floor(value / step) * step, near)
    if side == "below":
        return value < near and math.isclose(math.ceil(value / step) * step, near)
    return math.isclose(round(value / step) * step, near)


def rounded_amount_held(text: str, sentence: str, other_raw: str) -> bool:
    """Whether an amount (``text`` as written in ``sentence``) is the other text's amount written
    exactly in one and rounded after a hedge word in the other, with the same unit word: "637,000
    tonnes" and "over 600,000 tonnes" are one amount (benchmarks/family_round34.md,
    family_round46.md).

    >>> rounded_amount_held("637,000", "to sell 637,000 tonnes of rice", "sell over 600,000 tonnes")
    True
    >>> rounded_amount_held("600,000", "sell over 600,000 tonnes", "to sell 637,000 tonnes of rice")
    True
    >>> rounded_amount_held("637,000", "to sell 637,000 tonnes of rice", "sell over 500,000 tonnes")
    False
    >>> rounded_amount_held("725 mln", "machinery worth 725 mln dlrs", "imports of about 800 mln dlrs")
    False
    """
    here = [a for a in _amounts(sentence) if sentence[a[4] : a[5]] == text.split()[0]]
    if len(here) != 1:
        return False
    there = _amounts(other_raw)
    return any(_rounds(here[0], b) or _rounds(b, here[0]) for b in there)


#: an office named after its department or ministry ("Agriculture Secretary")
_OFFICES = frozenset("secretary undersecretary minister spokesman spokeswoman".split())


def office_held_by_initials(key: str, other_raw: str) -> bool:
    """Whether an office named after its department ("U.S. Fisheries Secretary") is held by the
    other text's office under the department's initials ("the USDF secretary": "Fisheries
    Department" after the country's initials; benchmarks/family_round45.md).

    >>> office_held_by_initials("us fisheries secretary", "the USDF secretary said on Monday")
    True
    >>> office_held_by_initials("us fisheries secretary", "the USDF said on Monday")
    False
    """
    words = key.split()
    if len(words) < 2 or words[-1] not in _OFFICES:
        return False
    body = [w for w in words[:-1] if w.replace(".", "") not in COUNTRY_INITIALS]
    if not 1 <= len(body) <= 2:
        return False
    office = r"\b[A-Z]{3,7}\s+(?i:" + words[-1] + r")\b"
    return re.search(office, other_raw) is not None and any(
        written_as_initials(" ".join([*body, head]), other_raw) for head in ("department", "ministry")
    )
