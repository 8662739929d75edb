"""A participle of saying the tagger read as a noun: "left the inquest saying: ``...''".

"His sister left the court saying: ``We will never know.''" gives the quotation to the subject of
"left"; the tagger took "saying" for a noun, the object of "left", so no cue was read and the
statement had no speaker (the claims audit's round 20, ``benchmarks/claims.md``, 08.12.99/zav, the
mirror's sister, cause 3). :func:`speech_participle` is the verb whose subject speaks, for a
participle of saying right before a colon whose head is a verb with a subject.
"""

from __future__ import annotations

__all__ = ["speech_participle"]

_SAYING = frozenset("saying adding insisting explaining declaring shouting telling".split())


def speech_participle(tok):
    """The verb whose subject says what follows ``tok``, a participle of saying before a colon
    ("left the court saying:": "left"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("His sister left the court saying: ``We will never know.''")
        >>> speech_participle(next(t for t in doc if t.lower_ == "saying")).text
        'left'
    """
    if tok.lower_ not in _SAYING or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ":":
        return None
    host = tok.head
    if host.i == tok.i or host.pos_ not in ("VERB", "AUX"):
        return None
    return host if any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children) else None
