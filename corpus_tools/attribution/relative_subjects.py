"""The subject of a cue the parser hung inside the relative clause before it.

"One friend who knew him better than most said: ..." is parsed with no main verb: "friend" is the
sentence's root, "who knew him better" its relative clause and "than most said" an adverbial clause
of "better", so "said" has no subject and the quotation had no speaker (round 20's stepmother, the
sun). The shape: a noun phrase, a who/which/that clause after it, then a cue verb with no subject
of its own before a colon or a quotation mark, with no other verb of the sentence to carry the
noun. The speaker is the noun the relative clause follows (:func:`noun_before_relative`).
"""

from __future__ import annotations

__all__ = ["noun_before_relative"]

_RELATIVES = frozenset({"who", "which", "that"})
_OPENERS = frozenset({":", '"', "'", "``", "\u201c", "\u2018"})


def noun_before_relative(verb):
    """The noun a relative clause follows when the cue ``verb`` (no subject of its own, before a
    colon or a quotation mark) hangs inside that clause and the noun is the sentence's root; None
    for any other shape ("The man who said: ..." has its own subject, "who")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.text not in _OPENERS:
        return None
    tok = verb
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ != "relcl":
            continue
        noun = tok.head
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES for c in tok.children)
        if relative and noun.i < tok.i and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN"):
            return noun
        return None
    return None
