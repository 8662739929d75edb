"""A body the source names by its head noun alone is the version's body named in full with it.

"A salesman described by police as 'cruel beyond words'" in the wire, "Kent police described him as
'cruel beyond words'" in a paper: the paper names the force the wire calls "police", and keeps
police on its own statement. Identity (:meth:`~.speaker_identity._Who.same`) keeps an unnamed
body apart from a named one, and :func:`~.kept_forms.short_label_ids` reads only the other way
(the source's named body, the version's short label), so the survival rows called police "quoted
only on another statement" (the claims audit's twenty-third round, 03.04.00/breeder's telegraph,
cause 7, bd72-bd73). The rule: the source's unnamed institution described by one word (its head
noun: "police", "council") is the version's named institution whose name ends with that word,
when no other body of the source has that head.

* :func:`qualified_ids`: the version's speakers that are such a body.
"""

from __future__ import annotations

from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["qualified_ids"]


def _head(name: str) -> str:
    words = name.lower().split()
    return words[-1] if len(words) > 1 else ""


def qualified_ids(me, mine: dict, rivals: list) -> set:
    """The version's speakers (``mine``: speaker_id -> identity) that are the source's unnamed body
    ``me`` named in full ("Kent police" for "police"); none when a source body of ``rivals`` is
    named with the same head.

    Example:
        >>> from types import SimpleNamespace as W
        >>> police = W(kind="organisation", named=False, names=set(), description={"police"})
        >>> kent = W(kind="organisation", named=True, names={"kent police"}, description={"kent", "police"})
        >>> sorted(qualified_ids(police, {"v:S1": kent}, []))
        ['v:S1']
        >>> essex = W(kind="organisation", named=True, names={"essex police"})
        >>> qualified_ids(police, {"v:S1": kent}, [essex])
        set()
    """
    if me.kind != "organisation" or me.named or len(me.description) != 1:
        return set()
    (head,) = me.description
    if any(r.kind == "organisation" and r.named and any(_head(n) == head for n in r.names) for r in rivals):
        return set()
    return {i for i, them in mine.items() if them.kind == "organisation" and _qualifies(them, head)}


def _qualifies(them, head: str) -> bool:
    """Whether a body is named (or, unnamed, described by two words: "Kent police") with ``head``
    as its head noun; an unnamed one whose other word is itself a body's head ("police federation")
    is another body."""
    if them.named:
        return any(_head(n) == head for n in them.names)
    other = set(them.description) - {head}
    return head in them.description and len(other) == 1 and not other & (INSTITUTION_HEADS | COMPANY_HEADS)
