"""A belief is no statement, whoever holds it: "Detectives believe he may have attacked others",
"Police believe", "two armed officers believed he was armed", "A Home Office pathologist
believed", "police who believed he had a gun" (a relative clause) report what people think, not
anything they said that a paper could quote or drop. The lead's decision on issue 22 (round 15),
from the held-out audits of rounds 13 and 14 (``benchmarks/claims.md``, round 14's S kind 1:
04.10.99/lynx and 28.09.99/inqshot of the METER courts, where the believers were counted among
PA's speakers and "dropped" by every paper); it replaces rounds 5 and 9's rule that the belief of
people a reporter asks (officials, police, experts) is what they told.

Two beliefs stay statements, in :func:`~corpus_tools.attribution.reports.not_a_report`: one that
quotes words ("Doctors believed the injury had been 'caused by a blow'"), and one reported with a
verb of saying ("said he believed", "told the court she believed"): the saying is its own cue and
its own row, the statement. PolNeAR counts beliefs as attributions, so a belief stays a row, with
``role = "mention"``.
"""

from __future__ import annotations

__all__ = ["BELIEFS", "belief"]

#: verbs of a belief or a fear: a state of mind of whoever holds it (the cue verbs of
#: ``lexicon.REPORTING_VERBS`` that say what someone thinks; "suspect" for the cues a parse may add)
BELIEFS = frozenset(("believe", "think", "suspect", "fear"))


def belief(verb, kind: str) -> bool:
    """Whether the cue ``verb`` (of ``kind``) is a belief held by its subject, in a main clause or
    a relative one ("police who believed he had a gun"); a noun of belief ("the belief that") is
    left to the noun rules."""
    return kind == "verb" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in BELIEFS
