"""A plea of a group of defendants the text does not name one by one: "All 28 defendants have
pleaded not guilty", "The campaigners, from ... and including a vicar, all pleaded not guilty".

A plea was a statement only when its subject was named (a person, an institution, a list of
names: :func:`~corpus_tools.attribution.reports.statement_verb`), so these had no row, and the
defendants' plea, which every report of a trial gives, was missing from two PA takes and a paper
of round 18's 03.04.00/gm (``benchmarks/claims_tune18.md``, kind T10). A plural noun is a group
of defendants who plead: one anonymous speaker. The floating "all" the parser makes a second
subject beside its noun ("The campaigners, ..., all pleaded") is no label of its own.

* :func:`group_subject`: whether a plea's subjects hold a plural noun;
* :func:`without_quantifier`: a verb's subjects without a floating "all", "both" or "each" when
  its noun is among them.
"""

from __future__ import annotations

__all__ = ["group_subject", "without_quantifier"]

_QUANTIFIERS = frozenset({"all", "both", "each"})


def group_subject(subjects: list) -> bool:
    """Whether a plea's subjects (spaCy tokens) hold a plural common noun ("defendants"), or a
    relative pronoun whose clause hangs on one ("The judge told the women, who both pleaded guilty,
    that ...": TUNE_19's 27.01.00/wife, ``benchmarks/claims_tune19.md``)."""
    return any(
        c.tag_ == "NNS"
        and c.pos_ == "NOUN"
        or c.lower_ == "who"
        and c.head.dep_ == "relcl"
        and c.head.head.tag_ == "NNS"
        for c in subjects
    )


def without_quantifier(subjects: list) -> list:
    """``subjects`` without a floating quantifier when another subject stands before it ("The
    campaigners, ..., all pleaded": "campaigners"); unchanged otherwise ("All deny": "All")."""
    kept = [c for c in subjects if c.lower_ not in _QUANTIFIERS or not any(o.i < c.i for o in subjects)]
    return kept or subjects
