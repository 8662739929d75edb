"""A named person after a description of the office (no comma): "BA director for sales Dale
Moss", "the bank's head of lending Ann Lee". The parse heads such a label with the office noun,
so it read an anonymous official; the name at its end makes the speaker a named person. Read on
14.07.99/ba, a METER courts story of round 14's tuning (``benchmarks/claims_tune14.md``, kind K5),
where PA's "BA director for sales Dale Moss" was an anonymous speaker and so apart from the
papers' "Dale Moss".

The description must hold an office word (``lexicon.SPEAKER_WORDS["official"]``: director,
spokesman, chairman ...), nothing in it may start a clause ("who", "which", "that"), and the word
just before the name may not be a preposition ("a spokesman for Virgin Atlantic" names the body
he speaks for, not himself).

* :func:`office_name`: the full name at the end of such a label, else "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["office_name"]

_NAME_WORD = re.compile(r"[A-Z][a-z][\w'-]*$")
_NOT_BEFORE = frozenset("for of at in from with to on by and or the a an".split())
_CLAUSE = frozenset("who which that whose whom".split())


def office_name(label: str) -> str:
    """The full name (two or three capitalised words) that ends a description of an office with
    no comma before it, else "".

    Example:
        >>> office_name("BA director for sales Dale Moss")
        'Dale Moss'
        >>> office_name("a spokesman for Virgin Atlantic"), office_name("the man who hit Tom Bell")
        ('', '')
        >>> office_name("Patricia Yates")
        ''
    """
    words = str(label).split()
    name: list[str] = []
    while words and _NAME_WORD.match(words[-1]) and len(name) < 3:
        name.insert(0, words.pop())
    if len(name) < 2 or not words or "," in " ".join(words):
        return ""
    before = [w.lower().strip(".'’") for w in words]
    if before[-1] in _NOT_BEFORE or _CLAUSE & set(before) or not words[-1][:1].islower():
        return ""
    return " ".join(name) if set(before) & lexicon.SPEAKER_WORDS["official"] else ""
