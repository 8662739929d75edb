"""A jury that "ruled" returns its verdict: an act, no statement.

An inquest or a trial report tells a verdict as a jury's ruling, the verdict first and the jury
after it: "A suspected IRA terrorist shot dead during a police raid was killed lawfully, an inquest
jury ruled today." A verdict is an act (the claims audit's rule: a verdict, a sentence or an order
is no statement), but "ruled" with its clause is read as a ruling, a statement
(:func:`~.reports.statement_verb`: "The House of Lords ruled that ..."); the findings had counted
"an inquest jury" a speaker of two PA takes and three papers, and every paper "kept" or "dropped"
it (read from TUNE_25's 18.02.00/inqira, inqira1sn, inqira1sub and the mirror, the star and the
independent, kind K2 of ``benchmarks/claims_tune25.md``).

The rule: "rule", "decide", "find" or "reject" whose subject is a jury ("an inquest jury", "the jury
at Kingston", "jurors") is the verdict; a judge's, a coroner's or a court's ruling stays a statement
("A jury ... rejected his claim that he was guilty of manslaughter": round 28's held-out
07.10.99/wife, w 7, ``benchmarks/claims.md`` wf5; the claim is his, :mod:`~.rejected_claims`).

* :func:`jury_verdict`: whether a verb is such a verdict.
"""

from __future__ import annotations

__all__ = ["jury_verdict"]

_VERDICT_VERBS = frozenset({"rule", "decide", "find", "reject"})
_JURY = frozenset({"jury", "juror", "jurors", "juries"})


def jury_verdict(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is a jury's verdict: "rule", "decide", "find" or "reject"
    with a jury as its subject.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> doc = nlp("The farmer was killed lawfully, an inquest jury ruled today.")
        >>> jury_verdict(doc[9])
        True
        >>> jury_verdict(nlp("The farmer was killed lawfully, the coroner ruled today.")[8])
        False
    """
    if verb.lemma_.lower() not in _VERDICT_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _JURY for c in verb.children)
