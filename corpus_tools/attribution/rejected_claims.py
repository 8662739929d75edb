"""A claim rejected is its maker's: "A jury ... rejected his claim that he was guilty of
manslaughter" is the defendant's claim, and the jury's rejection is its verdict.

"X pushed his promise" gives a possessive cue to the verb's subject, who is the "his"; a verb that
rejects ("reject", "dismiss", "dispute", "doubt", "contradict") has a subject who is someone else:
the findings had made the jury the speaker of the defendant's claim (read from round 28's held-out
07.10.99/wife, w 7, ``benchmarks/claims.md`` wf5, with :mod:`~.jury_verdicts`' "reject").

* :func:`rejecting`: whether a verb rejects what its object says (its object's possessor speaks);
* :func:`weighing`: whether a verb weighs words put to its subject ("The government today
  considered demands for nearly 850 mln marks": the demands are the steel firms' and the union's,
  and the government said nothing; round 36, branch audit36, Reuters-21578 18456 0, claim gs12 of
  ``benchmarks/claims.md``), so a noun of saying as its object is not the subject's.
"""

from __future__ import annotations

__all__ = ["rejecting", "weighing"]

_REJECTING = frozenset({"reject", "dismiss", "dispute", "doubt", "contradict", "refute"})


def rejecting(verb) -> bool:
    """Whether the spaCy token ``verb`` is one of rejection ("rejected his claim")."""
    return verb.lemma_.lower() in _REJECTING


#: verbs whose subject weighs, answers or receives words put to it ("considered demands for")
_WEIGHING = frozenset({"consider", "review", "study", "examine", "discuss", "debate", "weigh", "receive"})


def weighing(verb) -> bool:
    """Whether the spaCy token ``verb`` weighs words put to its subject ("considered demands")."""
    return verb.lemma_.lower() in _WEIGHING
