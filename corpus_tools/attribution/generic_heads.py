"""A speaker described by a generic head word alone ("officials", "an official", "sources") is not
followed across documents by that word.

A later story quotes other people under the same bare word: "... the company's European
headquarters would open next year, officials said" is Chrysler's officials in the first story, and
"Opel and Vauxhall sold 1.3 million cars last year, officials said" is General Motors' in the later
one (round 38, branch debt38: round 37's held-out 627+1539, ``benchmarks/claims.md`` ch13). The
findings had said the later story quotes the first one's officials "only on another statement":
two groups joined on the head word "officials", which issue 22 forbids ("speaker identity never
rests on a generic head word"). Where the version tells the source's statement, the statement
follows the speaker as before (kept, relabelled); where it tells none, a speaker known only by such
a word is dropped, not "quoted on something else".

* :func:`head_word_alone`: whether an unnamed speaker's description is such a word alone.
"""

from __future__ import annotations

__all__ = ["head_word_alone"]

#: head words that say nothing of whose speaker it is
_GENERIC = frozenset("official officials source sources spokesman spokeswoman spokesperson".split())


def head_word_alone(who) -> bool:
    """Whether an unnamed speaker (``who``: its ``named`` and ``description``,
    :func:`~.entities.description_key`) is described by one generic head word and nothing else.

    Example:
        >>> from types import SimpleNamespace as Who
        >>> head_word_alone(Who(named=False, description=frozenset({"officials"})))
        True
        >>> head_word_alone(Who(named=False, description=frozenset({"gm", "officials"})))
        False
    """
    words = who.description
    return not who.named and len(words) == 1 and next(iter(words)) in _GENERIC
