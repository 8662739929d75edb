"""The Unicode rule the loader applies to every document, and the record of what it changed.

The rule (applied by :func:`corpus_tools.load_corpus` and :func:`corpus_tools.from_records`):

1. Invisible characters are removed: soft hyphens (U+00AD, rule ``soft_hyphen``);
   zero-width space, non-joiner and joiner, word joiner (U+200B-U+200D, U+2060,
   rule ``zero_width``); byte order marks left inside the text (U+FEFF, rule
   ``bom``; a BOM that opens the file is consumed by the codec and is not a
   repair); bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E,
   U+2066-U+2069, rule ``bidi_control``). They change no visible letter but split
   words ("wo\\u00adrds", "U.\\u200bS.") and so make false variants and n-grams.
   The corpus is English news; scripts that need ZWJ/ZWNJ between letters
   (Persian, Indic, emoji sequences) lose those joins.
2. The rest is put in Normalization Form C (rule ``nfc``): "e" + U+0301 becomes "é",
   so NFC and NFD spellings of one text compare equal.

Each change is a :class:`Repair` whose ``start``/``end`` are offsets into the text
*as read* (decoded, before the rule), so ``original`` is ``as_read[start:end]``;
replacing every span by its ``replacement``, in order, gives the repaired text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import groupby
from typing import NamedTuple

__all__ = ["REMOVED_CHARACTERS", "Repair", "apply_repairs", "has_visible_text", "repair_text"]

#: character -> rule name, for every character the rule removes
REMOVED_CHARACTERS: dict[str, str] = {
    "\u00ad": "soft_hyphen",
    **dict.fromkeys("\u200b\u200c\u200d\u2060", "zero_width"),
    "\ufeff": "bom",
    **dict.fromkeys(
        "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "bidi_control"
    ),
}
_REMOVE_RE = re.compile("[" + "".join(REMOVED_CHARACTERS) + "]+")
#: categories of characters that draw nothing: separators, controls, format characters
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


class Repair(NamedTuple):
    """One change the Unicode rule made: ``as_read[start:end]`` became ``replacement``."""

    start: int
    end: int
    rule: str
    original: str
    replacement: str


def has_visible_text(text: str) -> bool:
    """True if ``text`` has at least one character that draws something (not space, control, format)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text)


def _nfc_spans(line: str) -> list[tuple[int, int, str]]:
    """(start, end, nfc) of the pieces of ``line`` that NFC changes.

    A piece is a character with the combining marks after it; when composition
    reaches across pieces (Hangul jamo, some Indic vowel signs) the changed
    middle of the line is one piece.
    """
    target = unicodedata.normalize("NFC", line)
    out, pieces, start = [], [], 0
    for k in range(1, len(line) + 1):
        if k == len(line) or unicodedata.combining(line[k]) == 0:
            piece = line[start:k]
            nfc = unicodedata.normalize("NFC", piece)
            pieces.append(nfc)
            if nfc != piece:
                out.append((start, k, nfc))
            start = k
    if "".join(pieces) == target:
        return out
    a = 0
    while a < min(len(line), len(target)) and line[a] == target[a]:
        a += 1
    b = 0
    while b < min(len(line), len(target)) - a and line[-1 - b] == target[-1 - b]:
        b += 1
    return [(a, len(line) - b, target[a : len(target) - b])]


def repair_text(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Apply the Unicode rule (see the module docstring) to one text.

    Args:
        text: a document as decoded.

    Returns:
        The repaired text and its repairs, sorted by ``start`` (offsets into ``text``).

    Example:
        >>> text, repairs = repair_text("cafe\\u0301 wo\\u00adrd")
        >>> text, [(r.start, r.end, r.rule) for r in repairs]
        ('café word', [(3, 5, 'nfc'), (8, 9, 'soft_hyphen')])
    """
    removed = []
    for m in _REMOVE_RE.finditer(text):
        pos = m.start()
        for rule, chars in groupby(m.group(), key=REMOVED_CHARACTERS.__getitem__):
            run = "".join(chars)
            removed.append(Repair(pos, pos + len(run), rule, run, ""))
            pos += len(run)
    if not removed and unicodedata.is_normalized("NFC", text):
        return text, ()
    # the text without the removed characters, and where its positions were in ``text``
    kept, breaks, shifts, last = [], [0], [0], 0
    for r in removed:
        kept.append(text[last : r.start])
        last = r.end
        breaks.append(r.start - shifts[-1])
        shifts.append(shifts[-1] + r.end - r.start)
    kept.append(text[last:])
    stripped = "".join(kept)

    def raw(p: int) -> int:
        return p + shifts[bisect.bisect_right(breaks, p) - 1]

    out, nfc_repairs, pos = [], [], 0
    for line in stripped.split("\n"):
        if unicodedata.is_normalized("NFC", line):
            out.append(line)
        else:
            new, last = [], 0
            for a, b, nfc in _nfc_spans(line):
                new += [line[last:a], nfc]
                last = b
                ra, rb = raw(pos + a), raw(pos + b - 1) + 1 if b > a else raw(pos + a)
                nfc_repairs.append(Repair(ra, rb, "nfc", text[ra:rb], nfc))
            out.append("".join(new) + line[last:])
        pos += len(line) + 1
    inside = [(r.start, r.end) for r in nfc_repairs]
    starts = [a for a, _ in inside]
    for r in removed:  # a removal inside an NFC piece is part of that repair
        k = bisect.bisect_right(starts, r.start) - 1
        if k < 0 or not (inside[k][0] <= r.start and r.end <= inside[k][1]):
            nfc_repairs.append(r)
    return "\n".join(out), tuple(sorted(nfc_repairs, key=lambda r: (r.start, r.end)))


def apply_repairs(text: str, repairs) -> str:
    """Replay ``repairs`` (sorted, non-overlapping) on the text as read: the repaired text."""
    parts, last = [], 0
    for r in repairs:
        start, end, _, _, replacement = r
        parts += [text[last:start], replacement]
        last = end
    return "".join(parts) + text[last:]
