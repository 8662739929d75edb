"""A joint plea of two people named apart ("Alleyne and Matthews pleaded not guilty") is a plea of
each: two speakers, never a third, the pair, beside them. Only a plea (admit, deny, plead: the
caller's test, :func:`~corpus_tools.attribution.pleas.plea`): other joint mentions keep their span,
which PolNeAR's Source spans are (``benchmarks/polnear.py``).

The attribution reader makes a row for each name of a coordinated subject
(:func:`~corpus_tools.attribution.subjects.coordinated_names`); the first row's mention is the
first name's subtree, which holds the others too, so the pair was a speaker of its own and the
second name counted in it and again alone (round 11's reading of 18.02.00/bridge,
``benchmarks/claims.md``, "Eleventh round, after the round's fixes": "Alleyne and Matthews" beside
"Matthews" among PA's speakers). A couple named with one surname ("Christopher and Meryl Grant",
"Mr and Mrs Grant") stays one joint mention (:mod:`~corpus_tools.attribution.couples`): its first
name is no name alone.
"""

from __future__ import annotations

import re

__all__ = ["own_conjunct"]


def _words(span) -> int:
    return sum(1 for t in span if t.pos_ == "PROPN")


def _firm(mention, head, text: str) -> bool:
    """Whether the tagger reads the coordination as one organisation's name ("Marks and Spencer")
    and the text never names its first name without it."""
    if head.ent_type_ != "ORG" or head.ent_iob_ != "B":
        return False
    words = re.findall(rf"\b{re.escape(head.text)}\b", text)
    return len(words) <= text.count(mention.text)


def own_conjunct(mention, head, others: list, text: str = ""):
    """The first name's own mention (a spaCy Span) when the subject coordinates it with other
    names (``others``, their mentions) and each is named alike: both by a surname alone
    ("Alleyne and Matthews") or both in full ("Tom Alleyne, 19, and Ben Matthews"); ``mention``
    otherwise (a couple: "Christopher and Meryl Grant"; a firm the tagger names as one and ``text``,
    the story, never names apart, "Marks and Spencer").

    Args:
        mention: the first name's mention, which may run over the others.
        head: the first name's head token.
        others: the mentions of the other names (spaCy Spans of the same parse).
        text: the text of the story (or the document).
    """
    doc = mention.doc
    if others and head.lower_ in ("he", "she") and mention.start == head.i:  # "He and Sumer deny"
        return doc[head.i : head.i + 1]
    if not others or head.pos_ != "PROPN" or _firm(mention, head, text):
        return mention  # "Marks and Spencer said": one firm
    end = min(o.start for o in others)
    if not (mention.start <= head.i < end <= mention.end):
        return mention
    cut = end
    while cut > head.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    own = doc[mention.start : cut]
    full = [_words(own) > 1, *(_words(o) > 1 for o in others)]
    return own if len(set(full)) == 1 and head.text not in {o.root.text for o in others} else mention
