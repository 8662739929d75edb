"""A word the wire capitalises after an abbreviation's dot is no part of a name (round 47,
benchmarks/family_round47.md): Reuters writes the word after "S.A.", "Calif.," or "U.S." with a
capital ("Arrayanes S.A. Said it will", "in Gardena, Calif., By Standard Pacific", "the U.S. Has
more"), so a run of capitalised words takes in a reporting verb or a function word that names nothing.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import REPORTING_FORMS

__all__ = ["after_dot"]

#: the function words (articles, prepositions, conjunctions, auxiliaries, pronouns) that,
#: capitalised after an abbreviation's dot, are the wire's capital and no name's word ("By", "Has",
#: "The"); "May" is left out (a month may be a name's word: "U.S. May trade figures")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor by for from in into of on onto to with at as via upon has have had is are "
    "was were be been will would can could might must shall should did does do it its he she they we "
    "this that these those".split()
)
#: a reporting verb's past form ("Said", "Told", "Added"); not "State" of "U.S. State Department"
_NO_NAME = _FUNCTION_WORDS | {w for w in REPORTING_FORMS if w.endswith(("ed", "aid", "old"))}
#: an abbreviation's dot just before a word, a comma after it or none: "S.A. ", "Calif., "
_AFTER_DOT = re.compile(r"[A-Za-z]\.,?\s+$")


def after_dot(sentence: str, start: int, text: str) -> list[tuple[int, str]]:
    """A span (``start``, ``text``) of ``sentence`` without the words the wire capitalised after an
    abbreviation's dot (:data:`_NO_NAME`), split where they stood.

    >>> after_dot("Acme S.A. Said it would.", 0, "Acme S.A. Said")
    [(0, 'Acme S.A.')]
    >>> s = "in Gardena, Calif., By Standard Pacific of Costa Mesa"
    >>> after_dot(s, 20, "By Standard Pacific of Costa Mesa")
    [(23, 'Standard Pacific of Costa Mesa')]
    >>> after_dot("the U.S. May figures", 4, "U.S. May")
    [(4, 'U.S. May')]
    """
    out: list[tuple[int, str]] = []
    piece: tuple[int, int] | None = None  # a piece's first and last offsets in ``text``
    whole = sentence[start : start + len(text)] == text
    for w in re.finditer(r"\S+", text):
        before = text[: w.start()] if w.start() else (sentence[max(0, start - 12) : start] if whole else "")
        if w.group()[:1].isupper() and w.group().lower() in _NO_NAME and _AFTER_DOT.search(before[-12:]):
            if piece:
                out.append((start + piece[0], text[piece[0] : piece[1]]))
            piece = None
            continue
        piece = (piece[0] if piece else w.start(), w.end())
    if piece:
        out.append((start + piece[0], text[piece[0] : piece[1]]))
    return out
