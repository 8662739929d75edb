"""A version's "Given Surname" is the source's speaker named by that given name alone, not the one
named by the surname and a title.

A court story names a boy by his given name ("Thomas had said he had arranged to visit a friend")
and his mother by title and surname ("Giving evidence, Mrs Marshall told how ..."); a paper names
the boy in full ("Thomas Marshall"). Matched by surname, the paper's boy was the source's mother:
papers that only tell her something ("telling his mother", "lied to his mother") were said to
quote her, or to keep her (read from round 25's held-out thomas/informant, 22.11.99/thomas,
thomas4nl 8-9 against the papers' "Thomas Marshall", ``benchmarks/claims.md`` th64, th76, th87,
th99). :func:`~.namesakes.owns` already gives a version's full name to the source speaker who
shares its given name; this is the same when the source writes that given name alone.

The rule: a source speaker with no given name does not own a version's named person whose given
name is the whole name of another source speaker (a person named by one word, "Thomas").

* :func:`given_rival`: whether such a rival speaker is there.
"""

from __future__ import annotations

__all__ = ["given_rival"]


def given_rival(me, other, rivals) -> bool:
    """Whether the source speaker ``me`` (identities with ``named``, ``kind``, ``names`` and
    ``firsts``, :mod:`~.speaker_identity`), with no given name, loses the version's person
    ``other`` to a source speaker of ``rivals`` named by ``other``'s given name alone.

    Example:
        >>> from types import SimpleNamespace as W
        >>> mother = W(named=True, kind="person", names={"Hale"}, firsts=set())
        >>> boy = W(named=True, kind="person", names={"Tom"}, firsts=set())
        >>> paper = W(named=True, kind="person", names={"Hale"}, firsts={"Tom"})
        >>> given_rival(mother, paper, [boy]), given_rival(mother, paper, [])
        (True, False)
    """
    if me.firsts or not other.firsts:
        return False
    given = {f.lower() for f in other.firsts}
    alone = [r for r in rivals if r.named and r.kind == "person" and not r.firsts and len(r.names) == 1]
    return any({n.lower() for n in r.names} <= given for r in alone)
