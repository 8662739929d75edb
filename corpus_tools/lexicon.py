"""Word lists shared by every analysis, each kept in one place.

* :data:`WORD_PATTERN`: what a word token is, for the loader's word counts,
  the cleaned-text tokens, the variants diff and the scale engine's hashed
  tokens ("U.S." keeps its final dot; "Iran's" is one token).
* :data:`US_SPELLING`: British -> American spellings (breame's list, lower case).
* :data:`REPORTING_VERBS`: lemmas of verbs of saying: textacy's English list
  (``textacy.constants.REPORTING_VERBS["en"]``) merged with the news cues it
  lacks ("quote", "comment", "emphasise", "vow", ...).
* :data:`AGENCIES`: news agencies, lower case. A corpus may add outlets of its own.
* :data:`NUMBER_WORDS`: small number words and their value.

Nothing here is loaded from the network; the lists are plain Python sets.
"""

from __future__ import annotations

import re

from breame.spelling import BRITISH_ENGLISH_SPELLINGS
from textacy.constants import REPORTING_VERBS as _TEXTACY_REPORTING

__all__ = [
    "AGENCIES",
    "NUMBER_WORDS",
    "REPORTING_FORMS",
    "REPORTING_VERBS",
    "STRONG_CUES",
    "US_SPELLING",
    "WORD_PATTERN",
    "WORD_RE",
    "reporting_forms",
]

#: A word: a dotted abbreviation ("U.S.", "a.m."), or letters and digits, with
#: inner apostrophes ("Iran's", "don't"). Underscores and punctuation split words.
WORD_PATTERN = r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['\u2019][^\W_]+)*"
WORD_RE = re.compile(WORD_PATTERN)

#: British spelling -> American spelling, lower case ("programme" -> "program").
US_SPELLING: dict[str, str] = {uk.lower(): us.lower() for uk, us in BRITISH_ENGLISH_SPELLINGS.items()}

#: Lemmas of verbs of saying: textacy's list plus news cues it lacks.
REPORTING_VERBS: frozenset[str] = frozenset(_TEXTACY_REPORTING["en"]) | {
    "assert",
    "caution",
    "comment",
    "emphasise",
    "emphasize",
    "quote",
    "repeat",
    "reveal",
    "vow",
}

#: Cues that attribute even without a clausal complement ("..., the official said").
STRONG_CUES: frozenset[str] = frozenset(
    {"say", "tell", "add", "state", "quote", "decline", "comment", "write", "report", "note"}
)

_IRREGULAR = {
    "according": (),
    "admit": ("admitted", "admits"),
    "say": ("said", "says"),
    "tell": ("told", "tells"),
    "think": ("thought", "thinks"),
    "write": ("wrote", "written", "writes"),
}


def reporting_forms(lemmas: frozenset[str] | set[str]) -> frozenset[str]:
    """Inflected forms of reporting-verb lemmas ("say" -> said, says; "deny" -> denied...).

    Example:
        >>> sorted(reporting_forms({"say", "deny"}))
        ['denied', 'denies', 'deny', 'said', 'say', 'says']
    """
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma)
        if lemma in _IRREGULAR:
            out.update(_IRREGULAR[lemma])
            continue
        if lemma.endswith("e"):
            out.update((lemma + "d", lemma + "s"))
        elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
            out.update((lemma[:-1] + "ied", lemma[:-1] + "ies"))
        elif lemma.endswith(("s", "sh", "ch")):
            out.update((lemma + "ed", lemma + "es"))
        else:
            out.update((lemma + "ed", lemma + "s"))
    return frozenset(out)


#: Every inflected form of :data:`REPORTING_VERBS`, lower case.
REPORTING_FORMS: frozenset[str] = reporting_forms(REPORTING_VERBS)

#: News agencies, lower case (plus the generic nouns "agency", "agencies").
AGENCIES: frozenset[str] = frozenset(
    {
        "reuters",
        "ap",
        "afp",
        "bloomberg",
        "xinhua",
        "tass",
        "irna",
        "isna",
        "fars",
        "tasnim",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "yonhap",
        "pti",
        "ani",
        "ians",
        "upi",
        "epa",
        "pa",
        "anadolu",
        "interfax",
        "agency",
        "agencies",
    }
)

#: Small number words and their value ("two officials" counts 2).
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
