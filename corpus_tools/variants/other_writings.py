"""Three ways of writing one fact read as one (round 49, benchmarks/family_round49.md): a fraction
as "one third" and "a third"; a name its own text gives with its initials in apposition ("the
Real Estate Select View Program, or RSVP") and the other text by those initials alone; a place
("Alberta") and its people ("Albertans"). Each is a held fact, neither cut nor added.
"""

from __future__ import annotations

import re

__all__ = ["a_part_held", "initials_given_held", "people_of_place_held"]

_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
#: "a third" as an amount: before "of" or a stop ("a third of the staff", "by a third."), or after
#: a word of amount ("by up to a third the benefits", "nearly a quarter"), not an ordinal's noun
#: ("sold to a third party", "a quarter point")
_PART = "(" + "|".join(_PARTS) + ")"
_A_PART = re.compile(
    r"\ba\s+" + _PART + r"(?=\s+of\b|\s*[.,;:)]|\s*$)"
    r"|\b(?:by(?:\s+(?:up\s+to|about|nearly|almost|some|roughly|more\s+than|over))?|more\s+than|less\s+than"
    r"|about|nearly|almost|roughly)\s+a\s+" + _PART + r"\b",
    re.I,
)


def a_part_held(key: str, other_raw: str) -> bool:
    """Whether a fraction of one part (``key`` "1/3", from "one third") is written in the other
    text as "a third" used as an amount.

    >>> a_part_held("1/3", "cuts benefits by up to a third.")
    True
    >>> a_part_held("1/3", "sold to a third party"), a_part_held("2/3", "by a third.")
    (False, False)
    """
    m = re.fullmatch(r"1/(\d+)", key)
    if m is None:
        return False
    want = int(m.group(1))
    return any(_PARTS[(g.group(1) or g.group(2)).lower()] == want for g in _A_PART.finditer(other_raw))


#: initials in capitals, a digit allowed after the first letter ("FCL", "G-7")
_INITIALS = r"[A-Z][A-Z0-9&-]{1,7}"
#: a run of capitalised words, connecting words between them ("Group of Seven")
_RUN = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|on|and|for|the|de|&)\s+)*[A-Z][\w&'’.-]*)*"
#: the opening of an apposition: ", or " or a bracket
_APPOSED = r"\s*(?:,\s*or\s+|\(\s*)"
#: the run of capitalised words a stretch of text ends on
_RUN_BEFORE = re.compile(_RUN + r"$")


def initials_given_held(name: str, this_raw: str, other_raw: str) -> bool:
    """Whether a name its own text follows with its initials in apposition (", or RSVP", " (RSVP)")
    is held by the other text naming it by those initials alone; or, the other way round, whether
    initials (``name``) its own text gives in apposition after a name ("the Group of Seven (G-7)")
    are held by the other text naming it by that name (round 59, branch facts37,
    benchmarks/family_round59.md: "G-7" added where the parent writes "Group of Seven").

    >>> initials_given_held("Farm Credit Link", "the Farm Credit Link, or FCL, opens.", "FCL opens")
    True
    >>> initials_given_held("Farm Credit Link", "the Farm Credit Link, or FCL, opens.", "It opens")
    False
    >>> initials_given_held("G-9", "the Group of Nine (G-9) met", "the Group of Nine met")
    True
    >>> initials_given_held("G-9", "the Group of Nine (G-9) met", "the group met")
    False
    """
    m = re.search(re.escape(name) + _APPOSED + "(" + _INITIALS + r")\b", this_raw)
    if m is not None and re.search(r"\b" + re.escape(m.group(1)) + r"\b", other_raw) is not None:
        return True
    if f"({name}" not in this_raw and f"or {name}" not in this_raw or not re.fullmatch(_INITIALS, name):
        return False  # the cheap test first: the initials just after a bracket or "or"
    for given in re.finditer(_APPOSED + re.escape(name) + r"(?![\w-])", this_raw):
        run = _RUN_BEFORE.search(this_raw, max(0, given.start() - 120), given.start())
        full = run and re.sub(r"^(?:The|A|An)\s+", "", run.group())  # "The Council of Nine (C-9)"
        if full and re.search(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", other_raw):
            return True
    return False


def people_of_place_held(name: str, other_raw: str) -> bool:
    """Whether a place and its people name one place across the two texts: "Albertans" where the
    other text names "Alberta", "Newfoundlanders" and "Newfoundland", and the other way round (one
    capitalised word or more; the people are the place with "ns", "n" or "ers" after it).

    >>> people_of_place_held("Albertans", "the Alberta premier agreed")
    True
    >>> people_of_place_held("Newfoundland", "give Newfoundlanders a chance")
    True
    >>> people_of_place_held("Albertans", "the Albert Hall"), people_of_place_held("Partners", "Part")
    (False, False)
    """
    if not re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", name):
        return False
    people = re.fullmatch(r"(.+?)(?:ns|ers)", name)
    if people and len(people.group(1)) >= 5:
        stem = people.group(1)
        return re.search(r"\b" + re.escape(stem) + r"\b(?![-'’])", other_raw) is not None
    return len(name) >= 5 and re.search(r"\b" + re.escape(name) + r"(?:ns|ers)\b", other_raw) is not None
