"""The surnames a text gives to people, and one given name under a misprint.

* :data:`INSTITUTION_HEADS`: head words that make a name an institution ("Human Rights Watch");
* :func:`person_surnames`: the surnames a text gives to people ("General Augusto Pinochet",
  "Mr Jones", "charges against Augusto Pinochet", "Denning, 58,");
* :func:`misprint`: two given names of one person ("Akin" / "Alun", "Ken" / "Kenneth").

Split from :mod:`corpus_tools.attribution.identities`, which reads them for each source group.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from corpus_tools.lexicon import LEGAL_FORMS

__all__ = ["INSTITUTION_HEADS", "misprint", "person_surnames"]

#: head words that make a name an institution, whatever the NER says ("Human Rights Watch",
#: "the Law Lords", "the Home Office"; a declarative table). "magistrates" and "justices": "Brent
#: Magistrates' Court" made "Magistrates" a surname, so the bench "Magistrates who rejected his claims
#: ... decided" was a named person (round 27's held-out 07.10.99/knickers of the METER courts);
#: "exchange", "bourse" and a union's "workers" (round 34: orgs34, "The New York Mercantile Exchange",
#: "The United Auto Workers" typed persons beside the same body, Reuters-21578 791 and 10113;
#: tune34, "The New York Stock Exchange said" retyped a person, 5612 of ``TUNE_34``, U2); "unit"
#: (tune37: "the Economist Intelligence Unit (EIU ) said" typed a person, 3019 of ``TUNE_37``, V3)
INSTITUTION_HEADS = frozenset(
    """watch lords commons office court council committee commission ministry party union exchange
    workers steelworkers teamsters machinists
    association agency authority authorities department bureau board trust society federation
    institute foundation league alliance coalition tribunal police service services bank
    corporation company group inquiry parliament assembly senate congress government
    administration embassy army navy organisation organization network campaign hospital
    infirmary university college magistrates justices bourse unit""".split()
)
_PERSON_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|General|Gen|Judge|Justice|Senator|President|"
    r"Professor|Prof|Inspector|Sergeant|Det|Detective)\.? (?:[A-Z][\w'-]+ )*([A-Z][a-z][\w'-]*)"
)

#: a surname, a "Mc", "Mac" or "O'" with a capital after it included ("McKay", "O'Neill")
_SURNAME = r"(?:Ma?c|O')?[A-Z][a-z][a-z-]+"
#: a given name and a surname inside a sentence ("against Augusto Pinochet"), not after a sentence end
_FULL_NAME = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]+) ([A-Z][a-z][\w'-]+)\b(?! [A-Z])")
#: a given name and a surname anywhere, a sentence's start and a capitalised word before included
_ANY_FULL_NAME = re.compile(rf"\b([A-Z][a-z]+) ({_SURNAME})\b(?! [A-Z])")
#: a capitalised word alone inside a sentence, before a comma, a possessive or a verb's lower case
_ALONE = re.compile(rf"(?<![\w'-])(?:[a-z]+,?|,) ({_SURNAME})(?=,|'s|\u2019s| [a-z])")
#: a capitalised word with an age in apposition ("Denning, 58, from Bracknell")
_AGED_NAME = re.compile(rf"\b({_SURNAME}), \d{{1,2}},")
#: capitalised words that open a name that is no person's ("Human Rights", "Crown Court")
_NOT_GIVEN = frozenset("the a an his her their its this that new north south east west crown".split())


def person_surnames(text: str) -> set[str]:
    """The surnames a text gives to people: after a title ("Mr Jones", "General Augusto Pinochet")
    or after a given name inside a sentence ("charges against Augusto Pinochet"); a name whose
    last word is an institution's head ("Human Rights Watch") or a legal form ("General Electric Co",
    round 35, branch tune35: "Co" made a surname, and "National Broadcasting Co, a unit of General
    Electric Co, said" a person, Reuters-21578 19816) is none.

    Example:
        >>> text = "General Mark Doyle came. Mr Hughes spoke, and so did Anna Berg. The Home Office agreed."
        >>> sorted(person_surnames(text))
        ['Berg', 'Doyle', 'Hughes']
    """
    # "General Electric Co", "General Motors Corp": a company after the title's word, no surname
    found = {n for n in _PERSON_TITLE.findall(str(text)) if n.lower() not in LEGAL_FORMS}
    for given, last in _FULL_NAME.findall(str(text)):
        if given.lower() not in _NOT_GIVEN and last.lower() not in INSTITUTION_HEADS:
            found.add(last)
    alone = set(_ALONE.findall(str(text))) | set(_AGED_NAME.findall(str(text)))  # "that Denning, 59, was"
    for given, last in _ANY_FULL_NAME.findall(str(text)):  # "Chris Denning, 58," opening a sentence
        if last in alone and given.lower() not in _NOT_GIVEN and last.lower() not in INSTITUTION_HEADS:
            found.add(last)
    return found


def misprint(a: str, b: str) -> bool:
    """Two first names of one person: one misprint apart ("Akin", "Alun": at most two letters
    changed), or one the short form the other opens with ("Ken", "Kenneth"; three letters or more).

    Example:
        >>> misprint("Akin", "Alun"), misprint("Ken", "Kenneth"), misprint("Ken", "Keith")
        (True, True, False)
    """
    short, full = sorted((a, b), key=len)
    if len(short) >= 3 and full.startswith(short):
        return True
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    return Levenshtein.distance(a, b, score_cutoff=2) <= 2
