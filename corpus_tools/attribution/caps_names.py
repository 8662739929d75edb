"""A person's name in a paper's opening capitals: "JANE DOWLING walked free yesterday ...".

:func:`~.speakers.speaker_type` reads a proper noun in capitals as an initialism, an institution
("The RSPB said"). A paper may set its first words in capitals, a person's given name and surname
among them (21.02.00/hindley, the times 0; claims_tune21.md, kind K7). :func:`capitals_person`
reads such a two-word name as the person when the text names her in ordinary case: its surname
title-cased is one the text gives a person ("Mrs Dowling"), or the text with the name title-cased
gives it one ("Jane Dowling began ...", then "that Dowling had"; :func:`~.surnames.person_surnames`).
:func:`~.identities._retype` asks it with one line.
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS, person_surnames

__all__ = ["capitals_person"]

_NOT_NAMES = lexicon.SPEAKER_WORDS["organisation"] | COMPANY_HEADS | INSTITUTION_HEADS


def capitals_person(label: str, people: set[str], text: str = "") -> bool:
    """Whether a speaker label is a person's given name and surname in capitals ("JANE DOWLING")
    whose surname title-cased is in ``people`` (the surnames the text gives to people) or is a
    person's in ``text`` with the label title-cased, neither word an institution's ("ACME
    HOLDINGS", "BRITISH COUNCIL").

    Example:
        >>> capitals_person("JANE DOWLING", {"Dowling"}), capitals_person("JANE DOWLING", {"Pike"})
        (True, False)
        >>> capitals_person("JANE DOWLING", set(), "JANE DOWLING wept. He said that Dowling had lied.")
        True
        >>> capitals_person("THE RSPB", {"Rspb"}), capitals_person("Jane Dowling", {"Dowling"})
        (False, False)
        >>> capitals_person("OMAR EL HADI", {"El Hadi"}), capitals_person("BANK OF ENGLAND", {"England"})
        (True, False)
    """
    words = re.findall(r"[^\s]+", str(label))
    if len(words) not in (2, 3) or not all(w.isalpha() and w.isupper() and len(w) > 1 for w in words):
        return False  # three words: a surname of two ("MOHAMED AL FAYED", round 22's TUNE_22 hamilton)
    if {w.lower() for w in words} & (_NOT_NAMES | {"the", "a", "an", "of", "and"}):
        return False
    names = {words[-1].title(), " ".join(words[1:]).title()}
    return bool(names & people) or bool(
        names & person_surnames(str(text).replace(str(label), str(label).title()))
    )
