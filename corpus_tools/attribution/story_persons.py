"""A witness's given name and surname that the entity reader took for an institution.

A paper may name a witness once, by her given name and surname, and the entity reader may tag the
two words an organisation ("Helen Merral said the boy appeared ..."): the findings then counted
"1 institution", and survival could not match her to the source's "Mrs Merral" (03.04.00/noye, the
express 27; claims.md's round 21, rows ny59-ny62). When no sentence of the paper gives her a title,
the story's other versions may: a two-word name whose surname the story writes after a personal
title ("Mrs Merral", "Mr Hale") is a person. :func:`~.identities._retype` asks
:func:`story_person` with one line, beside :func:`~.caps_names.capitals_person`.
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS
from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["story_person"]

_NOT_NAMES = lexicon.SPEAKER_WORDS["organisation"] | COMPANY_HEADS | INSTITUTION_HEADS | {"the", "a", "an"}
#: a given name and a surname, each one capitalised word of letters ("Ann Hale", "Jo O'Neill")
_NAME = re.compile(r"[A-Z][a-z]+ (?:Ma?c|O')?[A-Z][a-z][\w'-]*")
#: a personal title before a surname, given names between allowed ("Mrs Ann Hale", "Mr Hale")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.? (?:[A-Z][\w'-]+ )*((?:Ma?c|O')?[A-Z][a-z][\w'-]*)\b")


@functools.lru_cache(maxsize=8)
def _titled_surnames(text: str) -> frozenset[str]:
    """The surnames ``text`` writes after Mr, Mrs, Ms or Miss."""
    return frozenset(_TITLED.findall(text))


def story_person(label: str, story_text: str) -> bool:
    """Whether a speaker label is a given name and a surname (neither word an institution's or a
    company's, no article) whose surname the story's text (``story_text``, every version) writes
    after a personal title.

    Example:
        >>> story = "Helen Pryce said the boy was angry. ... Mrs Pryce told the court she saw it."
        >>> story_person("Helen Pryce", story), story_person("Helen Pryce", "Helen Pryce said so.")
        (True, False)
        >>> story_person("Pryce Trust", story + " Mr Trust"), story_person("The Pryce", story)
        (False, False)
    """
    label = " ".join(str(label).split())
    if not _NAME.fullmatch(label) or {w.lower() for w in label.split()} & _NOT_NAMES:
        return False
    return label.split()[-1] in _titled_surnames(str(story_text))
