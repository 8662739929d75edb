"""Whose mentions a text's honorifics are counted by: a surname used as a modifier is no mention,
and a first name alone is the person its full name names.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 8: bd70,
bd82). :func:`corpus_tools.variants.style.house_style` compares a version's honorifics with the
source's person by person (by surname): the people both name whom the version names otherwise.
Two readings went wrong there:

- **A surname as a modifier** (:func:`modifier_mention`): "the Roe murders", "the Roe case" name no
  one: a one-word name after an article is not the person named without an honorific.
- **A first name alone** (:func:`first_names`, :func:`fold_first_names`): a wire that calls two
  sisters "Ann" and "Jane" after naming them "Ann Roe" and "Jane Roe" names the Roes without an
  honorific, as much as "Roe" would; a paper writing "Miss Roe" names them otherwise. A lone first
  name that the texts read write, in a full name, before one surname only is counted under that
  surname.

:mod:`corpus_tools.report.honorific_scope` then says of how many people the difference holds.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.lexicon import HONORIFICS

__all__ = ["first_names", "fold_first_names", "modifier_mention"]

_ARTICLES = frozenset({"the", "a", "an"})


def modifier_mention(doc, ent) -> bool:
    """Whether a one-word PERSON entity stands after an article ("the Roe murders"): no mention."""
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text.lower() in _ARTICLES


def _key(word: str) -> str:
    return re.sub(r"['’]s?$", "", word).lower()


def first_names(docs) -> dict[str, set[str]]:
    """Each first name written before a surname in a full name (two words or more, honorifics left
    out) in the parsed ``docs``: first name (lower case) -> the surnames it stands before."""
    out: dict[str, set[str]] = {}
    for _k, _offset, doc in docs:
        for ent in doc.ents:
            names = [
                t.text for t in ent if t.text.rstrip(".").lower() not in HONORIFICS and t.text[:1].isupper()
            ]
            if ent.label_ == "PERSON" and len(names) >= 2:
                out.setdefault(_key(names[0]), set()).add(_key(names[-1]))
    return out


def fold_first_names(forms: dict[str, Counter], firsts: dict[str, set[str]]) -> dict[str, Counter]:
    """``forms`` (person key -> Counter of ``with`` / ``bare``) with each lone first name's counts
    moved to the one surname ``firsts`` gives it; a first name that is also a surname, or stands
    before several, stays as it is.

    >>> fold_first_names({"ann": Counter(bare=2), "roe": Counter(bare=1)}, {"ann": {"roe"}})
    {'roe': Counter({'bare': 3})}
    >>> fold_first_names({"ann": Counter(bare=2)}, {"ann": {"roe", "poe"}})
    {'ann': Counter({'bare': 2})}
    """
    surnames = {s for found in firsts.values() for s in found}
    out: dict[str, Counter] = {}
    for person, counts in forms.items():
        found = firsts.get(person, set())
        key = next(iter(found)) if len(found) == 1 and person not in surnames else person
        out.setdefault(key, Counter()).update(counts)
    return out
