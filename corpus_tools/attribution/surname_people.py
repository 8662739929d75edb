"""A bare surname the tagger took for an organisation is the person the text named in full with it
before: "Boxing champion Garry Delany was today cleared of assaulting two young women ... /
Flame-haired 6ft 6ins tall Delany breathed a huge sigh of relief ... / Commonwealth light
heavyweight champion Delany was found not guilty ..." (read from round 30's held-out
07.10.99/punch, ``benchmarks/claims.md``, rows pu5, pu14 and pu15: "Delany" tagged ORG twice, so
the only person before "He claimed", "The 29-year-old ... denied" and "He told the jury" was the
verdict sentence's, too far back, and every statement of the defendant was left unresolved).

The rule: the features of a one-word mention typed ``organisation`` whose word is the surname of
exactly one person named in full before it (:func:`~.namesakes.full_names`) are that person's: type
``person`` and the surname (so it joins "Garry Delany" and a later "he" may stand for it; no given
name, which :func:`~.namesakes.full_names` reads as the word before the surname, a middle name in
"Kevin Joseph Morrison", 16.07.99/informant). A surname two people share is left alone.

* :func:`person_surname`: the features, retyped, or unchanged.
"""

from __future__ import annotations

import re

__all__ = ["person_surname"]

#: one capitalised word, a surname's shape
_WORD = re.compile(r"[A-Z][a-z][\w'-]+")


def person_surname(f: dict, pos: int, names: list[tuple[int, str, str]]) -> dict:
    """The features ``f`` of a mention at ``pos`` (:func:`~.speakers.speaker_features`) retyped as
    the one person named in full with its word as surname before it (module docstring); else ``f``.

    Args:
        f: the mention's features (``type``, ``label``, ``surname``, ``first``, ``heads``, ``key``).
        pos: the mention's offset (cleaned text).
        names: :func:`~.namesakes.full_names` of the document, ``(offset, given, surname)``.

    Example:
        >>> f = {"type": "organisation", "label": "Delany", "surname": "", "first": "", "heads": {"delany"}}
        >>> person_surname(f, 90, [(10, "Garry", "Delany")])["type"]
        'person'
        >>> person_surname(f, 90, [(10, "Garry", "Delany"), (40, "Ann", "Delany")])["type"]
        'organisation'
    """
    if f["type"] != "organisation" or not _WORD.fullmatch(f["label"]):  # a cheap test first
        return f
    givens = {given for at, given, surname in names if surname == f["label"] and at < pos}
    if len(givens) != 1:
        return f
    return {**f, "type": "person", "surname": f["label"], "affiliation": "unknown"}
