"""One named person whose surname a paper misprints: "Brian Dodds" for the wire's "Brian Dodd",
"Philip Broomfield" for "Philip Bromfield", "Phil Coffins" for "Phil Collins" (the METER courts
stories of round 12's tuning, ``benchmarks/claims_tune12.md``, kind S6: each counted the person
dropped or re-attributed while the paper quotes him). Two speakers are one person when they share
a given name and their surnames are one misprint apart (:func:`~.surnames.misprint`: at most two
letters changed, the first kept, the lengths at most one letter apart); a shared given name is
required, so "Mr Dodd" and "Mr Dodds" stay two people.

Two named institutions are one when one's name is the other's with one letter misprinted
(:func:`misprinted_body`: a one-word name of seven letters or more, a legal suffix aside, the first
letter kept, no word of an institution's kind): "Schlumberger Ltd said it terminated an
agreement" and the next story's "Sclumberger had said" (round 35, branch sweep35, the sweep's 5643+5724,
``benchmarks/speaker_sweep35.md``: the company's statements were called re-attributed to its own
misspelt name).

A body's initials misprinted once are the body (:func:`misprinted_initials`): "the Economist
Intelligence Unit (EIU ) said. / The EIU said ... / "Thus far they have been willing," the EIC
said" (round 39, branch tune39, from round 37's ``TUNE_37`` 3019 13 and 3065 13, kind V3 of
``benchmarks/claims_tune37.md``, left by tune37 and tune38: a second institution "the EIC"). Initials
of three to five capitals that the text writes once, never in brackets, one letter from exactly one
set of initials the text gives in brackets after a name ("(EIU )"; "(OECD)" is no such set), the
first letter kept, are those."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from corpus_tools.attribution.institution_names import LEGAL_SUFFIXES, same_institution
from corpus_tools.attribution.surnames import INSTITUTION_HEADS, misprint

__all__ = ["misprint", "misprinted_body", "misprinted_initials", "misprinted_surname", "same_names"]

#: the fewest letters of a surname read as misprinted ("Dodd"; "Lee" and "Lea" stay two)
MIN_LETTERS = 4
#: the fewest letters of an institution's one-word name read as misprinted ("Sclumberger")
MIN_BODY_LETTERS = 7


def misprinted_surname(names_a, names_b, firsts_a, firsts_b) -> bool:
    """Whether two named people's surnames (``names_*``) are one misprint apart while they share a
    given name (``firsts_*``).

    Example:
        >>> misprinted_surname({"Dodd"}, {"Dodds"}, {"Brian"}, {"Brian"})
        True
        >>> misprinted_surname({"Dodd"}, {"Dodds"}, set(), {"Brian"})
        False
        >>> misprinted_surname({"Dodd"}, {"Doddington"}, {"Brian"}, {"Brian"})
        False
    """
    if not set(firsts_a) & set(firsts_b):
        return False
    return any(
        min(len(a), len(b)) >= MIN_LETTERS and abs(len(a) - len(b)) <= 1 and misprint(a, b)
        for a in names_a
        for b in names_b
    )


def same_names(a, b) -> bool:
    """Whether two named speakers' identities (``names``, ``firsts``: surnames and given names)
    share a surname, or one misprinted (:func:`misprinted_surname`); two institutions, one of
    the other's names a short form or the initials (:func:`~.institution_names.same_institution`:
    "the Commission" of one take, "the European Commission" of another)."""
    if a.names & b.names or misprinted_surname(a.names, b.names, a.firsts, b.firsts):
        return True
    orgs = a.kind == b.kind == "organisation"
    return orgs and any(same_institution(x, y) or misprinted_body(x, y) for x in a.names for y in b.names)


def misprinted_body(a: str, b: str) -> bool:
    """Whether two institutions' names (lower case) are one word each, a legal suffix aside ("ltd"),
    one letter apart, of seven letters or more, with the same first letter and no institution's
    word ("company", "council").

    Example:
        >>> misprinted_body("schlumberger", "sclumberger"), misprinted_body("schlumberger ltd", "sclumberger")
        (True, True)
        >>> misprinted_body("company", "compony"), misprinted_body("amerada", "ameribank")
        (False, False)
        >>> misprinted_body("schlumberger oil", "sclumberger")
        False
    """
    if a[:1] != b[:1]:  # the cheap test first
        return False
    a, b = (" ".join(w for w in x.split() if w not in LEGAL_SUFFIXES) for x in (a, b))
    if " " in a or " " in b or min(len(a), len(b)) < MIN_BODY_LETTERS:
        return False
    if a in INSTITUTION_HEADS or b in INSTITUTION_HEADS:
        return False
    return a != b and Levenshtein.distance(a, b, score_cutoff=1) <= 1


#: a label that is initials alone, an article before them ("the EIC")
_INITIALS = re.compile(r"(?:[Tt]he )?([A-Z]{3,5})")
#: initials in brackets after a name ("Economist Intelligence Unit (EIU )")
_BRACKETED = re.compile(r"\(\s*([A-Z]{3,5})\s*\)")


def misprinted_initials(label: str, text: str) -> str:
    """The bracketed initials a label's misprinted initials stand for (module docstring), else "".

    Example:
        >>> text = "Prices rose, the Economist Intelligence Unit (EIU ) said. The EIU said so. "
        >>> text += "The EIC said it."
        >>> misprinted_initials("the EIC", text), misprinted_initials("The EIU", text)
        ('EIU', '')
        >>> misprinted_initials("the EIB", "The European Investment Bank (EIB) and the EIU (EIU) met.")
        ''
        >>> misprinted_initials("the EIC", "The OECD (OECD) and the EIU (EIU ) met; the EIC said so.")
        'EIU'
    """
    m = _INITIALS.fullmatch(label)
    if m is None or text.count(m.group(1)) != 1:  # the cheap tests first: written once
        return ""
    x, bracketed = m.group(1), set(_BRACKETED.findall(text))
    if x in bracketed:  # "(EIB)": the body's own initials, given once
        return ""
    near = {b for b in bracketed if len(b) == len(x) and b[0] == x[0]}
    near = {b for b in near if Levenshtein.distance(b, x) == 1}  # "(EIU )" beside "(OECD)"
    return next(iter(near)) if len(near) == 1 else ""
