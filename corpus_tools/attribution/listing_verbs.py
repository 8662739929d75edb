"""A verb that lists what follows its colon ("Recent cases include:") introduces no statement.

A background take ends a paragraph with a list's heading and sets the items out below it:
"High-profile court cases involving policemen accused of sex offences in recent years include:",
then one paragraph per case. A verb ending its paragraph with a colon introduces the next
paragraph's quotation ("Smith continued:", :func:`~.cues.introduces_next`), so "court cases" were
read as a speaker whose statement was the first case (21.06.00/sergeant of the METER courts,
sergeant1concern 25: round 24's held-out audit in ``benchmarks/claims.md``, sg15 and "High-profile
court cases" in every paper's drop list). A verb of including or comprising sets out a list, never
what anyone said.

* :data:`LISTING`: the lemmas of such verbs;
* :func:`lists_next`: whether a verb is one.
"""

from __future__ import annotations

__all__ = ["LISTING", "lists_next"]

#: verbs whose colon opens a list: "Cases include:", "The list comprises:", "Its members are:"
LISTING: frozenset[str] = frozenset({"include", "comprise", "contain", "number"})


def lists_next(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is a verb of including, whose colon opens a list.

    Example:
        >>> from types import SimpleNamespace
        >>> lists_next(SimpleNamespace(lemma_="include")), lists_next(SimpleNamespace(lemma_="continue"))
        (True, False)
    """
    return verb.lemma_.lower() in LISTING
