"""The one "told" addresses is no subject of the telling, when the teller stands before the verb.

Court copy gives counsel's words to the bench they were addressed to: "Appealing against that
conclusion, the Society's counsel, Andrew Hitchmough, told Mr Justice Carnwath: ``The (zoo) is
essentially teaching people ...''" (read from ``TUNE_30``'s 04.10.99/zoo, zoo1, kind T5 of
``benchmarks/claims_tune30.md``). The parser made both "counsel" (before the verb) and "Carnwath"
(right after it) subjects of "told", and the named one was taken over the description, so the
judge spoke counsel's submission. The person a verb of telling is followed by is the one told:
"X told Y" never has Y as the teller.

The shape: a subject of a "tell" verb whose words begin right after the verb (the addressee the
parser read as a second subject), beside another subject before the verb. That one is dropped;
the subject before the verb is the speaker (its apposed name read as before: "Andrew Hitchmough").

* :func:`told_addressee`: whether a subject token is that addressee.
"""

from __future__ import annotations

__all__ = ["told_addressee"]


def told_addressee(tok, subjects: list, verb) -> bool:
    """Whether ``tok``, one of ``verb``'s ``subjects`` (spaCy tokens), is the person told: ``verb``
    is a form of "tell", ``tok``'s words start right after it, and another subject precedes it.

    Example:
        >>> from types import SimpleNamespace as T
        >>> told = T(lemma_="tell", i=5)
        >>> before, after = T(i=2, left_edge=T(i=1)), T(i=8, left_edge=T(i=6))
        >>> told_addressee(after, [before, after], told), told_addressee(before, [before, after], told)
        (True, False)
        >>> told_addressee(after, [after], told)
        False
    """
    if verb.lemma_ != "tell" or tok.i < verb.i or tok.left_edge.i != verb.i + 1:
        return False
    return any(c.i < verb.i for c in subjects if c is not tok)
