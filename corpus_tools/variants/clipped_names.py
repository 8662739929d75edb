"""A hyphenated name and its clipped form (round 48, benchmarks/family_round48.md): "Japan's
Export-Import Bank" and "Japan's Ex-Im bank" are one bank; each part of the short word is the
start of the long word's part ("Ex" of "Export", "Im" of "Import"), two letters or more, and the
rest of the name, if any, follows it in the other text.
"""

from __future__ import annotations

import re

__all__ = ["clipped_held"]

_HYPHENATED = re.compile(r"\b[a-z]{2,}(?:-[a-z]{2,})+\b")


def _clips(a: str, b: str) -> bool:
    """Whether two hyphenated words are one clipped from the other, part by part (not equal)."""
    pa, pb = a.split("-"), b.split("-")
    if a == b or len(pa) != len(pb):
        return False
    return all(x.startswith(y) for x, y in zip(pa, pb, strict=True)) or all(
        y.startswith(x) for x, y in zip(pa, pb, strict=True)
    )


def clipped_held(key: str, other: str) -> bool:
    """Whether a name (``key``, lower case) with a hyphenated word is held by the other text
    (lower case) writing that word clipped or in full, the rest of the name around it.

    >>> clipped_held("export-import bank", "japan's ex-im bank announced")
    True
    >>> clipped_held("ex-im", "japan's state export-import bank agreed")
    True
    >>> clipped_held("ex-im", "an ex-pat and an export-bank")
    False
    """
    words = key.split()
    at = next((i for i, w in enumerate(words) if _HYPHENATED.fullmatch(w)), None)
    if at is None:
        return False
    before, after = " ".join(words[:at]), " ".join(words[at + 1 :])
    for m in _HYPHENATED.finditer(other):
        if not _clips(words[at], m.group()):
            continue
        head, tail = other[: m.start()].rstrip(), other[m.end() :].lstrip()
        if (not before or head.endswith(before)) and (not after or tail.startswith(after)):
            return True
    return False
