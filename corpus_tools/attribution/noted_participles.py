""""The poor economic outlook noted in its last decision had persisted": a thing noted, no speaker.

A wire tells a body's finding: "The Commission said the poor economic outlook noted in its last
decision had persisted". "noted" is a past participle of "outlook" (the outlook the decision
noted), but the parse hangs "outlook" on it as its subject, so the outlook had been made an
anonymous speaker, and the next quotation's "he said" (the Commission's president) was given to it
(read from TUNE_32's 3432+3436, 3432 15 and 17, kind W6 of ``benchmarks/claims_tune32.md``).

The rule: a cue verb tagged a past participle ("VBN"), with no auxiliary of its own, whose subject
is a common noun right before it and which goes on with a preposition ("noted in", "cited by"), is
such a participle: no statement of the noun.

* :func:`noted_participle`: whether a cue verb is one.
"""

from __future__ import annotations

__all__ = ["noted_participle"]

_AUX = frozenset({"aux", "auxpass"})


def noted_participle(verb, head) -> bool:
    """Whether the spaCy token ``verb`` (a cue, its subject token ``head``) is a participle of the
    common noun before it, followed by a preposition (module docstring)."""
    if verb.tag_ != "VBN" or head is None or head.i != verb.i - 1 or head.tag_ not in ("NN", "NNS"):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "prep" or after.head.i != verb.i:
        return False
    return not any(c.dep_ in _AUX for c in verb.children)
