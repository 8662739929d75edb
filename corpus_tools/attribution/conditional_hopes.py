"""What a body "would hope to" do is a wish, no statement.

A wire story reporting a speech goes on without cues, and a sentence of it may read like a cue of
its own: "While the ECGD would initially continue to use this structure under a new package, it
would also hope to expand the volume of coverage ..." (read from round 32's held-out
13042+13050, 13042 10, in Breach's address; rows ec4 and ec13 of ``benchmarks/claims.md``). The
findings made the ECGD a second speaker for it, and a version that kept Breach "dropped" the
ECGD. A wish in the conditional says what someone would like, not what anyone said; like a belief
(:mod:`~.beliefs`) it stays a row (PolNeAR counts such attitudes), not a statement. The rule: the
cue "hope" or "wish" with "would", "could", "might" or "should" as its auxiliary, no quotation of
words, reports no statement.

* :func:`conditional_hope`: whether the cue is such a wish.
"""

from __future__ import annotations

__all__ = ["conditional_hope"]

_WISHES = frozenset(("hope", "wish"))
_CONDITIONAL = frozenset(("would", "could", "might", "should", "'d"))


def conditional_hope(verb, kind: str) -> bool:
    """Whether the cue ``verb`` (of ``kind``) is a wish in the conditional (module docstring).

    Example:
        >>> from types import SimpleNamespace as T
        >>> would = T(dep_="aux", lower_="would")
        >>> conditional_hope(T(lemma_="hope", children=[would]), "verb")
        True
        >>> conditional_hope(T(lemma_="hope", children=[]), "verb")
        False
    """
    if kind != "verb" or verb.lemma_.lower() not in _WISHES:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL for c in verb.children)
