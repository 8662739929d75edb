"""The files of a source group as the findings name them: in the order they were sent.

A wire story comes in takes (page 1, page 2, a lead, a substitute for an earlier page, a
nightlead), and their file names do not sort in the order they were sent (PA's "straw1sub", the
15:06 substitute for page 1, sorts before "straw2", page 2 of 13:18). When the corpus gives every
file of the group a time of day (``published``, e.g. :func:`corpus_tools.load_meter`'s take time
stamps), the findings number the files in that order and give the time; a file whose wire header
(cleaning's ``wire_header``) calls it a substitute is said to be one. Otherwise the files keep the
corpus order and no time is given.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.labels import columns
from corpus_tools.report.segments import _once

__all__ = ["sent_order", "take_note"]

#: a ``published`` value with a time of day (ISO 8601: "1999-11-22T15:06:00")
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
#: a wire header naming its take a substitute ("15:06 22/11/99: Page 1 (HHH) COURTS Straw Substitute")
_SUBSTITUTE = re.compile(r"\bsubstitute\b", re.I)


def _stamps(corpus: pd.DataFrame, files: list[str]) -> list[str] | None:
    """The files' ``published`` values when each has a time of day, else None."""
    if "published" not in corpus.columns or len(files) < 2:
        return None
    stamps = [str(corpus.at[d, "published"]) for d in files]
    return stamps if all(_STAMP.match(s) for s in stamps) else None


def sent_order(corpus: pd.DataFrame, files: list[str]) -> list[str]:
    """A group's files in the order they were sent (by ``published``, ties in corpus order) when
    each has a time of day; else as given.

    Example:
        >>> c = pd.DataFrame({"published": ["1999-11-22T12:24", "1999-11-22T15:06", "1999-11-22T13:18"]},
        ...                  index=["straw1", "straw1sub", "straw2"])
        >>> sent_order(c, ["straw1", "straw1sub", "straw2"])
        ['straw1', 'straw2', 'straw1sub']
    """
    stamps = _stamps(corpus, files)
    if stamps is None:
        return list(files)
    return [d for _, d in sorted(zip(stamps, files, strict=True), key=lambda p: p[0])]


def take_note(a: Analysis, files: list[str], doc: str) -> str:
    """What the findings say of one file of a group after "is file k of n": the time it was sent
    (the date too when the group's files span days) and, when its wire header says so, that it is
    a substitute; "" when the files have no times. The group's notes are written once per
    findings (:func:`corpus_tools.report.segments._once`)."""
    return _once(a, "take_notes", lambda: _take_notes(a, files)).get(doc, "")


def _take_notes(a: Analysis, files: list[str]) -> dict[str, str]:
    stamps = _stamps(a.corpus, files)
    if stamps is None:
        return {}
    one_day = len({s[:10] for s in stamps}) == 1
    # the cleaning frame read once for its wire headers, not narrowed and indexed by document
    wanted = ["doc_id", "rule", "original"]
    clean = columns(
        a.cleaning if a.cleaning is not None else pd.DataFrame(columns=wanted), "cleaning", wanted
    )
    headers = clean[clean["rule"].to_numpy() == "wire_header"]
    subs = {
        str(d)
        for d, h in zip(headers["doc_id"], headers["original"], strict=True)
        if _SUBSTITUTE.search(str(h))
    }
    notes = {}
    for d, s in zip(files, stamps, strict=True):
        when = s[11:16] if one_day else f"{s[:10]} {s[11:16]}"
        notes[d] = f" in the order sent (at {when}{', a substitute take' if d in subs else ''})"
    return notes
