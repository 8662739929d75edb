"""A verdict read as a sign is no speaker: "a verdict of unlawful killing ... might suggest the
bombing campaign was justified".

The shape: counsel or a coroner argues what a verdict would mean ("telling the jury that a verdict
of unlawful killing would make the IRA member seem a martyr and might suggest the bombing campaign
he was helping to mastermind was justified"); the parse makes the verdict the subject of "suggest",
and the findings counted "a verdict of unlawful killing" among the paper's speakers. A verdict
shows or suggests as evidence does (:mod:`~.reports`' tests and results); it says nothing. Read from
the METER courts story 18.02.00/inqira (TUNE_25, ``benchmarks/claims_tune25.md``'s "Left:", the
guardian 9). Only the verbs of showing are read so: "After the verdict Ann Lee said" keeps its
speaker (the verdict is no subject there), and a verdict never "said".

* :func:`verdict_sign`: whether a cue verb's subject is a verdict it shows something by.
"""

from __future__ import annotations

__all__ = ["verdict_sign"]

#: verbs of a sign, whose subject shows rather than says
_SHOWING = frozenset({"suggest", "show", "indicate", "imply", "mean", "prove", "demonstrate"})


def verdict_sign(verb, anchor) -> bool:
    """Whether ``anchor`` (the subject's head token of the cue ``verb``) is "verdict" and ``verb``
    a verb of showing ("a verdict ... might suggest")."""
    return anchor.lemma_.lower() in ("verdict", "verdicts") and verb.lemma_.lower() in _SHOWING
