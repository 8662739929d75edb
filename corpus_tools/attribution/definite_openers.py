"""A report's opening sentence that brings a person in under a definite description ("The drunken
skipper of a cargo ship ... after admitting"), the person named after it.

A report's first sentence often brings its person in with "the" as readily as with "a": "The
drunken skipper of a cargo ship which ran aground after he dozed off was today facing a prison
sentence after admitting breaching the Merchant Shipping Act. / Polish Chief Officer Jerzy Pawluk
was in charge of the 900-tonne MV Roustel ... / Pawluk, 42, later pleaded guilty". Nothing before
it has named anyone, so "the" cannot point back: the description is as new as "A drunken skipper"
and is the man named next. :mod:`~.opening_pleas` and :mod:`~.opening_speakers` read only the
indefinite kind, and the findings had counted "The drunken skipper ..." as one more, anonymous,
speaker beside Pawluk, in PA's take and in every paper's drop list (read from TUNE_27's
27.01.00/skipper, skipper1 6, ``benchmarks/claims_tune27.md`` K1).

The rule: an unnamed speaker label that opens with "the" and a lower-case word (headline capitals
allowed: "THE CHAIRMAN of ..."), mentioned in the document's first sentence (no full stop, question
or exclamation mark in the text before it: a wire take's header, headline and byline have none), is
read as the same description with "a", when its head is a person's ("woman", "judge", "driver") or
its sentence has "he", "she", "his", "her" or "him" ("The staff of the SEC" is no one), by
:func:`~.opening_pleas.pleading_opener` with all its conditions (a plea in its own sentence, the
person named in full in the next sentences, not named before, pleading under that name). Not by
:func:`~.opening_speakers.speaking_opener`: "The boy denies arson. / In his opening speech Richard
Wade QC ... said" is an unnamed defendant, not the barrister who speaks next
(``tests/test_one_speaker.py``).

* :func:`definite_opener`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS
from corpus_tools.attribution.epithets import GENDERED_HEADS
from corpus_tools.attribution.named_before import PERSON_NOUNS
from corpus_tools.attribution.opening_pleas import description_head, pleading_opener

__all__ = ["definite_opener"]

#: "The drunken skipper", "THE CHAIRMAN of": the definite article and a lower-case (or capitals) word
_DEFINITE = re.compile(r"^the\s+(?=[a-z]|[A-Z]{2,}\b)", re.IGNORECASE)
#: the end of a sentence: any before the mention means it is not in the first sentence
_SENTENCE_END = re.compile(r"[.!?]")
#: heads of one person ("The woman", "The judge"); any other head needs a singular pronoun in the
#: description's sentence ("The drunken skipper ... after he dozed off"): "The staff of the SEC" is no one
_PERSONS = (
    PERSON_HEADS | PERSON_NOUNS | frozenset(GENDERED_HEADS) | lexicon.SPEAKER_WORDS["official"]
) - lexicon.SPEAKER_WORDS["anonymous"]
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def definite_opener(label: str, named: bool, before: str, after: str, surnames: set[str]) -> str:
    """The full name a definite description in a report's first sentence stands for (module
    docstring), else "".

    Args:
        label: the speaker's label ("The drunken skipper of a cargo ship").
        named: whether the speaker is named (a named speaker is never read so).
        before: the document's text before the mention.
        after: the document's text from the mention on.
        surnames: the surnames the text gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = "The van driver today admitted six burglaries. Tom Hale, 42, pleaded guilty at York."
        >>> definite_opener("The van driver", False, "", text, {"Hale"})
        'Tom Hale'
        >>> definite_opener("The van driver", False, "Police came. ", text, {"Hale"})
        ''
    """
    label = " ".join(str(label).split())
    m = _DEFINITE.match(label)
    if named or m is None or _SENTENCE_END.search(before):
        return ""
    indefinite = "a " + label[m.end() :]
    sentence = _SENTENCE_END.split(after, maxsplit=1)[0]
    if description_head(indefinite) not in _PERSONS and not _PRONOUN.search(sentence):
        return ""  # "The staff of the SEC plans ...": no one person
    return pleading_opener(indefinite, before, after, surnames)
