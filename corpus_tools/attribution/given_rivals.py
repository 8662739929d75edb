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

The same holds for the surname written in the version's text: a source speaker with no given name
is not named by a version that writes the surname only after that rival's given name ("Thomas
Marshall" everywhere, the mother's "Marshall" nowhere else), so no sentence of it is read as
reporting her by name (the daily mail of thomas, th64).

* :func:`given_rival`: whether such a rival speaker is there;
* :func:`rival_surname`: whether a version writes the surname only after a rival's given name.
"""

from __future__ import annotations

import re

__all__ = ["given_rival", "rival_surname"]


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


def rival_surname(me, text: str, rivals) -> bool:
    """Whether the version's ``text`` writes every surname of the source speaker ``me`` (no given
    name) only after the given name of a source speaker of ``rivals`` named by it alone.

    Example:
        >>> from types import SimpleNamespace as W
        >>> mother = W(named=True, kind="person", names={"Hale"}, firsts=set())
        >>> boy = W(named=True, kind="person", names={"Tom"}, firsts=set())
        >>> rival_surname(mother, "Tom Hale was 12. He lied to his mother.", [boy])
        True
        >>> rival_surname(mother, "Tom Hale was 12. Mrs Hale wept.", [boy])
        False
    """
    if me.firsts or not me.named or me.kind != "person" or not me.names:
        return False
    alone = [r for r in rivals if r.named and r.kind == "person" and not r.firsts and len(r.names) == 1]
    given = {n for r in alone for n in r.names}
    if not given:
        return False
    for name in me.names:
        found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        if not found or any(not any(text[:at].rstrip().endswith(g) for g in given) for at in found):
            return False
    return True
