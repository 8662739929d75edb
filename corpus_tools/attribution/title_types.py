"""A speaker's type read from the words around a name, where the parse typed it by the wrong
word. Four shapes, read from the METER courts story 28.09.99/inqshot (the claims audit's
fourteenth round, S kind 3, "labels and types built wrong"):

* a body's kind before its name: "Pressure group Inquest", "The campaign group Roadwatch" is an
  institution, named (the tagger took the name for a person's, or left it unnamed); the label
  keeps the kind, so a body named like a hearing ("Inquest") is not taken for one;
* an office before a full name: "Co-director Mary Fenton" (a hyphen before the office word) is
  that person, named, not an anonymous description;
* a titled name with its force or body after it: "Detective Superintendent Brian Hollis of Kent
  Police" is the officer, not his force; "Judge Dudley Bennett at Nottingham Crown Court" the judge,
  his label cut before "at" (01.03.00/francis, the express 7: the claims audit's fifteenth round,
  fr20), so that he is the judge the other papers name;
* a place and an institution's head word, no title and no given name: "Scotland Yard" is an
  institution, whatever the tagger made of it.

Each is pinned by ``tests/test_speakers_heldout14.py``."""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.speakers import given_name
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["titled_type"]

#: the kind of a body, before its name ("pressure group Inquest", "the charity Shelter")
_BODY_KINDS = ("group", "charity", "campaign", "union", "organisation", "organization", "association")
_NAME = r"[A-Z][\w'\u2019&-]*"
_BODY_NAME = re.compile(
    rf"^(?:(?i:the) )?(?:[A-Za-z-]+ ){{0,2}}(?:{'|'.join(_BODY_KINDS)}) ({_NAME}(?: {_NAME}){{0,3}})$"
)
#: prepositions that make the name someone the speaker is for or of ("Lawyers for Home Secretary X")
_OF_SOMEONE = {"for", "of", "to", "from", "at", "with", "by", "on", "behind"}
#: head words of an institution that are no surname, after a place ("Scotland Yard", "Kent Police")
_PLACE_HEADS = {"yard", "police", "authority", "ministry", "commission", "committee", "department", "agency"}
_TITLES = (
    lexicon.SPEAKER_WORDS["official"] | lexicon.MALE_TITLES | lexicon.FEMALE_TITLES | lexicon.POLICE_RANKS
)


def _office(word: str) -> bool:
    """A word of an office, its prefix aside ("Co-director", "deputy", "Superintendent")."""
    return word.lower().rstrip(".").split("-")[-1] in _TITLES


def _name_words(words: list[str]) -> bool:
    """Two or more capitalised words of letters (a hyphen or an apostrophe allowed)."""
    bare = [w.replace("-", "").replace("'", "") for w in words]
    return len(words) >= 2 and all(w[:1].isupper() and b.isalpha() for w, b in zip(words, bare, strict=True))


def titled_type(s: dict) -> dict:
    """A speaker (``speaker_label``, ``speaker_type``, ``named``) typed again by the shapes of the
    module's docstring; any other speaker is returned as it is.

    Example:
        >>> s = {"speaker_label": "Pressure group Inquest", "speaker_type": "person", "named": True}
        >>> titled_type(s)["speaker_label"], titled_type(s)["speaker_type"]
        ('Pressure group Inquest', 'organisation')
        >>> s = {"speaker_label": "Co-director Mary Fenton", "speaker_type": "anonymous", "named": False}
        >>> titled_type(s)["speaker_type"], titled_type(s)["named"]
        ('official', True)
    """
    label, stype = " ".join(str(s["speaker_label"]).split()), s["speaker_type"]
    if stype == "government":
        return s
    body = _BODY_NAME.match(label)
    if body:  # "Pressure group Inquest"
        return {**s, "speaker_type": "organisation", "named": True}
    words = label.split()
    office = len(words) >= 3 and _office(words[-3]) and _name_words(words[-2:]) and given_name(words[-2])
    office = office and not _OF_SOMEONE & {w.lower() for w in words[:-3]}  # "Lawyers for Home Secretary X"
    if office and not s["named"] and words[-1].lower() not in _PLACE_HEADS | INSTITUTION_HEADS:
        return {**s, "speaker_type": "official", "named": True}  # "Co-director Mary Fenton"
    before, of, _ = label.partition(" of ")
    before, at, _ = (before, "", "") if of else label.partition(" at ")
    titled = before.split()
    officer = len(titled) >= 3 and _office(titled[0]) and _name_words(titled[-2:])
    if of and stype == "organisation" and officer:
        return {**s, "speaker_type": "official", "named": True}  # "Det Supt Brian Hollis of Kent Police"
    if at and stype == "organisation" and officer:  # "Judge Ann Cole at Leeds Crown Court": the judge
        return {**s, "speaker_label": before, "speaker_type": "official", "named": True}
    if (
        stype in ("person", "official")
        and len(words) == 2
        and _name_words(words)
        and words[-1].lower() in _PLACE_HEADS
        and words[0].lower().rstrip(".") not in _TITLES
    ):
        return {**s, "speaker_type": "organisation", "named": True}  # "Scotland Yard"
    return s
