"""A bench is never a named person: "Magistrates who rejected his claims ... decided today that ...".

"Magistrates who rejected his claims at an earlier hearing and convicted him of his latest offence,
decided today that they would be assisted by a full psychiatric assessment": the capital of the
sentence's first word made the bench a name in the reading of the group's surnames, and PA's take
counted "Magistrates" a named person, so a paper's "Magistrates convicted him of theft and called for
a full psychiatric assessment" (an anonymous official speaker) was not the same speaker and the
paper was said to drop "Magistrates" while quoting it (07.10.99/knickers of the METER courts,
knickers1 22, rows kn5, kn14, kn15 of round 27's held-out audit in ``benchmarks/claims.md``; read from
round 27's held-out knickers). :func:`unnamed_benches` gives a speaker whose label is a bench alone
("Magistrates", "The magistrates", "Justices", "The jury") and that was typed a person back the type
the cue's reading gave it: an official, unnamed.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["BENCHES", "unnamed_benches"]

#: labels that are a bench or a jury, never a person's name
BENCHES = frozenset(
    {
        "magistrates",
        "the magistrates",
        "justices",
        "the justices",
        "the bench",
        "the jury",
        "jurors",
        "the jurors",
    }
)


def unnamed_benches(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each speaker labelled a bench alone (:data:`BENCHES`) and typed a
    person given ``named`` False and ``speaker_type`` "official".

    Args:
        frame: the attribution rows (``speaker_label``, ``named``, ``speaker_type``).

    Returns:
        A copy of ``frame``, or ``frame`` itself when no bench was made a person.
    """
    if not len(frame):
        return frame
    person = (frame["speaker_type"] == "person").to_numpy()
    if not person.any():
        return frame
    at = person & frame["speaker_label"].astype(str).str.strip().str.lower().isin(BENCHES).to_numpy()
    if not at.any():
        return frame
    out = frame.copy()
    out.loc[at, ["named", "speaker_type"]] = [False, "official"]
    return out
