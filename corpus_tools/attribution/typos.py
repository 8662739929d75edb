"""A determiner run into its noun in wire copy: "``It is almost as if ...,'' theprosecutor said."
(22.11.99/abuse, a METER courts story of round 12's tuning, ``benchmarks/claims_tune12.md``, kind
S9). The run-together word is no name: read as "the prosecutor", the role its holder the text
names ("prosecutor Christopher Lee QC") holds, not one more, anonymous speaker."""

from __future__ import annotations

import re

from corpus_tools import lexicon
from corpus_tools.attribution.descriptions import PERSON_HEADS

__all__ = ["unglued"]

_GLUED = re.compile(r"(the|a|an)([a-z]{4,})", re.IGNORECASE)
#: the nouns read after a run-in determiner: offices, institutions and a person's head words
_HEADS = lexicon.SPEAKER_WORDS["official"] | lexicon.SPEAKER_WORDS["organisation"] | PERSON_HEADS


def unglued(label: str) -> str:
    """``label`` with a determiner run into its noun set apart ("theprosecutor" -> "the
    prosecutor"); any other label as it is.

    Example:
        >>> unglued("theprosecutor"), unglued("Thejudge"), unglued("another"), unglued("Mr Lee")
        ('the prosecutor', 'The judge', 'another', 'Mr Lee')
    """
    glued = _GLUED.fullmatch(str(label).strip())
    if glued and glued.group(2).lower() in _HEADS:
        return f"{glued.group(1)} {glued.group(2)}"
    return label
