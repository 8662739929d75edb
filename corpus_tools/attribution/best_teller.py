"""Whose statement a version's statement tells, when its sentence is matched to another's.

A version sentence is followed to the source sentence the alignment matched it to; in a story told
by many witnesses in like words, that may be another witness's sentence ("I saw him stagger and
look at his hands" matched to a second witness's "I saw him holding his side"). A version
statement whose words another source speaker's statement holds more of than the matched
speaker's statements do tells that other speaker's statement: it is no relabel or re-attribution
of the matched speaker (issue 22, round 21: the claims audit's ny112, "Another witness" for one
witness read as a relabel of another). :func:`~.survival_status.one_version` asks
:func:`told_by_another` of each candidate.
"""

from __future__ import annotations

__all__ = ["told_by_another"]


def told_by_another(t: dict, speaker_id: str, source_recs: list[dict]) -> bool:
    """Whether the version statement ``t`` shares more of its content words
    (``keys``: :func:`~corpus_tools.attribution.paraphrase.content_keys`) with a statement of a
    source speaker other than ``speaker_id`` than with any statement of ``speaker_id``
    (``source_recs``: the source's statement records, each with ``keys``)."""
    mine, theirs = 0, 0
    for r in source_recs:
        n = len(t["keys"] & r["keys"])
        if r["speaker_id"] == speaker_id:
            mine = max(mine, n)
        else:
            theirs = max(theirs, n)
    return theirs > mine
