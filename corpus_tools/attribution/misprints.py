"""One named person whose surname a paper misprints: "Brian Dodds" for the wire's "Brian Dodd",
"Philip Broomfield" for "Philip Bromfield", "Phil Coffins" for "Phil Collins" (the METER courts
stories of round 12's tuning, ``benchmarks/claims_tune12.md``, kind S6: each counted the person
dropped or re-attributed while the paper quotes him). Two speakers are one person when they share
a given name and their surnames are one misprint apart (:func:`~.surnames.misprint`: at most two
letters changed, the first kept, the lengths at most one letter apart); a shared given name is
required, so "Mr Dodd" and "Mr Dodds" stay two people."""

from __future__ import annotations

from corpus_tools.attribution.institution_names import same_institution
from corpus_tools.attribution.surnames import misprint

__all__ = ["misprint", "misprinted_surname", "same_names"]

#: the fewest letters of a surname read as misprinted ("Dodd"; "Lee" and "Lea" stay two)
MIN_LETTERS = 4


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
    return orgs and any(same_institution(x, y) for x in a.names for y in b.names)
