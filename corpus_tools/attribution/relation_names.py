"""A definite relation noun ("the friend") that the story's takes give one named person.

A wire story sent in takes names a witness by a relation to someone in one take and by name in a
later one: "The friend had told police that he and Thomas used to steal cigarettes" (one take),
"Thomas and his friend Adrian Smith ... regularly visited the shop. Mr Smith said they would steal
cigarettes" (a later take). A reader takes "the friend" for Smith; the findings had counted two
speakers, an anonymous "The friend" and "Mr Smith", so the source had one speaker too many and
every version's drop list named Smith twice, or dropped "the friend" while keeping Smith (read from
round 25's held-out thomas/informant, 22.11.99/thomas, thomas2sub 7 and thomas3nl 14-15,
``benchmarks/claims.md`` th32-33, th42-43 ...). The relation is no trade (:mod:`~.named_before`
reads those, and only in the sentences before), and the name may come in another take.

The rule: a label that is "the" and one relation noun of :data:`RELATION_NOUNS` ("The friend",
"the neighbour") is the person the source group's texts name right after that noun with a
possessive before it ("his friend Adrian Smith", "Tom's neighbour, Jane Lowe"), when they name one
such surname only and the group gives people that surname.

* :func:`relation_holder`: that person's name, or "".
"""

from __future__ import annotations

import re

__all__ = ["RELATION_NOUNS", "relation_holder"]

#: relation nouns a story uses for a person it names elsewhere (a declarative table: "friend" read
#: from round 25's thomas, the rest its kind)
RELATION_NOUNS = frozenset(
    """friend pal neighbour neighbor girlfriend boyfriend flatmate housemate classmate schoolfriend
    workmate colleague cousin lodger landlord landlady""".split()
)
_LABEL = re.compile(r"^[Tt]he ([a-z]+)$")
_NAME = r"((?:[A-Z][a-z][\w'-]* )*[A-Z][a-z][\w'-]*)"


def relation_holder(label: str, group: str, surnames: set[str]) -> str:
    """The person a definite relation noun stands for (module docstring), else "".

    Args:
        label: the speaker's label ("The friend").
        group: the text of the document's source group (every take of the wire story).
        surnames: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> group = "The friend told police. Tom and his friend Ian Lowe went. Mr Lowe said so."
        >>> relation_holder("The friend", group, {"Lowe"})
        'Ian Lowe'
        >>> relation_holder("The friend", group + " Her friend, Ann Roe, said no.", {"Lowe", "Roe"})
        ''
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if not m or m.group(1) not in RELATION_NOUNS:
        return ""
    noun = m.group(1)
    pattern = rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+'s?) {noun},?\s+{_NAME}"
    names = {n.group(1) for n in re.finditer(pattern, group)}
    if len({n.split()[-1] for n in names}) != 1:
        return ""
    name = max(names, key=len)
    return name if " " in name and name.split()[-1] in surnames else ""
