"""A full name set off by "<Surname>'s husband" (or wife) is the spouse of the bare surname, not
that person.

A wire names a defendant by her bare surname ("Tagg said the group ... might have been a bit
noisy", "Tagg told the court ...") and then calls her husband as a witness, in full, with his kin
word set off after the name: "Roger Tagg, Tagg's husband, of West 73rd Street, New York, told the
court his wife was a ``very, very nice sweet person''", then "Mr Tagg said: ...". One surname, no
given name on the bare side and no title on it, so the husband was made one speaker with his wife
(:func:`~.same_speakers.one_person`): the take counted one "Tagg" for two people, and the wife's
own "Tagg" of the other takes was counted apart from her, the husband dropped in no list. Read
from TUNE_28's 26.01.00/rage (rage2sub 4-23; ``benchmarks/claims_tune28.md``, kind T2).

The shape: "<Given> <Surname>, <Surname>'s [word] <kin word>" (a kin word of one sex: husband,
wife, father, mother, son, daughter, brother, sister). The full name has the kin word's sex; the
bare surname, the possessor, has the other sex when the kin word is "husband" or "wife". Read with
:func:`~.kin_genders.member_gender` (which reads a kin word inside a label, a title or a titled
possessor, none of them here), the two sexes keep the two people apart, and "Mr Tagg" joins the
husband.

* :func:`apposed_gender`: ``m``, ``f`` or "" for a speaker label of a document by such an
  apposition;
* :func:`spouse_gender`: :func:`~.kin_genders.member_gender`, else :func:`apposed_gender` (the
  gender :mod:`~.identities` gives each speaker);
* :func:`apposed_genders`: the same sexes keyed as :func:`~.speakers.resolve_speakers`' ``genders``
  (``(given name, surname)`` and ``surname``), so that the document's first reading keeps the two
  apart too (a husband's "Mr Tagg" gave the bare surname his sex there); :func:`cued_genders`,
  the same read from the parse of a document's speaker mentions.
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.kin_genders import member_gender

__all__ = ["apposed_gender", "apposed_genders", "cued_genders", "spouse_gender"]

_KIN = {
    "husband": "m", "father": "m", "son": "m", "brother": "m",
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f",
}  # fmt: skip
_OTHER = {"husband": "f", "wife": "m"}
#: "Roger Tagg, Tagg's husband", "Ann Dale, Dale's 40-year-old wife"
_APPOSED = re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w'-]+), \2's (?:[\w-]+ )?(" + "|".join(_KIN) + r")\b")


@functools.lru_cache(maxsize=256)
def _genders(text: str) -> dict[str, str]:
    """Label -> sex for the full names and bare surnames ``text`` sets off so."""
    out: dict[str, str] = {}
    for given, name, kin in _APPOSED.findall(text):
        out[f"{given} {name}"] = _KIN[kin]
        if kin in _OTHER:
            out.setdefault(name, _OTHER[kin])
    return out


def apposed_gender(label: str, text: str) -> str:
    """``m``, ``f`` or "" for a speaker ``label`` of a document ``text``: the kin word's sex for the
    full name it is set off after, the other spouse's for the bare surname before "'s husband".

    Example:
        >>> text = "Dale told the court she was calm. Tom Dale, Dale's husband, told the court more."
        >>> [apposed_gender(x, text) for x in ("Tom Dale", "Dale", "Mr Dale", "Ann Cole")]
        ['m', 'f', '', '']
    """
    if "'s " not in text:  # the cheap test first
        return ""
    return _genders(text).get(" ".join(str(label).split()), "")


def spouse_gender(label: str, text: str) -> str:
    """:func:`~.kin_genders.member_gender` of ``label`` in ``text``, else :func:`apposed_gender`.

    Example:
        >>> text = "Dale told the court she was calm. Tom Dale, Dale's husband, told the court more."
        >>> [spouse_gender(x, text) for x in ("Tom Dale", "Dale", "Mr Dale", "Ann Cole")]
        ['m', 'f', 'm', '']
    """
    return member_gender(label, text) or apposed_gender(label, text)


def apposed_genders(text: str) -> dict:
    """``(given name, surname) -> sex`` of each full name ``text`` sets off by "<Surname>'s <kin
    word>", and ``surname -> sex`` of the spouse for "husband" and "wife"; {} for most texts.

    Example:
        >>> apposed_genders("Dale told the court. Tom Dale, Dale's husband, said more.")
        {('Tom', 'Dale'): 'm', 'Dale': 'f'}
    """
    if "'s " not in text:  # the cheap test first
        return {}
    out: dict = {}
    for label, sex in _genders(text).items():
        out[tuple(label.split()) if " " in label else label] = sex
    return out


def cued_genders(atts: list) -> dict:
    """:func:`apposed_genders` read from the parse of the attributions ``atts``: a speaker mention
    whose head has an apposition of a kin word owned by its own surname ("Roger Tagg, Tagg's
    husband, told"), with the given name before it (no text rebuilt: the check is a walk over the
    head's few children).

    Example:
        >>> cued_genders([])
        {}
    """
    out: dict = {}
    for a in atts:
        root = a.mention.root
        for c in root.children:
            if c.dep_ != "appos" or c.lower_ not in _KIN:
                continue
            if not any(p.dep_ == "poss" and p.text == root.text for p in c.children):
                continue
            given = [g.text for g in root.lefts if g.dep_ == "compound" and g.pos_ == "PROPN"]
            if given:
                out[(given[-1], root.text)] = _KIN[c.lower_]
                if c.lower_ in _OTHER:
                    out.setdefault(root.text, _OTHER[c.lower_])
    return out
