"""A person's surname with the place he lives in, which the tagger took for an institution.

"Sylvia Ames, 55, and John Kemp, 43, deny conspiracy to murder. / Kemp of Hale Park, Cheshire,
also denies perverting the course of justice." The tagger reads "Kemp of Hale Park" as one name, an
organisation's (as "Friends of the Earth"), and the findings counted a second speaker, an
institution, beside John Kemp (29.03.00/stepmother's first take, ``benchmarks/claims_tune20.md``,
kind K2). A court report writes a defendant's address after his surname, with or without the comma
(", of Hale Park,"): a label that is one capitalised word, "of" and a place of capitalised words
(a county after a comma allowed) is that surname's person when the source group names a person of
that surname (``people``). "Friends of the Earth" is no such label ("the" is not capitalised), nor
is a title's "Prince of Wales" or "Lord of Appeal".

* :func:`resident_surname`: the surname such a label stands for, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon

__all__ = ["resident_surname"]

_WORDS = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)"  # one to three capitalised words: {0,2} more after the first
_PLACED = re.compile(rf"([A-Z][a-z][\w'-]*),? of {_WORDS}{{0,2}}(?:, {_WORDS}?)?,?")
#: words that make "X of PLACE" a title, not a surname and an address ("Lord of Appeal", "Prince of Wales")
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.SPEAKER_WORDS["official"]


def resident_surname(label: str, people: set[str]) -> str:
    """The surname a label "SURNAME of PLACE[, COUNTY]" stands for, when ``people`` (the surnames
    the group gives persons) holds it; else "".

    Example:
        >>> resident_surname("Kemp of Hale Park, Cheshire", {"Kemp", "Ames"})
        'Kemp'
        >>> resident_surname("Kemp, of Hale Park", {"Kemp"}), resident_surname("Kemp of Hale Park", set())
        ('Kemp', '')
        >>> resident_surname("Friends of the Earth", {"Friends"}), resident_surname("Ames", {"Ames"})
        ('', '')
        >>> resident_surname("Prince of Wales", {"Prince"})
        ''
    """
    found = _PLACED.fullmatch(" ".join(str(label).split()))
    if not found or found.group(1).lower() in _TITLES:
        return ""
    return found.group(1) if found.group(1) in people else ""
