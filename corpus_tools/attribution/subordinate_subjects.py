"""A verb of saying after "after a woman ..." is the woman's, however the parse joins it.

"Police opened an inquiry in May last year after a 30-year-old woman being held in cells at
Westgate complained that Reed had hit her": the parse may read "complained" as a second verb of
"opened", joined with no "and", and give it the main clause's subject, so the woman's complaint
was typed police's, an act of theirs read as a statement and the woman lost (21.06.00/sergeant of
the METER courts, sergeant3nl 4 and its resend 4nl 4: rows sg43, sg45 of round 24's held-out
audit in ``benchmarks/claims.md``). :func:`subordinate_subject` gives such a verb the noun phrase
after the subordinating word instead.
"""

from __future__ import annotations

__all__ = ["SUBORDINATORS", "subordinate_subject"]

#: words that open a subordinate clause of time or cause
SUBORDINATORS = frozenset("after before when because since until once while as".split())
_COORDINATORS = frozenset({"and", "but", "or", "then", "nor", ";"})


def subordinate_subject(verb):
    """The subject (a spaCy Token) of a verb the parse joined to the verb before it with no
    coordinator but with a subordinating word (:data:`SUBORDINATORS`) and a noun phrase between
    them: the first subject or object noun after that word; None otherwise."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    between = verb.doc[verb.head.i + 1 : verb.i]
    if any(t.lower_ in _COORDINATORS for t in between):
        return None  # "Police opened an inquiry and said": a real second verb of theirs
    subs = [t for t in between if t.lower_ in SUBORDINATORS and t.dep_ in ("prep", "mark")]
    if not subs:
        return None
    after = verb.doc[subs[-1].i + 1 : verb.i]
    found = [t for t in after if t.dep_ in ("nsubj", "nsubjpass", "pobj") and t.pos_ in ("NOUN", "PROPN")]
    return found[0] if found else None
