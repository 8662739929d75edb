"""A statement its subject gives, and the "he" of a clause hung on it: "During the case England
coach Kevin Keegan gave written evidence in which he said he believed the bonds meant the holder
would remain in that seat." (read from round 30's held-out 01.03.00/football, ``benchmarks/claims.md``,
rows ft5 and ft17: "he said" went to the barrister quoted the sentence before, because the clause
names rule, :mod:`~.clause_names`, climbed relative clauses and prepositions but never an object).

The rule: an object noun of statement ("evidence", "a statement", "an interview", "a letter") of a
verb of giving or making one ("gave", "made", "issued", "wrote", "signed", "submitted") is the
subject's own, so a "he" or "she" of a clause hung on it may be that subject. An object of any
other verb ("read a letter in which he ...", "showed a video in which she ...") is someone else's,
and the clause names rule stops there.

* :func:`own_statement`: whether an object token is such a statement.
"""

from __future__ import annotations

__all__ = ["own_statement"]

#: nouns of a statement a person gives
_STATEMENTS = frozenset(
    "evidence statement interview letter affidavit testimony speech note submission declaration".split()
)
#: verbs by which its subject gives one
_GIVING = frozenset("give make issue write sign submit release send deliver".split())


def own_statement(obj) -> bool:
    """Whether ``obj`` (a spaCy token, an object) is a statement its verb's subject gives ("gave
    written evidence", "made a statement").

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Tom Hale gave evidence in which he said no. Ann Roe read a letter.")
    >>> own_statement(doc[3]), own_statement(doc[14])
    (True, False)
    """
    return obj.lemma_.lower() in _STATEMENTS and obj.head.lemma_.lower() in _GIVING
