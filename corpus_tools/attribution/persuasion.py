"""Persuading someone that a thing is so is arguing it.

"The mayor's lawyers were today seeking to persuade a tribunal that the council's bid was deeply
flawed": the lawyers argue that the bid is flawed; "persuade" was no verb of saying, so the
statement was missed (28.09.99/pinochet of the METER courts, pinochet1 5, whose headline reads
"... CLAIM LAWYERS": row pt5 of round 24's held-out audit in ``benchmarks/claims.md``). The parse
may hang the "that" clause on the object as a relative clause ("a tribunal that the bid was"); a
clause marked "that" whose own subject is not the object is the content all the same. Persuading
someone to do a thing ("persuaded him to stay") says nothing and is left alone.
"""

from __future__ import annotations

__all__ = ["PERSUADE_VERBS", "persuaded_that"]

#: verbs of bringing someone to believe a thing (lemmas)
PERSUADE_VERBS = frozenset({"persuade", "convince"})


def persuaded_that(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) is a verb of :data:`PERSUADE_VERBS` with an object and a
    "that" clause of content (a ``ccomp``, or a relative clause of the object marked "that" with a
    subject of its own)."""
    if verb.lemma_.lower() not in PERSUADE_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for o in objects for c in o.children if c.dep_ == "relcl" and c.i > o.i + 1]
    return any(
        any(k.lower_ == "that" and k.dep_ == "mark" for k in c.children)
        and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        for c in clauses
    )
