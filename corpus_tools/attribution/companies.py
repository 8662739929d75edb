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
  ("The company", "the water firm").
"""

from __future__ import annotations

import re

__all__ = ["COMPANY_HEADS", "company_description", "company_names"]

#: head words of a company
COMPANY_HEADS = frozenset("company firm utility supplier operator plc trust".split())
_NAME = r"((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|of|&))*)"
_SUFFIX = r"(?:Ltd|Limited|plc|PLC|Plc|Inc|Corp|Corporation|Holdings|Utilities|Group)\.?"
_PATTERNS = (
    # "the firm, Thames Water," / "water company Hallam Gas"
    re.compile(rf"\b(?:company|firm|utility|supplier|operator)(?:,| ) ?{_NAME}"),
    # "Thames Water Utilities Ltd"
    re.compile(rf"{_NAME} {_SUFFIX}(?: {_SUFFIX})?\b"),
    # "Hallam Gas, the energy company, said" (an apposition closed by its comma)
    re.compile(rf"{_NAME}, (?:the|a|an) (?:[\w-]+ ){{0,2}}(?:company|firm|utility),"),
)
_DROP = re.compile(rf"(?: {_SUFFIX})+$|^(?:The|A|An) ")
#: words before a name that make it a person's ("Rock star Phil Collins", "singer Ann Lee")
_PERSON_BEFORE = r"(?:star|singer|musician|actor|actress|presenter|player|tycoon|millionaire|founder)"


def _named_as_person(name: str, text: str) -> bool:
    """Whether ``text`` writes the surname of ``name`` as a person's: a title, an age, or a
    person's description before the name."""
    words = name.split()
    if len(words) < 2:
        return False
    last, full = re.escape(words[-1]), re.escape(name)
    return bool(
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? {last}\b|\b{last}, (?:now |aged )?\d{{1,2}}\b", text)
        or re.search(rf"\b{_PERSON_BEFORE} {full}\b", text, re.IGNORECASE)
    )


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
    return {n for n in out if not _named_as_person(n, str(text))}


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
