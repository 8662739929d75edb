"""A person described between a wire's underscore dashes is the subject of the verb after them,
not the last word of the aside: "Wilson's friend Steven Staton, 20 _ the murder took place at his
house in St Nicholas Court, Grangetown, Middlesbrough _ was jailed for six years after denying
murder but admitting assisting Wilson ..." (read from round 31's held-out 03.04.00/husband, h 10;
``benchmarks/claims.md``, rows hu5 and hu15). PA's wire sets an aside off with " _ " on each side;
the parse took the place before the closing dash for the subject of the pleas, a speaker
"Middlesbrough _" that the paper then "dropped". A reader takes the name before the opening dash.

The shape: a speaker label ending in the closing "_", the sentence before it holding an opening
" _ " with no full stop, colon or quotation mark after it, and right before that dash a name of two
or more capitalised words (or a surname the text gives a person), with an age after a comma
allowed ("Steven Staton, 20").

* :func:`aside_subject`: that name, or "".
"""

from __future__ import annotations

import re

__all__ = ["aside_subject"]

_CAP = r"[A-Z][\w'\u2019-]*"
#: a name, an age after a comma allowed, then the opening dash and an aside with no stop in it
_OPENED = re.compile(rf"((?:{_CAP}\s+){{0,3}}{_CAP})(?:,\s+\d{{1,3}})?\s+_\s+[^_.:;`'\"]+$")


def aside_subject(label: str, before: str, people: set[str]) -> str:
    """The name before the opening dash of an underscore aside the label closes (module
    docstring), else "".

    Args:
        label: the speaker's label ("Leeds _").
        before: the document's text before the mention.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> aside_subject("Leeds _", "His friend Tom Hale, 19 _ who lived in Kirkstall, ", set())
        'Tom Hale'
        >>> aside_subject("Leeds _", "The council. It said _ in Kirkstall. ", set())
        ''
    """
    label = " ".join(str(label).split())
    if not label.endswith(" _") or "_" not in before[-300:]:  # a cheap test first
        return ""
    m = _OPENED.search(" ".join(before[-300:].split()) + " " + label[:-2])
    if not m:
        return ""
    name = re.sub(r"^(?:[A-Z][\w-]*['\u2019]s\s+)+", "", m.group(1))  # "Wilson's friend": not his
    words = name.split()
    return name if len(words) > 1 or (words and words[-1] in people) else ""
