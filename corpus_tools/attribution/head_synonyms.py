"""Head nouns that name one description: a later definite description with another of them is
the same speaker. "One friend who knew him ... said: ..." then "The pal added: ..." is one
anonymous friend, not two (round 20's stepmother, the sun); a force's spokesman is "the officer"
(:mod:`~.force_officers`); a council the text names ("Caradon council said") is "The authority"
of the next sentences (a local authority; TUNE_21's 07.01.00/inqpool, kind K1). The words are the
language's, no name from a story.
"""

from __future__ import annotations

from corpus_tools.attribution.force_officers import force_heads

__all__ = ["synonym_heads"]

#: the nouns of a friend: a tabloid's "pal" or "mate" for the friend it quoted
_FRIENDS = frozenset({"friend", "pal", "mate", "chum", "buddy", "confidant", "confidante"})


def synonym_heads(mention) -> set[str]:
    """The other head nouns a description ``mention`` (a spaCy Span) answers to: all the words of
    a friend for one of them, "officer" for a police force's spokesman, "authority" for a named
    council; else an empty set."""
    root = mention.root.lemma_.lower()
    council = root == "council" and any(t.pos_ == "PROPN" and t.lower_ != "council" for t in mention)
    return (
        force_heads(mention)
        | (set(_FRIENDS) if root in _FRIENDS else set())
        | ({"authority"} if council else set())
    )
