"""A relative clause hung on a name's apposition: "Keith Dale, an informant who claimed" is Dale.

A paper names a claimant and gives his role in apposition, the relative clause of his claim hung
on the role: "The judgment was given in the case of Tom Reed, an informant who claimed the sum of
£33,574 ... whom he said had promised him rewards." The relative "who" stands for the role noun
next to it, and the role noun for the name before it; the findings had stopped at the role and
counted an anonymous "an informant" beside the named Reed (read from round 25's held-out
thomas/informant, 17.04.00/informant, the guardian 1, ``benchmarks/claims.md`` in21).
:func:`~.appositions.name_before_description` reads "Mr Hale, a lorry driver said", where the
description is the subject itself; here the speaker's first mention is the "who" after it.

The rule: an indefinite description ("a" or "an" and small words) whose first mention in the
document comes right after that description (the text before the mention ends with it) is the
name set off by a comma right before the description: a title and a surname, or a given name and a
surname the group gives a person ("of Tom Reed, an informant who"), anywhere in the sentence.

* :func:`name_before_relative`: that name, or "".
"""

from __future__ import annotations

import re

__all__ = ["name_before_relative"]

_INDEFINITE = re.compile(r"^(?:a|an) [a-z][a-z -]*$")
_HONORIFICS = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Professor)"
#: the name set off by a comma at the end of the text before the description
_NAME_COMMA = re.compile(
    rf"(?:^|(?<=[\s(]))((?:{_HONORIFICS}\.? )?(?:[A-Z][a-z][\w'-]* ){{0,2}}[A-Z][a-z][\w'-]*), $"
)


def name_before_relative(label: str, before: str, people: set[str]) -> str:
    """The name an indefinite description stands for when its speaker's first mention is a relative
    right after it (module docstring), else "".

    Args:
        label: the speaker's label ("an informant").
        before: the document's text before the speaker's first mention.
        people: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> name_before_relative("an informant", "the case of Tom Reed, an informant ", {"Reed"})
        'Tom Reed'
        >>> name_before_relative("an informant", "the case of an informant ", {"Reed"})
        ''
    """
    label = " ".join(str(label).split())
    head = " ".join(before[-200:].split())
    if not _INDEFINITE.match(label) or not head.endswith(label):
        return ""
    found = _NAME_COMMA.search(head[: len(head) - len(label)])
    if not found:
        return ""
    name = found.group(1)
    titled = re.match(rf"{_HONORIFICS}\.? ", name) is not None
    words = name.split()
    return name if titled or (len(words) > 1 and words[-1] in people) else ""
