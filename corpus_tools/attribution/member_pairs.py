"""A version's named pair that names a source speaker is that speaker's: his statement given to the
pair is kept, not given to another.

A wire quotes two pharmacists apart ("Ziad Kattab pleaded guilty"); a paper names them together
("the pharmacists responsible ..., Ziad Khattab, 25, and Lisa Taylor-Lloyd, 27, pleaded guilty")
and gives the plea to the pair. The member is the pair's: the findings had said the paper "gives
the statements of Ziad Kattab to the pharmacists ..." (01.03.00/chemists, the telegraph 4;
``benchmarks/claims_tune23.md``'s m44, m45; spk51's "Left"). :func:`pairs_naming`, asked in
:func:`~.kept_forms.also_same`: the version's named joint speakers of people (two or more) one of
whose surnames is the source person's, or, for surnames of five letters or more, one letter from
it when no other source speaker bears that spelling ("Khattab" for "Kattab",
:func:`corpus_tools.reuse.misprints.one_edit`, as :mod:`~.pair_members` reads a respelt member).
:func:`apposed_pair` reads such a pair's label, a description with the two names in apposition
and their ages, as the two names (:func:`~.couples.person_names` had read one person, the last).
"""

from __future__ import annotations

import re

from corpus_tools.reuse.misprints import one_edit

__all__ = ["apposed_pair", "pairs_naming"]


def _near(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and one_edit(a.lower(), b.lower()))


def pairs_naming(me, mine: dict, rivals: list) -> set:
    """The speaker ids of ``mine`` (the version's: id -> identity) that are named pairs of people
    naming the one named person ``me`` (module docstring); ``rivals``: the other source speakers'
    identities (a surname one of them bears is his, never ``me``'s respelling).

    Example:
        >>> from types import SimpleNamespace as W
        >>> me = W(people=1, kind="person", named=True, names=frozenset({"Kattab"}))
        >>> pair = W(people=2, kind="person", named=True, names=frozenset({"Khattab", "Lloyd"}))
        >>> pairs_naming(me, {"v:S4": pair}, []), pairs_naming(me, {"v:S4": pair}, [W(names={"Khattab"})])
        ({'v:S4'}, set())
    """
    if me.people != 1 or me.kind != "person" or not me.named or not me.names:
        return set()
    taken = {n for r in rivals for n in r.names}
    return {
        sid
        for sid, o in mine.items()
        if o.people >= 2
        and o.kind == "person"
        and o.named
        and any(n in o.names or any(_near(n, x) and x not in taken for x in o.names) for n in me.names)
    }


#: "the plumbers responsible for it, Omar Haddadi, 25, and Anna Mercer, 27": a description, then two
#: full names in apposition, each with its age
_APPOSED = re.compile(
    r"^(?:[Tt]he|[Tt]wo|[Bb]oth) [^,]*, (?P<a>(?:[A-Z][\w'-]+ )+[A-Z][\w'-]+)(?:, \d{1,3})?,? and "
    r"(?P<b>(?:[A-Z][\w'-]+ )+[A-Z][\w'-]+)(?:, \d{1,3})?$"
)


def apposed_pair(label: str) -> str:
    """The two full names a description gives in apposition, as a pair's label ("Omar Haddadi and
    Anna Mercer"); else ``label``.

    >>> apposed_pair("The plumbers responsible for it, Omar Haddadi, 25, and Anna Mercer, 27")
    'Omar Haddadi and Anna Mercer'
    >>> apposed_pair("The plumber, Omar Haddadi, 25")
    'The plumber, Omar Haddadi, 25'
    """
    found = _APPOSED.match(label)
    return f"{found['a']} and {found['b']}" if found else label
