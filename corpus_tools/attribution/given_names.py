"""A person a version names by a given name alone: "Her mother, Rachel, had accused the minister"
for the source's "Mrs Rachel Begbie" (12.07.99/places, the guardian 5, round 16's cause 4 in
``benchmarks/claims.md``: the statement had been called re-attributed to "Her mother, Rachel").

Survival (:mod:`~corpus_tools.attribution.survival`) matches named people by surname
(:func:`~.misprints.same_names`); a mention with a given name and no surname gives
:func:`~.couples.person_names` that given name as its only name, which no surname of the source
matches. :func:`given_only_ids` reads it as the source person of that given name when no other
person of the source has it (as a given name or a surname) and the two genders do not differ.
"""

from __future__ import annotations

from corpus_tools.attribution.namesakes import genders_differ

__all__ = ["given_only_ids"]


def given_only_ids(me, mine: dict, rivals: list) -> set:
    """The version's speakers (``mine``: speaker id -> identity) that name the source's named person
    ``me`` by one of his given names alone, which none of ``rivals`` (the source's other speakers)
    bears. Identities are :mod:`~.survival`'s (``kind``, ``named``, ``names``, ``firsts``,
    ``gender``, ``people``).

    Example:
        >>> from types import SimpleNamespace as W
        >>> me = W(kind="person", named=True, names={"Begbie"}, firsts={"Rachel"}, gender="f", people=1)
        >>> her = W(kind="person", named=True, names={"Rachel"}, firsts=set(), gender="", people=1)
        >>> given_only_ids(me, {"v:S8": her}, [])
        {'v:S8'}
        >>> given_only_ids(me, {"v:S8": her}, [W(kind="person", names={"Lee"}, firsts={"Rachel"})])
        set()
    """
    if not (me.kind == "person" and me.named and me.people == 1 and me.firsts):
        return set()
    taken = {n.lower() for r in rivals if r.kind == "person" for n in (*r.names, *r.firsts)}
    firsts = {f.lower() for f in me.firsts} - taken - {n.lower() for n in me.names}
    return {
        sid
        for sid, them in mine.items()
        if them.kind == "person"
        and them.named
        and them.people == 1
        and not them.firsts
        and len(them.names) == 1
        and {n.lower() for n in them.names} <= firsts
        and not genders_differ(me.gender, them.gender)
    }
