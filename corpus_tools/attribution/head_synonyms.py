"""Head nouns that name one description: a later definite description with another of them is
the same speaker. "One friend who knew him ... said: ..." then "The pal added: ..." is one
anonymous friend, not two (round 20's stepmother, the sun); a force's spokesman is "the officer"
(:mod:`~.force_officers`). The words are the language's, no name from a story.
"""

from __future__ import annotations

from corpus_tools.attribution.force_officers import force_heads

__all__ = ["synonym_heads"]

#: the nouns of a friend: a tabloid's "pal" or "mate" for the friend it quoted
_FRIENDS = frozenset({"friend", "pal", "mate", "chum", "buddy", "confidant", "confidante"})


def synonym_heads(mention) -> set[str]:
    """The other head nouns a description ``mention`` (a spaCy Span) answers to: all the words of
    a friend for one of them, "officer" for a police force's spokesman; else an empty set."""
    root = mention.root.lemma_.lower()
    return force_heads(mention) | (set(_FRIENDS) if root in _FRIENDS else set())
