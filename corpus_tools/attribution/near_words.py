"""Matches read near a word only: a long text is searched around each place a role word stands,
not scanned from every capital letter (:func:`~.identities.role_holder` reads "prosecutor Alun
Jones" or "Alun Jones, the prosecutor" this way). Moved out of :mod:`~.identities` unchanged."""

from __future__ import annotations

import functools
import re

__all__ = ["matches_near", "spaced"]


def matches_near(pattern: re.Pattern, text: str, word: str, reach: int = 80) -> list[str]:
    """The matches of ``pattern`` near each place ``word`` stands in ``text``, in order: a long
    text is read around the role word only, not scanned from every capital letter. A match counts
    only if it holds the word.

    Example:
        >>> text = "Tom Ray spoke. Ann Lee, the coroner, ruled."
        >>> matches_near(re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:, the coroner)?"), text, "coroner")
        ['Ann Lee, the coroner']
    """
    found: dict[int, str] = {}
    for hit in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
        lo = max(0, hit.start() - reach)
        for m in pattern.finditer(text, lo, hit.end() + reach):
            if m.start() <= hit.start() < m.end():
                found.setdefault(m.start(), m.group(0))
    return [found[k] for k in sorted(found)]


@functools.lru_cache(maxsize=2)
def spaced(text: str) -> str:
    """``text`` with each run of white space one space, made once for the last texts read
    (:func:`~.identities.role_holder` reads the whole story for one role after another).

    Example:
        >>> spaced("Ann   Lee,  the  coroner")
        'Ann Lee, the coroner'
    """
    return " ".join(text.split())
