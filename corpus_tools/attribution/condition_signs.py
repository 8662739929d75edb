"""A person's condition that shows something is no speaker.

"Copeland's symptoms suggested developmental and personality problems dating back to his
childhood" (21.06.00/blast of the METER courts, blast1 14; rows bl5, bl17 and bl20 of round 27's
held-out audit in ``benchmarks/claims.md``; read from round 27's blast): the psychiatrist reads the
symptoms, the symptoms say nothing. The package made "Copeland's symptoms" an anonymous speaker of
PA, counted it and listed it as dropped by the paper that kept the psychiatrist.

The shape: the subject of a verb of showing (suggest, show, reveal, indicate, prove, confirm,
demonstrate, mean) is a noun of someone's bodily or mental state or conduct (:data:`CONDITIONS`:
"symptoms", "condition", "behaviour", "disorder", "illness" ...), with or without its owner
("Copeland's symptoms", "His behaviour", "A personality disorder meant"). Tests, results and
other evidence that shows are :mod:`~.reports`' ``_EVIDENCE``; the shape of what happened is
:mod:`~.things`'.

* :func:`condition_sign`: whether a cue is such a showing.
"""

from __future__ import annotations

__all__ = ["CONDITIONS", "condition_sign"]

#: nouns of a person's bodily or mental state or conduct, which show but never say
CONDITIONS = frozenset(
    """symptom condition behaviour behavior demeanour demeanor disorder illness syndrome
    psychosis delusion""".split()
)
#: verbs of showing ("suggested", "revealed", "meant")
_SHOWING = frozenset("suggest show reveal indicate prove confirm demonstrate mean".split())


def condition_sign(verb, anchor) -> bool:
    """Whether ``verb`` is a verb of showing whose subject's head ``anchor`` is a common noun of
    :data:`CONDITIONS` ("Copeland's symptoms suggested")."""
    return verb.lemma_.lower() in _SHOWING and anchor.pos_ == "NOUN" and anchor.lemma_.lower() in CONDITIONS
