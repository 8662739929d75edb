""" "A spokeswoman for Giuliani": a person's spokeswoman is an unnamed speaker, not a body "Giuliani".

:mod:`~.body_of_spokesman` makes "A spokesman for Mencap" the body Mencap (the lead's round-19
ruling: a body's spokesman is the body). A person has a spokesman too: "A spokeswoman for Giuliani
said the problems arose because he thought he was responding to questions about newspaper
speculation" (read from TUNE_32's 12194+12330, 12330 1, kind W4 of ``benchmarks/claims_tune32.md``,
where U.S. Attorney Rudolph Giuliani is named before): the findings counted an institution
"Giuliani". The rule: a speaker made a body from "a (or the) spokesman (spokeswoman, spokesperson)
for X", where the document names a person by X ("Rudolph Giuliani", "Mr Giuliani"), is that
spokeswoman, an anonymous speaker. X has a surname's shape ("Giuliani", not "USAir": a
company's spokesman after "... Piedmont. USAir said" stays the company's, Reuters-21578 2546).

* :func:`person_spokesman`: the spokeswoman's label, or "".
"""

from __future__ import annotations

import re

__all__ = ["person_spokesman"]

_FOR = re.compile(
    r"^((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er) spokes(?:man|woman|person) for (?:the )?([A-Z][\w'-]+))\b"
)
#: capitalised words that open a sentence or a phrase, never a given name
_OPENERS = "The|A|An|But|And|Or|In|On|At|For|Its|Also|Later|Earlier|Meanwhile|However|While|As|If|When"


def person_spokesman(label: str, after: str, text: str) -> str:
    """The label of the spokeswoman of a person (module docstring) that ``after`` (the document's
    text from the speaker's first mention) opens with, when ``label`` is that person's surname and
    ``text`` names a person by it; else "".

    Example:
        >>> text = "U.S. Attorney Rudolph Vance said no. A spokeswoman for Vance said he was tired."
        >>> person_spokesman("Vance", text[text.index("A spokes"):], text)
        'A spokeswoman for Vance'
        >>> text = "Mencap said no. A spokeswoman for Mencap said it was tired."
        >>> person_spokesman("Mencap", text[text.index("A spokes"):], text)
        ''
    """
    m = _FOR.match(" ".join(after[:120].split()))
    if not m or m.group(2) != label:
        return ""
    n = re.escape(label)
    if not re.fullmatch(r"[A-Z][a-z'-]+", label):  # a surname's shape, not "USAir"
        return ""
    given = rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.?|(?!(?:{_OPENERS})\b)[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{n}\b"
    named = re.search(given, text)  # "Rudolph Giuliani", "Mr. Giuliani"; not "in Piedmont. USAir"
    return m.group(1) if named else ""
