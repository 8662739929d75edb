"""A telling inside the clause of someone's evidence is an event of that evidence, no statement.

A court report gives a defendant's evidence as a clause on the noun: "Hawkins gave evidence that
the pair told him what mileages they wanted". The telling ("the pair told him") happened in the
story the evidence tells, years before; the one who speaks to the court is the witness. The
findings had counted "the pair" as a speaker of its own (round 23's TUNE_23 cars1 13,
``benchmarks/claims_tune23.md`` K5).

The rule: a cue verb whose clause is the complement ("acl", opened by "that") of a noun of
evidence (:data:`EVIDENCE_NOUNS`) that is the object of a verb with a subject of its own ("X gave
evidence that", "X gave testimony that"): its speaker reports nothing to the court
(``no_statement``'s ``evidence``). Cheap: it reads the cue's head and the noun's verb.

* :func:`told_in_evidence`: whether the cue ``verb`` lies so.
"""

from __future__ import annotations

__all__ = ["EVIDENCE_NOUNS", "told_in_evidence"]

#: the nouns of a witness's evidence whose "that" clause tells the witness's story
EVIDENCE_NOUNS = frozenset({"evidence", "testimony"})


def told_in_evidence(verb) -> bool:
    """Whether the cue ``verb`` (a spaCy Token) is the verb of a "that" clause on a noun of
    evidence the object of a verb with its own subject ("X gave evidence that the pair told him").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Dodd gave evidence that the pair told him to lie.")
        >>> told_in_evidence(doc[6]), told_in_evidence(doc[1])
        (True, False)
    """
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.lower_ not in EVIDENCE_NOUNS or noun.dep_ != "dobj":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in noun.head.children)
