"""Two statements in one frame about two named things of one kind are two statements.

A company's later story on the next step of a deal is told in the words of the first: "it agreed
to acquire a seat on the Toronto Stock Exchange" in one story, "it agreed to purchase a seat on the
Montreal Stock Exchange for 40,000 dlrs" in the next; a regulator "closed Equitable Savings and Loan
Association", then placed "The Tahoe Savings and Loan Association" in receivership. Survival
(:mod:`~.survival_status`) matched the later statement to the earlier one by their shared words, so
the bank was "kept" on a seat it never spoke of again, and its president's statement on the first
seat "re-attributed" to it (round 36's sweep, 2627+9418 of ``claims.swept_36``; round 35's,
10783+10953+13233 of ``claims.swept_35``: the first kind of the read series' wrong rows in
``benchmarks/survival37.md``, loose matches; read in round 37, branch survival37).

The rule: the source statement names a thing by a proper name of three words or more ("Toronto
Stock Exchange", "Equitable Savings and Loan Association") and the version's names one with the same
last words (two or more: "Stock Exchange") after another first word ("Montreal"); neither text names
the other's first word ("the Toronto and Montreal exchanges" names both). A name that only changes
its spelling keeps its first word and is the same thing.

* :func:`other_entity`: whether a version statement's content and a source statement's name two
  things of one kind.
"""

from __future__ import annotations

import re

__all__ = ["other_entity"]

#: a run of capitalised words, "and" or "of" inside it: "Equitable Savings and Loan Association"
_RUN = re.compile(r"[A-Z][\w&'-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w&'-]*)+")
#: capitalised words that open a sentence or a clause and name nothing
_OPENERS = frozenset("the a an its their his her this that these those it he she they".split())


def _names(text: str) -> dict[tuple[str, ...], str]:
    """The names of three words or more in ``text``: their words after the first -> the first."""
    out = {}
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        if len(words) >= 3:
            out[tuple(w.lower() for w in words[1:])] = words[0].lower()
    return out


def other_entity(version: str, source: str) -> bool:
    """Whether the version's content and the source's name two things of one kind (the module
    docstring).

    Example:
        >>> other_entity("it agreed to buy a seat on the Montreal Stock Exchange for 40,000 dlrs",
        ...              "it agreed to acquire a seat on the Toronto Stock Exchange")
        True
        >>> toronto = "it will buy a seat on the Toronto Stock Exchange"
        >>> other_entity("it bought a seat on the Toronto Stock Exchange", toronto)
        False
        >>> other_entity("seats on the Toronto and Montreal Stock Exchange", toronto)
        False
        >>> other_entity("it agreed to buy the seat", toronto)
        False
    """
    if version.count(" ") < 3 or version[1:] == version[1:].lower():  # the cheap test first: a capital
        return False
    mine, theirs = _names(version), _names(source)
    low_v, low_s = version.lower(), source.lower()
    for rest, first in mine.items():
        other = theirs.get(rest)
        if (
            other
            and other != first
            and not re.search(rf"\b{re.escape(other)}\b", low_v)
            and not re.search(rf"\b{re.escape(first)}\b", low_s)
        ):
            return True
    return False
