"""A description whose relative clause is followed by the name in apposition: "a High Court libel
action brought in London by the man who accused him, TV journalist Sean McPhilemy." (read from
round 30's held-out 27.01.00/committee, ``benchmarks/claims.md``, rows cm5, cm20 and cm22). The
relative "who accused" resolved to "the man", an anonymous speaker apart from the McPhilemy the
report quotes throughout, whom the paper then "dropped". A reader takes the name after the clause
for the man: the description, its relative clause, a comma and a noun phrase ending with a full
name the text gives a person, then the end of the phrase (a comma, a full stop). A name followed
by a verb ("..., Tom Lee said") is a speaker of its own and is left alone.

* :func:`named_after_relative`: that name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["named_after_relative"]

#: a description of one person with no name in it ("the man", "a young woman", "the former officer")
_DESCRIPTION = re.compile(r"(?:the|a|an)(?:\s+[a-z][\w'-]*){1,3}")
#: the relative clause after it, a comma and the appositive phrase up to a comma or a stop
_CLAUSE = re.compile(r"who\s+[^,.;:`'\"]{1,60}?,\s+([^,.;:`'\"]{3,60}?)\s*(?:[,.;]|$)")
_TITLES = lexicon.HONORIFICS | lexicon.MALE_TITLES | lexicon.FEMALE_TITLES


def _trailing_name(phrase: str) -> str:
    """The capitalised words a phrase ends with, titles left out ("TV journalist Sean McPhilemy":
    "Sean McPhilemy"), or ""."""
    name: list[str] = []
    for word in reversed(phrase.split()):
        if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
            break
        name.insert(0, word)
    return " ".join(w for w in name if w.lower().rstrip(".") not in _TITLES)


def named_after_relative(label: str, before: str, after: str, people: set[str]) -> str:
    """The full name set in apposition after a description's relative clause (module docstring),
    when the speaker's first mention is that relative, else "".

    Args:
        label: the speaker's label ("the man").
        before: the document's text before the first mention (it ends with the description).
        after: the document's text from the first mention on ("who accused him, ...").
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> before, after = "an action brought by the man who ", "who sued him, TV chef Ann Hale."
        >>> named_after_relative("the man", before[:-4], after, {"Hale"})
        'Ann Hale'
        >>> named_after_relative("the man", before[:-4], "who sued him, Ann Hale said.", {"Hale"})
        ''
    """
    label = " ".join(str(label).split())
    if not after.startswith("who") or not _DESCRIPTION.fullmatch(label):  # a cheap test first
        return ""
    if not " ".join(before[-120:].split()).endswith(label):
        return ""
    m = _CLAUSE.match(" ".join(after[:200].split()))
    if not m:
        return ""
    name = _trailing_name(m.group(1))
    return name if len(name.split()) >= 2 and name.split()[-1] in people else ""
