"""A place of appearance is no speaker: "The woman will appear before Leeds Magistrates charged
that she stole ..." names the court where she will appear, and "charged" there is the charge she
faces, not a statement of the court. The parser may read "before" as a conjunction and the court
as the subject of "charged" (round 22's held-out 12.07.99/bombings, kind 2 of
``benchmarks/claims.md``'s twenty-second round). :func:`appearance_place` tells such a mention;
:mod:`corpus_tools.attribution.document_attributions` drops it with one line.
"""

from __future__ import annotations

__all__ = ["appearance_place"]

#: verbs of being brought to a court ("will appear before", "was brought before", "stood before")
_APPEARING = frozenset({"appear", "bring", "stand", "come", "go", "put"})


def appearance_place(mention, verb) -> bool:
    """Whether the speaker ``mention`` (a spaCy Span) of the cue ``verb`` is the place someone
    appears before ("will appear before Leeds Magistrates charged that"): the word before it is
    "before", a verb of appearing stands just before that, and the cue comes after the mention.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Two men will appear before Leeds Magistrates charged that they stole a van.")
        >>> appearance_place(doc[5:7], doc[7]), appearance_place(doc[0:2], doc[7])
        (True, False)
    """
    start = mention.start
    if start < 2 or verb.i < mention.end or mention.doc[start - 1].lower_ != "before":
        return False
    window = mention.doc[max(0, start - 4) : start - 1]
    return any(t.lemma_.lower() in _APPEARING and t.pos_ in ("VERB", "AUX") for t in window)
