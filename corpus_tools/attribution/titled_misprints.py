"""A titled surname a paper misprints by one letter, beside the full name it prints right.

A paper names a person in full once ("stipendiary magistrate Ann Rees") and quotes her under a
title and a misprinted surname ("Mrs Bees said ..."). The misprint, not a second person, speaks:
the findings had counted her "re-attributed" from the wire's magistrate to "Mrs Bees"
(12.08.99/snooker of the claims audit, round 12, S kind 7, ``benchmarks/claims.md``).
:mod:`~.misprints` needs a shared given name, which a titled surname lacks; here the evidence is
the document itself:

* the speaker's label is a gender title and one surname ("Mrs Bees"), which the document never
  writes after a given name;
* the document writes exactly one full name ("Ann Rees") whose surname has as many letters (four
  or more) and differs from it in one letter, and the title's gender does not contradict a title
  the document gives that surname; or, with no such full name, a surname the document titles
  twice or more ("Mr Hals" between two "Mr Hale"s). One letter off is one letter changed, or an
  "m" a scanned page read as "rn" or "ni" ("Mr Carnian" beside "George Carman": 03.04.00/marco,
  the mirror 7, round 18's held-out audit, cause 6).

* :func:`corrected_surname`: a speaker's reading with such a label replaced by the full name; a
  bare surname label the document titles ("Mr Hampton, for the defendants," read as "Hampton")
  is read with its title (15.03.00/irving, the independent's "Mr Hampton" beside "Richard Rampton
  QC", ``benchmarks/claims_tune23.md`` K6, i33).
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon
from corpus_tools.attribution.namesakes import title_gender

__all__ = ["corrected_surname"]

_TITLED = re.compile(r"^(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z'-]+)$")
_FULL = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z'-]{3,})\b")
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Dame)"
#: the fewest letters of a surname read as misprinted (as :data:`~.misprints.MIN_LETTERS`)
MIN_LETTERS = 4


@functools.lru_cache(maxsize=64)
def _full_names(text: str) -> dict[str, str]:
    """surname -> "Given Surname" for each full name the text writes (the given name not a title,
    a stop word or a rank); read once per document."""
    out: dict[str, str] = {}
    for given, last in _FULL.findall(text):
        bare = given.lower()
        if bare in lexicon.STOP_WORDS or bare in lexicon.MALE_TITLES | lexicon.FEMALE_TITLES:
            continue
        if bare in lexicon.SPEAKER_WORDS["official"] or bare in lexicon.RANKS_BEFORE_A_NAME:
            continue
        out.setdefault(last, f"{given} {last}")
    return out


#: letters a scanned page misreads for "m" ("Mr Carnian" for "Mr Carman"): one letter misprinted
_SCANNED_M = ("rn", "ni")


def _one_letter(a: str, b: str) -> bool:
    if len(a) < MIN_LETTERS or len(b) < MIN_LETTERS:
        return False
    if len(a) != len(b):  # "m" read as "rn" or "ni" ("Carnian", "Carman")
        return any(x.replace(s, "m") == y for s in _SCANNED_M for x, y in ((a, b), (b, a)))
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _titled_in(label: str, text: str) -> str:
    """A bare surname label as the text titles it ("Hampton": "Mr Hampton"), when the text gives it
    one title only; else ""."""
    if not re.fullmatch(r"[A-Z][a-z'-]+", label) or f" {label}" not in text:
        return ""  # the pattern below needs the name after a space: no pattern compiled without one
    if "Mr" not in text and "Ms" not in text and "Miss" not in text:
        return ""
    titles = set(re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.? {re.escape(label)}\b", text))
    return f"{titles.pop()} {label}" if len(titles) == 1 else ""


def corrected_surname(s: dict, text: str) -> dict:
    """A named person's reading (``speaker_label``, ``speaker_type``, ``named``) whose label is a
    title and a misprinted surname, under the full name the document ``text`` prints right
    (module docstring); else ``s`` unchanged.

    Example:
        >>> text = "Magistrate Ann Rees cleared her. Mrs Bees said the case was weak."
        >>> s = {"speaker_label": "Mrs Bees", "speaker_type": "person", "named": True}
        >>> corrected_surname(s, text)["speaker_label"]
        'Ann Rees'
        >>> corrected_surname(s, "Mrs Bees said the case was weak.")["speaker_label"]
        'Mrs Bees'
    """
    label = " ".join(str(s["speaker_label"]).split())
    found = _TITLED.match(label) or _TITLED.match(_titled_in(label, text))  # "Hampton": "Mr Hampton, for"
    if not found or not s["named"] or s["speaker_type"] not in ("person", "official"):
        return s
    title, name = found.groups()
    full = _full_names(text)
    if name in full:
        return s
    near = [last for last in full if _one_letter(last, name)]
    if not near:  # "Mr Hals" between two "Mr Hale"s: the surname the document titles twice
        titled = re.findall(rf"\b{_TITLES}\.? ([A-Z][a-z'-]+)\b", text)
        near = sorted({last for last in titled if titled.count(last) >= 2 and _one_letter(last, name)})
        full = {last: f"{title} {last}" for last in near}
    if len(near) != 1:
        return s
    titles = re.findall(rf"\b({_TITLES})\.? (?:[A-Z][\w'-]* )?{re.escape(near[0])}\b", text)
    if title_gender(titles) not in ("", title_gender([title])):
        return s
    return {**s, "speaker_label": full[near[0]], "speaker_type": "person"}
