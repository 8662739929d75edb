"""A fusion beside an aligned neighbour that holds the story's names and little else is no fusion
(issue #22, round 37, branch rkind37).

An update opens on news of its own about the story's actors, then tells the earlier take again:
TUNE_37's 2512 opens "McDonnell Douglas Corp, which has a five mln dlr investment in Republic
Health Corp <REPH>, said it has not been approached to sell its shares in Republic Health", and
its next sentence retells 2491's lead. :func:`corpus_tools.reuse.neighbours.fused_beside` fused the
new lead from three of 2491's sentences (the holders' list naming McDonnell Douglas, the lead
naming Republic Health, and "22 dlrs a share"): together they held 9 of its 14 evidence words, 6
of the 9 names. The findings then said "73% ... rewritten", "keeps 4 of 2491's 9 sentences" and
"adds 1 new sentence" where a reader reads 2 kept and 2 new (``benchmarks/claims_tune37_r.md``,
cause A; audit36's 15015 and 11449 are of the same kind, by other routes).

* :func:`beyond_names`: the words a fusion holds, the sentence's names set aside, must still hold
  the route's share of the sentence's other evidence words: the names of a story's actors recur in
  every sentence about them and say nothing of what the sentence tells. A fusion failing it stays
  new when its score against the sentences read as one is under :data:`NAMES_SCORE` too.

:data:`NAMES_SCORE` was set by reading METER courts, not fitted: the names test alone moved 26
courts sentences (``benchmarks/sentence_reuse.py --shipped-only --dump``), 10 annotated reused
and 16 not (pooled recall 0.836 -> 0.833, precision 0.815 -> 0.819): on court reports a person's
name is what the sentence tells as often as not. All 26 score 0.17 or more against the sentences
they were fused from; 2512's lead scores 0.115. With the floor, METER courts is unchanged and the
rule reads only a fusion whose words, names apart, are not the source's.
"""

from __future__ import annotations

__all__ = ["NAMES_SCORE", "beyond_names"]

#: a fusion holding names and little else stays new under this score (set by reading, see above)
NAMES_SCORE = 0.15


def beyond_names(t, held: frozenset[str], min_cover: float) -> bool:
    """Whether ``held`` (the evidence words of sentence ``t`` that the fused source sentences
    hold), its names set aside, holds ``min_cover`` of ``t``'s evidence words that are no names.

    Example:
        >>> from types import SimpleNamespace as N
        >>> t = N(evidence=frozenset("acme corp zeta sold stake approached said".split()),
        ...       words=N(names=frozenset({"acme", "corp", "zeta"})))
        >>> beyond_names(t, frozenset({"acme", "corp", "zeta", "said"}), 0.5)
        False
        >>> beyond_names(t, frozenset({"acme", "sold", "stake", "said"}), 0.5)
        True
    """
    names = t.words.names
    return len(held - names) >= min_cover * len(t.evidence - names)
