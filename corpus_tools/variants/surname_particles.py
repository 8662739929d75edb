"""A surname that opens on a capitalised particle ("St Leger", "De Niro", "Van Dyke") written with
no first name is the surname alone, a choice of no honorific, not a first name and a surname.

Read on the claims audit's round 27 (``benchmarks/claims.md``, "Twenty-seventh round", cause 7:
fd12): PA writes the defendant "St Leger" throughout, the times "Mr St Leger"; spaCy reads both as
a two-word PERSON, and :func:`corpus_tools.variants.style.house_style` counted a two-word name
without an honorific as a full name ("Kenneth Jones", no choice of either), so the times's
honorific was never compared. :func:`surname_alone` says which names are a surname alone.
"""

from __future__ import annotations

__all__ = ["SURNAME_PARTICLES", "surname_alone"]

#: capitalised particles that open a surname, never a first name ("St Leger", "Le Pen", "Di Canio")
SURNAME_PARTICLES = frozenset({"st", "st.", "de", "du", "le", "la", "van", "von", "di", "da", "del", "della"})


def surname_alone(names: list[str]) -> bool:
    """Whether a PERSON's words (honorifics left out) are a surname alone: one word, or a
    capitalised particle and one word.

    >>> surname_alone(["Guscott"]), surname_alone(["St", "Leger"]), surname_alone(["Kenneth", "Jones"])
    (True, True, False)
    >>> surname_alone(["Marc", "St", "Leger"])
    False
    """
    return len(names) == 1 or (len(names) == 2 and names[0].lower() in SURNAME_PARTICLES)
