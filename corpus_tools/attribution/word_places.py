"""Where a name stands in a text as a whole word, found without compiling a pattern for the name.

Rules that read the words around a person's name ("stipendiary magistrate Ann Rees", "Richard
Lowe") searched the text with a pattern built for that name (``rf"\\b{re.escape(name)}\\b"``).
Python keeps 512 compiled patterns; a run over hundreds of documents names thousands of people, so
each such pattern was compiled afresh: on news3000's first 600 documents the speaker stages compiled
5,095 patterns, 4,112 of them distinct (round 34, branch speed34, cProfile of
``benchmarks/speaker_cpu.py``). :func:`word_places` gives the same places with ``str.find`` and
the regular expression's own test of a word boundary, so a rule compiles its name-free patterns
once and matches them at those places.

* :func:`at_boundary`: whether ``\\b`` holds at a position of a text;
* :func:`word_places`: the starts of ``re.finditer(rf"\\b{re.escape(word)}\\b", text)``'s matches
  (or, with ``end=False``, of ``rf"\\b{re.escape(word)}"``'s), in order.
"""

from __future__ import annotations

import re

__all__ = ["at_boundary", "word_places"]


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a word character as ``\\w`` reads a str pattern: alphanumeric or "_"."""
    return ch.isalnum() or ch == "_"


def at_boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` matches at offset ``at`` of ``text``: a word character on one side only.

    Example:
        >>> at_boundary("Ann Lee", 4), at_boundary("Ann Lee", 5), at_boundary("Lee", 3)
        (True, False, True)
    """
    before = at > 0 and _is_word(text[at - 1])
    after = at < len(text) and _is_word(text[at])
    return before != after


def word_places(text: str, word: str, *, end: bool = True) -> list[int]:
    """The offsets where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` finds ``word`` (without
    the closing ``\\b`` when ``end`` is False): non-overlapping, left to right.

    Example:
        >>> word_places("Lee, Ann Lee and Leeds", "Lee"), word_places("Leeds", "Lee", end=False)
        ([0, 9], [0])
    """
    if not word:  # every boundary: the pattern's own reading
        pattern = re.escape(word) + (r"\b" if end else "")
        return [m.start() for m in re.finditer(r"\b" + pattern, text)]
    places, at, size = [], text.find(word), len(word)
    while at >= 0:
        if at_boundary(text, at) and (not end or at_boundary(text, at + size)):
            places.append(at)
            at = text.find(word, at + size)
        else:
            at = text.find(word, at + 1)
    return places
