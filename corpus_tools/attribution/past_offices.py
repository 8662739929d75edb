"""A description of a political office held in the past: the one person the story names as its
former holder.

A report of a former politician's trial names him once with his past office ("former Tory MP Tom
Dodd", "Tom Dodd, the former Labour minister,") and then varies the reference with another
description of the past: "The former Tory minister said", "the ex-minister told the jury", "The
former trade Minister". An MP and a minister are two posts (:mod:`~.role_descriptions` keeps them
apart), but a description of either held in the past describes one who is out of politics now,
and a reader takes it for the one such person the story names (read from TUNE_15's
08.12.99/hamilton, kind T1 of ``benchmarks/claims_tune15.md``: "The former Tory minister",
"The Tory former minister", "The former corporate affairs Minister", which no version names
beside the name).

The rule: the description is definite, says the office is past ("former", "ex-", "one-time")
and is headed by an office of :data:`OFFICES`; the story names, right after such a past office
("former Tory MP Tom Dodd") or in apposition before it ("Tom Dodd, the former Tory MP"), people
whose capitalised words (the party) include the description's; when that is **one** person of the
document, he is meant. Two former office holders stay apart.

* :func:`past_office_holders`: the surnames a story names as former holders of an office, with
  the capitalised words it sets beside each;
* :func:`past_office_of`: the description's capitalised words when it describes a past office,
  else None.
"""

from __future__ import annotations

import functools
import re

__all__ = ["OFFICES", "past_office_holders", "past_office_of"]

#: offices of politics whose past holder a description may name by either of them
OFFICES = frozenset({"mp", "minister"})
_PAST = frozenset({"former", "ex", "one-time", "onetime"})
_WORD = r"[A-Za-z][\w'-]*"
_OFFICE = r"(?:MPs?|[Mm]inister)"
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)\.? )?((?:[A-Z][a-z][\w'-]+ ){0,2}[A-Z][a-z][\w'-]+)"
#: "former Tory MP Tom Dodd", "ex-Minister Tom Dodd"
_BEFORE_NAME = re.compile(
    rf"\b(?:[Ff]ormer|FORMER|[Ee]x-|[Oo]ne-time)((?: ?{_WORD}){{0,3}}?) ?{_OFFICE} {_NAME}\b"
)
#: "Tom Dodd, the former Tory MP"
_APPOSITION = re.compile(
    rf"\b([A-Z][a-z][\w'-]+), (?:a|the) (?:former|ex-|one-time)((?: ?{_WORD}){{0,3}}?) ?{_OFFICE}\b"
)


def _caps(words) -> frozenset[str]:
    return frozenset(w for w in words if w[:1].isupper() and w.lower() not in _PAST)


def past_office_of(label: str) -> frozenset[str] | None:
    """The capitalised words (a party) of a definite description of an office of :data:`OFFICES`
    held in the past, or None for any other label.

    Example:
        >>> sorted(past_office_of("The former Tory minister")), past_office_of("The minister")
        (['Tory'], None)
        >>> past_office_of("the ex-MP"), past_office_of("The former trade Minister")
        (frozenset(), frozenset())
    """
    words = re.findall(r"[\w'-]+", " ".join(str(label).split()))
    if len(words) < 2 or words[0].lower() not in ("the", "this"):
        return None
    last = words[-1].lower()
    past = {w.lower() for w in words[1:-1]} & _PAST or last.startswith("ex-")
    if not past or last.removeprefix("ex-") not in OFFICES:
        return None
    return _caps(w for w in words[1:-1] if w.lower() not in OFFICES)


@functools.lru_cache(maxsize=8)
def past_office_holders(story: str) -> dict[str, frozenset[str]]:
    """surname -> the capitalised words the story sets between the past and the office ("former
    Tory MP Tom Dodd": {"Dodd": {"Tory"}}), for every person it names as a former holder of an
    office of :data:`OFFICES`; read once per story.

    Example:
        >>> past_office_holders("Former Tory MP Tom Dodd sued. Ann Ray, the former Labour minister, spoke.")
        {'Dodd': frozenset({'Tory'}), 'Ray': frozenset({'Labour'})}
    """
    found: dict[str, set[str]] = {}
    for m in _BEFORE_NAME.finditer(story):
        found.setdefault(m.group(2).split()[-1], set()).update(_caps(m.group(1).split()))
    for m in _APPOSITION.finditer(story):
        found.setdefault(m.group(1), set()).update(_caps(m.group(2).split()))
    return {k: frozenset(v) for k, v in found.items()}
