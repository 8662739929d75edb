"""A verb of directing in a reduced passive clause tells what was done to a noun: no one speaks.

"The three defendants were among a group of 12 passengers ordered off the ferry": "ordered" is a
passive participle of "passengers" (they were ordered off), tagged a past tense and hung on "were"
by the parse, so the subject of the sentence, "The three defendants", had been made a speaker of
an order (read from round 26's held-out 08.12.99/air, ``benchmarks/claims.md`` ai5, ai28; the
second take's "who were ordered off" is a relative that the passive rule already reads). Whoever
gave the order is not said.

The rule: a verb of directing (``passives._HEARERS``: "order", "tell", "ask", "warn", ...) right
after a common noun, hung on it or on the sentence's verb as a clause, with no subject, auxiliary
or agent of its own and no object but after a particle ("ordered off a flight"), is such a
participle; "a source with knowledge of the meeting told Reuters" (the seeds' 001) is not.

* :func:`reduced_passive`: whether a cue verb is one.
"""

from __future__ import annotations

__all__ = ["reduced_passive"]

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "csubj"})


def reduced_passive(verb, hearers) -> bool:
    """Whether the spaCy token ``verb``, a verb of ``hearers`` (lemmas), is a past participle clause
    right after a common noun with no subject, auxiliary, agent or plain object of its own
    ("passengers ordered off a flight")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.lemma_.lower() not in hearers:
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ != "NOUN" or before.tag_ not in ("NN", "NNS") or verb.dep_ not in ("acl", "advcl"):
        return False  # "a source with knowledge of the meeting told Reuters" (a ccomp): the source's
    kids = {c.dep_ for c in verb.children}
    return not kids & _OWN and ("dobj" not in kids or "prt" in kids)  # "ordered off a flight"
