"""The same officer under a wrong given name is relabelled, not another speaker.

"Det Insp John Hale" in a paper for the source's "Detective Inspector Tom Hale", the same rank
("Det Insp" for "Detective Inspector"), the same surname and the same quotation, with only the
given name different, is one person the paper named wrongly.
The survival rows called him another speaker ("gives the statements of 1 to another speaker",
the claims audit's twenty-third round, 03.04.00/breeder's star, cause 7, bd51). Identity
(:meth:`~.speaker_identity._Who.same`) rightly keeps two given names apart; the fate of a
statement the version carries over is read here: a slip of the given name when all else agrees.

* :func:`given_slip`: whether two named people differ only in their given names, their titles
  agreeing (a short form for a long one: "Det" for "Detective").
"""

from __future__ import annotations

import dataclasses

__all__ = ["given_slip"]


def _titles(who) -> set[str]:
    """The words of a speaker's description that are no part of its names (its titles, rank)."""
    name_words = {w for n in who.names for w in n.lower().split()} | {f.lower() for f in who.firsts}
    return {w for w in who.description if w not in name_words}


def _agree(a: set[str], b: set[str]) -> bool:
    """Each title of one side is a title of the other or a short form of it, and the reverse."""
    fits = lambda x, ys: any(y.startswith(x) or x.startswith(y) for y in ys)  # noqa: E731
    return bool(a) and bool(b) and all(fits(x, b) for x in a) and all(fits(y, a) for y in b)


def given_slip(me, them) -> bool:
    """Whether ``me`` and ``them`` (:class:`~.speaker_identity._Who`) are named people whose given
    names differ (both have one) while surname, gender and titles agree."""
    if not (me.named and them.named and me.kind == them.kind == "person"):
        return False
    if not me.firsts or not them.firsts or me.firsts & them.firsts:
        return False
    if not dataclasses.replace(them, firsts=frozenset()).same(me):
        return False
    return _agree(_titles(me), _titles(them))
