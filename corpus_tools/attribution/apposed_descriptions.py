"""A description set after a name by a comma is that name's, never an opening description: "... was
based mainly on an account by James Sands, a loyalist who claimed to have been a member of a
committee ..." (read from round 30's held-out 27.01.00/committee, the telegraph, rows cm9, cm19,
cm20 and cm22: :mod:`~.opening_speakers` took "a loyalist" for a report's opening description of
someone named in the next sentences, and gave Sands's claim to the barrister named there, Andrew
Caldecott; :func:`~.relative_appositions.name_before_relative`, which reads it as Sands, comes after
it in the chain).

The rule: an indefinite description whose first mention stands right after a person's surname (one
the text gives a person) and a comma ("James Sands, a loyalist who") is in apposition to that name,
so the opening rules, which look for the person in the sentences after it, do not read it.

* :func:`after_name`: whether a description stands so.
"""

from __future__ import annotations

import re

__all__ = ["after_name"]

#: a capitalised word (a name's last) and a comma, at the end of the text before the description
_NAME_COMMA = re.compile(r"\b([A-Z][a-z][\w'-]*),\s+$")


def after_name(label: str, before: str, surnames: set[str]) -> bool:
    """Whether ``label`` (an indefinite description) stands right after a person's surname
    (``surnames``: those the text gives people) and a comma in ``before`` (the document's text
    before its first mention, which may end with the label itself when the mention is a relative
    "who" after it).

    Example:
        >>> after_name("a loyalist", "an account by James Sands, a loyalist ", {"Sands"})
        True
        >>> after_name("a loyalist", "Later, a loyalist ", {"Sands"})
        False
        >>> after_name("a loyalist", "The trial opened. A loyalist ", {"Sands"})
        False
    """
    label = " ".join(str(label).split())
    if label[:2].lower() not in ("a ", "an"):  # a cheap test first
        return False
    tail = before[-len(label) - 120 :].rstrip()
    tail = tail[: -len(label)] if tail.lower().endswith(label.lower()) else tail + " "
    found = _NAME_COMMA.search(tail)
    return found is not None and found.group(1) in surnames
