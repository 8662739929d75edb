"""A speaker's address set off in commas between the name and the cue is no speaker: "Giving
evidence, Mr McPhilemy, of St Margaret's Road, Oxford, said ..." (read from round 30's held-out
27.01.00/committee, ``benchmarks/claims.md``, rows cm11, cm20 and cm22). The parse took the town
at the end of the address for the subject of "said", so "Oxford" was a named institution that
the paper then "dropped". A reader takes the person before the address: a place label whose text
before it is a person's name the text gives a surname to, a comma, "of" and the address.

* :func:`addressed_subject`: that person's name, or "".
"""

from __future__ import annotations

import re

__all__ = ["addressed_subject"]

_CAP = r"[A-Z][\w'\u2019-]*"
#: a name, then ", of" and an address of capitalised and numbered words, commas between
_ADDRESS = re.compile(
    rf"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+)?(?:{_CAP}\s+){{0,2}}{_CAP}),\s+of\s+"
    rf"(?:(?:\d+[a-z]?\s+)?(?:{_CAP}|of|the|upon|on)(?:\s+|,\s+)){{1,8}}$"
)


def addressed_subject(label: str, before: str, people: set[str]) -> str:
    """The person whose address ends with ``label`` before the cue (module docstring), else "".

    Args:
        label: the speaker's label ("Oxford").
        before: the document's text before the mention.
        people: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> addressed_subject("Leeds", "Giving evidence, Mr Hale, of 4 Park Road, ", {"Hale"})
        'Mr Hale'
        >>> addressed_subject("Leeds", "The council of ", {"Hale"})
        ''
    """
    label = " ".join(str(label).split())
    if not label[:1].isupper() or " of " not in before[-120:]:  # a cheap test first
        return ""
    m = _ADDRESS.search(" ".join(before[-120:].split()) + " ")
    if not m or m.group(1).split()[-1] not in people:
        return ""
    return m.group(1)
