"""Companies a story names: a company is an institution, never a named person.

The tagger reads a company's name as a person's when nothing in its sentence says otherwise
("Thames Water pleaded guilty", "Hallam Gas said"). A story says it elsewhere: "the firm, Thames
Water", "water company Hallam Gas", "Thames Water Utilities Ltd", "Hallam Gas, the energy
company". Those names are institutions wherever the story quotes them, and "the company" or "the
firm" of a story that names one company is that company. A firm named after a person ("Phil
Collins Ltd") is not that person: where the text writes the surname as a person's, with a title
("Mr Collins"), an age ("Collins, 49,") or a person's description before the name ("Rock star
Phil Collins"), the name alone is the person's (29.03.00/collins, a METER courts story of round
12's tuning, ``benchmarks/claims_tune12.md``, kind S4).

* :func:`company_names`: the names a text ties to a company;
* :func:`company_description`: whether a speaker label is an unnamed description of a company
  ("The company", "the water firm");
* :func:`company_in_label`: the company a label names whole or in apposition ("The defendant,
  Harbour Print Ltd, publisher of The Courier": Harbour Print).
"""

from __future__ import annotations

import re

__all__ = ["COMPANY_HEADS", "company_description", "company_in_label", "company_names"]

#: head words of a company
COMPANY_HEADS = frozenset("company firm utility supplier operator plc trust".split())
_NAME = r"((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|of|&))*)"
_SUFFIX = r"(?:Ltd|Limited|plc|PLC|Plc|Inc|Corp|Corporation|Holdings|Utilities|Group|LP|L\.P)\.?"
_PATTERNS = (
    # "the firm, Thames Water," / "water company Hallam Gas" / "his airline, Virgin Atlantic"
    re.compile(rf"\b(?:company|firm|utility|supplier|operator|airline|carrier)(?:,| ) ?{_NAME}"),
    # "British Airways": a name whose last word says it is an airline (14.07.99/ba, kind K1)
    re.compile(r"\b((?:[A-Z][\w&'-]* ){1,3}(?:Airways|Airlines|Air Lines))\b"),
    # "Thames Water Utilities Ltd"; "Park and Paterson Ltd", one firm of two names (never "Paterson")
    re.compile(rf"({_NAME[1:-1]}(?: and {_NAME[1:-1]})?) {_SUFFIX}(?: {_SUFFIX})?\b"),
    # "Hallam Gas, the energy company, said" (an apposition closed by its comma)
    re.compile(rf"{_NAME}, (?:the|a|an) (?:[\w-]+ ){{0,2}}(?:company|firm|utility),"),
)
#: a legal suffix, or an article or a sentence's opening word before the name ("But Kenworth Airlines said")
_DROP = re.compile(rf"(?: {_SUFFIX})+$|^(?:The|A|An|But|And|Yet|So|Then|Now) ")
#: a company's legal suffix and an article before its name, taken off a label ("The X Ltd"); a
#: "Group" or "Holdings" stays: "The Kent Support Group" is a group's whole name
_LEGAL = re.compile(r"(?: (?:Ltd|Limited|plc|PLC|Plc|Inc|Corp|LP|L\.P)\.?)+$|^(?:The|the) ")
#: words before a name that make it a person's ("Rock star Phil Collins", "singer Ann Lee")
_PERSON_BEFORE = r"(?:star|singer|musician|actor|actress|presenter|player|tycoon|millionaire|founder)"


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? ")
_AGED = re.compile(r", (?:now |aged )?\d{1,2}\b")
_DESCRIBED = re.compile(rf"\b{_PERSON_BEFORE} ", re.IGNORECASE)


class _PersonContexts:
    """Where ``text`` writes a surname as a person's, read once for every name it is asked about
    (a story's joined text is long and may tie many names to companies: one pass over it, not one
    a name): the text after each title, before each age, after each person's description."""

    def __init__(self, text: str) -> None:
        self.titled = [text[m.end() : m.end() + 60] for m in _TITLED.finditer(text)]
        self.aged = [text[max(0, m.start() - 60) : m.start()] for m in _AGED.finditer(text)]
        self.described = [text[m.end() : m.end() + 120].lower() for m in _DESCRIBED.finditer(text)]

    def person(self, name: str) -> bool:
        """Whether the text writes the surname of ``name`` as a person's: a title, an age, or a
        person's description before the whole name."""
        words = name.split()
        if len(words) < 2:
            return False
        last, full = words[-1], name.lower()
        return (
            any(after.startswith(last) and _ends(after, len(last)) for after in self.titled)
            or any(before.endswith(last) and _starts(before, len(before) - len(last)) for before in self.aged)
            or any(after.startswith(full) and _ends(after, len(full)) for after in self.described)
        )


def _ends(text: str, i: int) -> bool:
    """Whether a word ends at ``text[i]`` (the text ends there, or no word character follows)."""
    return i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def _starts(text: str, i: int) -> bool:
    """Whether a word starts at ``text[i]`` (the text starts there, or no word character precedes)."""
    return i <= 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def company_names(text: str) -> set[str]:
    """The names ``text`` ties to a company, without a legal suffix ("Utilities Ltd").

    Example:
        >>> sorted(company_names("A court fined the firm, Hallam Gas, today. Hallam Gas Utilities Ltd paid."))
        ['Hallam Gas']
        >>> company_names("Greg Holland, the company's operations manager, apologised.")
        set()
        >>> company_names("Rock star Phil Collins sued. Phil Collins Ltd paid the band.")
        set()
    """
    out = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(str(text)):
            name = _DROP.sub("", m.group(1)).strip()
            while _DROP.search(name):
                name = _DROP.sub("", name).strip()
            if name and name[:1].isupper() and len(name) > 2:
                out.add(name)
    people = _PersonContexts(str(text)) if out else None
    return {n for n in out if not people.person(n)}


def company_description(label: str) -> bool:
    """Whether a speaker label is an unnamed, definite description of a company: "The company",
    "the water company", "the firm" (no name in it).

    Example:
        >>> [company_description(x) for x in ("The company", "the water firm", "a company", "Hallam Gas")]
        [True, True, False, False]
    """
    words = re.findall(r"[\w'-]+", str(label))
    return (
        len(words) in (2, 3)
        and words[0].lower() == "the"
        and words[-1].lower() in COMPANY_HEADS
        and not any(w[:1].isupper() for w in words[1:])
    )


def company_in_label(label: str, companies: set[str]) -> str:
    """The company of ``companies`` (names without their legal suffix, :func:`company_names`) that
    a speaker label names, the whole label or one part of it between commas, its legal suffix
    ("Ltd", "plc") and article dropped ("MGN Ltd"; "The defendant, Harbour Print Ltd, publisher of
    The Courier"): a role noun before the company's name in apposition ("The defendant")
    describes the company, it does not make a person of it (17.04.00/vanessa of round 16's tuning,
    ``benchmarks/claims_tune16.md``, kind U3). "" when no part is one.

    Example:
        >>> company_in_label("The defendant, Harbour Print Ltd, publisher of The Courier", {"Harbour Print"})
        'Harbour Print'
        >>> [company_in_label(x, {"Harbour Print"}) for x in ("Harbour Print Ltd", "Ann Print")]
        ['Harbour Print', '']
    """
    if not companies:
        return ""
    for part in str(label).split(","):
        name = _LEGAL.sub("", " ".join(part.split())).strip()
        if name in companies:
            return name
    return ""
