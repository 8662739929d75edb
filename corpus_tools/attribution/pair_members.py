"""A pair that speaks beside its two members: "Both men told the inquest ...", read as "Mr Hale and
Tom Pike", in a source that quotes "Mr Hale" and "Mr Pike" alone too (02.11.99/plane, plane1;
claims_tune21.md, kind K4 and "Left").

The speaker table counts a pair as the people it names (:func:`~.pairs.pair_people`), but
:func:`~.survival.speaker_survival` followed the pair as a source speaker of its own, a third one
beside its two members, so every "of PA's N speakers" count of the versions was one too many and
the pair stood in the drop lists. :func:`member_statements` gives the pair's statements to each of
its members instead: what both men said, each said. Each copy keeps the pair's id as ``pair_id``,
so the story's stock words (:func:`~.own_voice.stock_keys`) count the pair's words once, not once
per member.
"""

from __future__ import annotations

import re

from corpus_tools.reuse.misprints import one_edit

__all__ = ["member_statements", "pair_surnames"]

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
        pair = w is not None and w.named and w.people == 2
        names = pair_surnames(w, str(r.get("speaker_label", ""))) if pair else []
        members = [alone.get(n) or _respelt(n, alone) for n in names]
        if members and all(len(m) == 1 for m in members) and members[0] != members[1]:
            for (sid,) in members:
                mine = first[sid]
                mine = {k: mine[k] for k in _WHO_FIELDS if k in mine}
                out.append({**r, **mine, "speaker_id": sid, "pair_id": r["speaker_id"]})
        else:
            out.append(r)
    return out


def pair_surnames(w, label: str) -> list[str]:
    """The two surnames of a named pair: its identity's two names, else the last word of each
    conjunct of its ``label``, a hyphened surname read by its last part as the identity reads a
    person's ("Taylor-Lloyd and Khattab": Lloyd, Khattab; the identity kept only "Khattab")."""
    if len(w.names) == 2:
        return sorted(w.names)
    parts = [p.split()[-1].split("-")[-1] for p in re.split(r",\s*|\s+and\s+", label) if p.split()]
    return sorted(set(parts)) if len(parts) == 2 and len(set(parts)) == 2 else []


def _respelt(name: str, alone: dict[str, set[str]]) -> set[str]:
    """The single named people of a surname one letter from ``name`` (a take's respelling,
    "Khattab" for "Kattab"), when exactly one surname of the source is; surnames of five letters
    or more only."""
    near = [n for n in alone if len(name) >= 5 and n != name and one_edit(name.lower(), n.lower())]
    return alone[near[0]] if len(near) == 1 else set()
