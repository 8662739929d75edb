"""A body the source names by its head noun alone is the version's body named in full with it.

"A salesman described by police as 'cruel beyond words'" in the wire, "Kent police described him as
'cruel beyond words'" in a paper: the paper names the force the wire calls "police", and keeps
police on its own statement. Identity (:meth:`~.speaker_identity._Who.same`) keeps an unnamed
body apart from a named one, and :func:`~.kept_forms.short_label_ids` reads only the other way
(the source's named body, the version's short label), so the survival rows called police "quoted
only on another statement" (the claims audit's twenty-third round, 03.04.00/breeder's telegraph,
cause 7, bd72-bd73). The rule: the source's unnamed institution described by one word (its head
noun: "police", "council") is the version's named institution whose name ends with that word,
when no other body of the source has that head; a paper the same way ("The daily", after the
source's "the official People's Daily", is the version's "the People's Daily": round 37).

* :func:`qualified_ids`: the version's speakers that are such a body.

An unnamed group told with one word more that places or names it is the same group: "Commission
sources said" in one story, "EC Commission sources said yesterday ..." in the next, with the first
story's figure; "About 20 members of the Taiwan parliament" and "about 20 members of the parliament
who asked the government to diversify". Identity keeps an unnamed speaker by every word of its
description, so the later story "dropped" or "relabelled" the group it quotes (round 36, branch
sweep36: 3928+4096 and 17316+17382 of ``claims.swept_36``, ``benchmarks/speaker_sweep36.md``,
survival kind 2). The rule reads the two labels: one is the other with one word more, that word a
proper word (a country or its people's word, an acronym, or capitalised after the label's first
word: "Japanese", "EC", "Taiwan"), and the words
they share identify the group by more than a generic head (two words or more, one of them
capitalised or a number, or three).

* :func:`qualified_group`: whether two unnamed speakers' labels are such a group.
"""

from __future__ import annotations

from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.entities import DEMONYMS, GOVERNMENTS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["qualified_group", "qualified_ids"]


#: the kinds of body a head noun names: an institution, or the media ("The daily" for "the People's
#: Daily", round 37, branch survival37: 12750+12879 of ``claims.swept_33``)
_BODIES = ("organisation", "media")
#: words that identify no group: articles and prepositions
_LINKS = frozenset("a an the of in for to and with on at from".split())


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
    if me.kind not in _BODIES or me.named or len(me.description) != 1:
        return set()
    (head,) = me.description
    if any(r.kind in _BODIES and r.named and any(_head(n) == head for n in r.names) for r in rivals):
        return set()
    return {i for i, them in mine.items() if them.kind == me.kind and _qualifies(them, head)}


def _qualifies(them, head: str) -> bool:
    """Whether a body is named (or, unnamed, described by two words: "Kent police") with ``head``
    as its head noun; an unnamed one whose other word is itself a body's head ("police federation")
    is another body."""
    if them.named:
        return any(_head(n) == head for n in them.names)
    other = set(them.description) - {head}
    return head in them.description and len(other) == 1 and not other & (INSTITUTION_HEADS | COMPANY_HEADS)


def qualified_group(a: str, b: str) -> bool:
    """Whether two unnamed speakers' label forms (:func:`~.label_cases.label_form`) are one group
    told with one proper word more or less.

    Example:
        >>> qualified_group("Commission sources", "EC Commission sources")
        True
        >>> qualified_group("about 20 members of the Taiwan parliament", "about 20 members of the parliament")
        True
        >>> qualified_group("trade sources", "Dutch trade sources")  # nothing names the group
        False
        >>> qualified_group("officials", "U.S. officials")
        False
        >>> qualified_group("Commission sources", "senior Commission sources")  # no proper word
        False
    """
    wa, wb = a.split(), b.split()
    if abs(len(wa) - len(wb)) != 1:  # the cheap test first
        return False
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    low = [w.lower() for w in short]
    at = next((i for i in range(len(long)) if [w.lower() for w in long[:i] + long[i + 1 :]] == low), -1)
    if at < 0:
        return False
    extra = long[at]
    place = extra.lower() in DEMONYMS or extra.lower() in GOVERNMENTS  # "Japanese", "Taiwan"
    if not (place or (len(extra) > 1 and extra.isupper()) or (at > 0 and extra[:1].isupper())):  # "EC"
        return False
    shared = [(i, w) for i, w in enumerate(long) if i != at and w.lower() not in _LINKS]
    proper = any(i > 0 and w[:1].isupper() or any(c.isdigit() for c in w) for i, w in shared)
    return len(shared) >= 3 or (len(shared) == 2 and proper)
