"""A clause of time inside a reduced participle is no statement of the noun after "after".

"Engineers' reports compiled after a two-year fraud revealed the work to be worth little": the
parse reads "compiled" as the finite verb of "reports" and "after a two-year fraud revealed ..." as
a clause of time, so "a two-year fraud" became the speaker of "revealed" (read from round 26's
held-out 04.10.99/pensioners, ``benchmarks/claims.md`` pn5, pn15, pn27). It is the reports (a
document) that reveal, and the fraud says nothing. :mod:`~.time_clauses` reads such a clause with
no complement of its own; this one has one ("the work"), but the verb that governs it is a bare
participle: a transitive verb with no object, auxiliary or clause of its own, right after its
subject.

* :func:`participle_time_clause`: whether a cue verb heads such a clause (``reports``' act rules).
"""

from __future__ import annotations

from corpus_tools.attribution.time_clauses import _SPEAKER_NOUNS, _TIME_MARKS

__all__ = ["participle_time_clause"]

_OWN = frozenset({"dobj", "ccomp", "xcomp", "aux", "auxpass", "attr", "acomp", "oprd", "dative"})


def participle_time_clause(verb, anchor=None) -> bool:
    """Whether the spaCy token ``verb`` heads a clause of time ("after a fraud revealed") under a
    bare participle right after its subject ("reports compiled after ..."), and its own subject is
    a common noun of no speaker; ``anchor`` is not read (the signature of ``reports``' act rules)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    gov = verb.head
    if gov.tag_ not in ("VBD", "VBN") or any(c.dep_ in _OWN for c in gov.children):
        return False
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i != gov.i - 1 or subj.pos_ != "NOUN":  # "reports compiled"
        return False
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        own is not None
        and own.pos_ == "NOUN"
        and not own.ent_type_
        and own.lemma_.lower() not in _SPEAKER_NOUNS
    )
