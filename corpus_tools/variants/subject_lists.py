"""A body named for a list of subjects is one name (round 48, benchmarks/family_round48.md): "the
House Agriculture Subcommittee on Conservation, Credit and Rural Development" is one subcommittee,
not "... Subcommittee on Conservation", "Credit" and "Rural Development". A name ending in a body's
head word, "on" or "for" and a subject, then capitalised subjects after commas and a last one after
"and" (or ", and"), each of three words at most, is joined into one span.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import HONORIFICS

__all__ = ["subject_lists"]

#: the head words of a body named for its subjects ("Committee on ...", "Council for ...")
_HEADS = r"(?:Sub)?[Cc]ommittee|Commission|Council|Board|Office|Institute|Ministry|Department"
_BODY_ON = re.compile(r"\b(?:" + _HEADS + r")\s+(?:on|for)\s+[A-Z]")

_SAID = re.compile(r"\s+(?:said|say|says|told|added)\b")


def _person(word: str) -> bool:
    """Whether a list item starts as a person does ("Mr", "Sen."): no subject of a body."""
    return word.lower().rstrip(".") in HONORIFICS


def subject_lists(sentence: str, spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``spans`` (start, text) with a body's list of subjects joined to the body's name.

    >>> s = "He chairs the Senate Committee on Fisheries, Forests and Rural Roads in Oslo."
    >>> spans = [(0, "He"), (14, "Senate Committee on Fisheries"), (45, "Forests"), (57, "Rural Roads")]
    >>> subject_lists(s, spans)
    [(0, 'He'), (14, 'Senate Committee on Fisheries, Forests and Rural Roads')]
    >>> t = "The Council for Trade, Mr Smith and Jones said."
    >>> subject_lists(t, [(4, "Council for Trade"), (23, "Mr Smith"), (36, "Jones")])[0][1]
    'Council for Trade'
    """
    out = list(spans)
    k = 0
    while k < len(out):
        start, text = out[k]
        if _BODY_ON.search(text):
            end = k
            while end + 1 < len(out):
                s0, t0 = out[end]
                gap = sentence[s0 + len(t0) : out[end + 1][0]]
                words = out[end + 1][1].split()
                if gap not in (", ", " and ", ", and ") or len(words) > 3 or _person(words[0]):
                    break
                end += 1
                if gap != ", ":
                    break
            last_gap = sentence[out[end - 1][0] + len(out[end - 1][1]) : out[end][0]] if end > k else ""
            said = _SAID.match(sentence, out[end][0] + len(out[end][1]))  # "..., Smith and Jones said"
            if end > k and last_gap in (" and ", ", and ") and not said:
                last_start, last = out[end]
                out[k : end + 1] = [(start, sentence[start : last_start + len(last)])]
        k += 1
    return out
