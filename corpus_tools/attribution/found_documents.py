"""Papers found or seized show what they hold; they say nothing: "Documents later found in his
possession including solicitors' information that revealed X was embroiled in ``difficulties''".

The parse reads the reduced passive "Documents later found" as an active "found" with "Documents"
its subject, and the relative "that revealed" gives "solicitors' information" a statement: the
story counted two speakers (a document and an anonymous one) that no one is, PA's count and both
papers' "Of PA's 7" survival totals, drop lists and shared quotations carried them (read from
round 28's held-out 22.11.99/rubbish, r 8, ``benchmarks/claims.md`` rb5, rb14-16, rb25-27).

The rule: the subject (a relative's antecedent) is a common noun of :data:`PAPERS` and the verb
one of showing or finding (:data:`SHOWING`), as :mod:`~corpus_tools.attribution.reports` reads
"tests later revealed". Papers that speak keep their statements: "the documents said", "a
statement said", "the report said" (no "report", "statement" or "letter" here: a writer signs them).

* :func:`shown_by_papers`: whether a cue verb's subject is such a paper (``reports``' evidence rule).
"""

from __future__ import annotations

__all__ = ["PAPERS", "SHOWING", "shown_by_papers"]

#: papers and records held or seized, with no writer who speaks through them ("paper" is left out:
#: "the paper revealed" is a newspaper)
PAPERS = frozenset("document information file diary notebook receipt dossier".split())
#: verbs whose subject shows or finds something rather than says it
SHOWING = frozenset("reveal show suggest indicate prove confirm find establish demonstrate disclose".split())


def shown_by_papers(verb, anchor) -> bool:
    """Whether ``anchor`` (the head token of the cue ``verb``'s subject, or of a relative's
    antecedent) is a common noun of :data:`PAPERS` and ``verb`` a verb of :data:`SHOWING`."""
    return anchor.pos_ == "NOUN" and anchor.lemma_.lower() in PAPERS and verb.lemma_.lower() in SHOWING
