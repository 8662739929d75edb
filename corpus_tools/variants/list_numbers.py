"""A numbered paragraph's number: "1." opening a paragraph of a statement given in full, no fact.

A statement, a communique or a plan the wire gives as its text numbers its paragraphs or points
("1. The finance ministers met today.", "2) Regular price reviews will be held."). The number
orders the text; it counts nothing, so a version that quotes the paragraph without it, or leaves
the paragraph out, cuts no number. Found in round 59 of the hand reading of update series
(branch facts37, `benchmarks/family_round59.md`: the Group of Seven's statement, whose numbers
"1", "2" and "3" were cut on both of its edges, six false rows). In the Reuters-21578 bodies, a
sentence opens on one or two digits, a point or a closing bracket and a capital only in such lists.

A sentence is taken as it is split (:func:`corpus_tools.variants.facts.split_sentences`): the
number opens it, since the splitter never ends a sentence after a one-digit number and a point.
"""

from __future__ import annotations

import re

__all__ = ["list_number", "list_prefix"]

#: one or two digits, a point or a closing bracket (an opening one before: "(2)"), then a space and a
#: capital (a quotation mark or a bracket before it), or the sentence's end ("12." split off alone)
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)](?=\s+[\"“(]?[A-Z]|\s*$)")


def list_number(sentence: str) -> tuple[int, int] | None:
    """The span of the number a numbered paragraph opens on, or None.

    >>> list_number("1. The ministers met today."), list_number("(2) Reviews will be held.")
    ((0, 2), (0, 3))
    >>> list_number("15 pct of the shares"), list_number("3.5 mln dlrs"), list_number("1987. The")
    (None, None, None)
    """
    if not sentence[:1] or sentence[0] not in "(0123456789":  # the cheap test first
        return None
    m = _LIST_NUMBER.match(sentence)
    return m.span() if m else None


def list_prefix(prefix: str) -> bool:
    """Whether the text before a sentence's word is only a list's number, so that the word opens
    the sentence ("1. Others agreed": "Others" is the sentence's first word, no name).

    >>> list_prefix("1. "), list_prefix("(3) "), list_prefix("up 3. ")
    (True, True, False)
    """
    prefix = prefix.strip()
    return bool(prefix) and list_number(prefix) == (0, len(prefix))
