"""A person's gender by the title another version of the story gives her full name.

A paper may name a witness by her given name and surname alone ("Ann Pryce described how ...
'They were covered in blood,' she said."), and its "she" then went to the other woman it gave a
title ("Another witness, Mrs Lowe"): the title gave that surname a gender and made her the woman
"she" is first read as, while the untitled name had none (03.04.00/noye, the express 38-40, Mrs
Titley's words given to Mrs Parish; claims.md's round 21, ny60, ny61). The story's other versions
often write the same full name after a title ("Mrs Ann Pryce", the wire's). :func:`story_genders`
gives a document those genders, for the full names it writes with no title of its own, keyed by
surname and by ``(given name, surname)`` as :func:`~.namesakes.person_gender` reads them;
:func:`~.attributions._attribution_frame` merges them first, so the document's own readings win.
"""

from __future__ import annotations

import functools
import re

from corpus_tools import lexicon

__all__ = ["story_genders", "story_texts"]

_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z]+) ((?:Ma?c|O')?[A-Z][a-z][\w'-]*)\b")


@functools.lru_cache(maxsize=8)
def _titled(text: str) -> dict[tuple[str, str], str]:
    """``(given name, surname) -> "m" or "f"`` of every full name ``text`` writes after a personal
    title; a name written after titles of both sexes gets none."""
    found: dict[tuple[str, str], set[str]] = {}
    for title, given, last in _TITLED.findall(text):
        if given.lower() not in _TITLES:
            found.setdefault((given, last), set()).add("m" if title == "Mr" else "f")
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def story_genders(text: str, story: str) -> dict:
    """The genders the story's titles (``story``: every version's text) give the full names a
    document's ``text`` writes without a title: ``surname`` and ``(given name, surname)`` -> "m" or
    "f", for a surname the document writes with that one given name and never after a title.

    Example:
        >>> story = "Mrs Ann Pryce told the court she saw it. Mr Tom Lowe agreed."
        >>> story_genders("Ann Pryce described it, she said. Tom Lowe and Mr Lowe spoke.", story)
        {('Ann', 'Pryce'): 'f', 'Pryce': 'f'}
        >>> story_genders("Ann Pryce and Jo Pryce came.", story)
        {}
    """
    out: dict = {}
    for (given, last), g in _titled(str(story)).items():
        if f"{given} {last}" not in text:  # the cheap test first
            continue
        written = set(re.findall(rf"\b([A-Z][a-z]+)\.? {re.escape(last)}\b", text))
        if written == {given}:  # "Ann Pryce" only: no "Mrs Pryce", no "Jo Pryce"
            out[(given, last)] = out[last] = g
    return out


def story_texts(corpus) -> dict[str, str]:
    """Each document's story text: its ``story``'s versions joined (the whole corpus, one story,
    without that column), one string a story.

    Example:
        >>> import pandas as pd
        >>> c = pd.DataFrame({"text": ["a", "b", "c"], "story": ["s", "s", "t"]}, index=["x", "y", "z"])
        >>> story_texts(c)
        {'x': 'a\\n\\nb', 'y': 'a\\n\\nb', 'z': 'c'}
    """
    stories = corpus["story"] if "story" in corpus.columns else dict.fromkeys(corpus.index, "")
    parts: dict[str, list[str]] = {}
    for d, t in corpus["text"].items():
        parts.setdefault(str(stories[d]), []).append(str(t))
    joined = {k: "\n\n".join(v) for k, v in parts.items()}
    return {str(d): joined[str(stories[d])] for d in corpus.index}
