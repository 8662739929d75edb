"""'Had no immediate comment': a refusal to comment, told with the noun, reports no statement.

Wire copy closes a story with the other side's silence: "Government officials had no immediate
comment on the report, which advised a reduction in ... public investment". The noun "comment" is a
cue of saying (:data:`corpus_tools.lexicon.NOMINAL_CUES`), so the officials were counted a speaker
with a statement of their own, beside the report they did not answer, and every later version that
kept the sentence kept them (read from TUNE_33's 3351+3411, 3351 2 and 3411 2, kind T2 of
``benchmarks/claims_tune33.md``). By the audits' rule ("declined to comment" is no statement,
``claims.md``; :data:`~.entities._REFUSALS`), nothing is said: the row stays, as a mention.

The shape: the cue is the noun "comment" (or "comments") and "no" is its determiner ("had no
comment", "had no immediate comment", "offered no comment").

* :func:`no_comment`: whether a cue token is such a noun.
"""

from __future__ import annotations

__all__ = ["no_comment"]

_NOUNS = frozenset(("comment", "comments"))


def no_comment(cue) -> bool:
    """Whether ``cue`` (a spaCy token) is the noun "comment" with "no" as its determiner.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("officials had no comment")
        >>> doc[3].head = doc[3]  # a blank pipeline has no parse: one arc by hand
        >>> doc[2].head, doc[2].dep_ = doc[3], "det"
        >>> no_comment(doc[3]), no_comment(doc[1])
        (True, False)
    """
    if cue.lower_ not in _NOUNS:  # the cheap test first
        return False
    return any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in cue.children)
