"""A pair that speaks beside its two members: "Both men told the inquest ...", read as "Mr Hale and
Tom Pike", in a source that quotes "Mr Hale" and "Mr Pike" alone too (02.11.99/plane, plane1;
claims_tune21.md, kind K4 and "Left").

The speaker table counts a pair as the people it names (:func:`~.pairs.pair_people`), but
:func:`~.survival.speaker_survival` followed the pair as a source speaker of its own, a third one
beside its two members, so every "of PA's N speakers" count of the versions was one too many and
the pair stood in the drop lists. :func:`member_statements` gives the pair's statements to each of
its members instead: what both men said, each said.
"""

from __future__ import annotations

__all__ = ["member_statements"]

#: the fields of a statement record that say who speaks, taken from the member's own statement
_WHO_FIELDS = (
    "speaker",
    "speaker_label",
    "named",
    "speaker_type",
    "affiliation",
    "speaker_start",
    "speaker_end",
)


def member_statements(recs: list[dict], who: dict) -> list[dict]:
    """``recs`` (a source's statement records, ``speaker_id`` one per speaker across its takes) with
    each statement of a named pair whose two surnames are each one single named person's who
    speaks alone in the source, given to each of the two instead (``who``: speaker id ->
    :class:`~.speaker_identity._Who`); a pair with a member who never speaks alone keeps its
    statements.

    Example:
        >>> from types import SimpleNamespace as W
        >>> who = {"S1": W(kind="person", named=True, people=1, names={"Hale"}),
        ...        "S2": W(kind="person", named=True, people=1, names={"Pike"}),
        ...        "S3": W(kind="person", named=True, people=2, names={"Hale", "Pike"})}
        >>> recs = [{"speaker_id": s, "speaker": s} for s in ("S1", "S2", "S3")]
        >>> [r["speaker_id"] for r in member_statements(recs, who)]
        ['S1', 'S2', 'S1', 'S2']
        >>> [r["speaker_id"] for r in member_statements(recs[1:], who)]
        ['S2', 'S3']
    """
    alone: dict[str, set[str]] = {}  # surname -> the single named people who bear it
    first: dict[str, dict] = {}  # speaker id -> its first statement
    for r in recs:
        w = who.get(r["speaker_id"])
        first.setdefault(r["speaker_id"], r)
        if w is not None and w.named and w.kind == "person" and w.people == 1:
            for name in w.names:
                alone.setdefault(name, set()).add(r["speaker_id"])
    out = []
    for r in recs:
        w = who.get(r["speaker_id"])
        pair = w is not None and w.named and w.people == 2 and len(w.names) == 2
        members = [alone.get(n, set()) for n in sorted(w.names)] if pair else []
        if members and all(len(m) == 1 for m in members) and members[0] != members[1]:
            for (sid,) in members:
                mine = first[sid]
                out.append({**r, **{k: mine[k] for k in _WHO_FIELDS if k in mine}, "speaker_id": sid})
        else:
            out.append(r)
    return out
