"""An unnamed military spokesman is the one government that speaks in his story.

A war communique is told twice in one wire story: "Iraq said its warplanes hit two ships in the
Gulf today ... "Our planes dealt effective blows to both maritime targets," a military spokesman
told the Iraqi news agency INA." The spokesman speaks for the country's forces, as a company's
spokesman speaks for the company (the lead's round-19 ruling: a body and its spokesman are one
speaker); the findings counted him an anonymous speaker beside Iraq (round 38, branch debt38:
round 37's held-out 6404+6652, ``benchmarks/claims.md`` sh4 and sh13, borderline marks).

The rule: "a military (army, navy) spokesman", his label naming no body, is the government of his
document when exactly one government speaks there; with two (a war's two sides) or none he stays
an anonymous official.

A body that speaks only in a report nested inside another's statement is no speaker of the
document (issue 22's convention), so its spokesman is not that body: "Finance Ministry proposals
for abolishing bourse transaction taxes ... have been blocked in cabinet ..., a Finance Ministry
spokesman said" holds a noun of saying whose holder, "Finance Ministry", stands inside the
spokesman's own statement; the findings had typed the lone spokesman the ministry (round 38,
branch debt38: round 37's held-out 12847, ``benchmarks/claims.md`` be12).

* :func:`government_spokesman`: a speaker read so;
* :func:`spoken_labels`: each document's labels of the speakers that speak in their own right,
  the set :func:`~.spokesmen.body_of_spokesman` and :func:`government_spokesman` read.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.entities import government_key

__all__ = ["government_spokesman", "spoken_labels"]

_LABEL = re.compile(r"^(?:an?|the) (?:military|army|navy) spokes(?:man|woman|person)$", re.IGNORECASE)


def government_spokesman(s: dict, text: str, speakers: set[str] = frozenset()) -> dict:
    """``s`` (``speaker_label``, ``speaker_type``, ``named``) as the one government of its document
    when it is an unnamed military spokesman (module docstring); ``text``: its document;
    ``speakers``: the lower-case labels of the document's speakers, without "the".

    Example:
        >>> s = {"speaker_label": "a military spokesman", "speaker_type": "official", "named": False}
        >>> text = "Iraq said its planes hit a ship. A military spokesman said they returned."
        >>> government_spokesman(s, text, {"iraq", "a military spokesman"})["speaker_label"]
        'Iraq'
        >>> government_spokesman(s, text, {"iraq", "iran", "a military spokesman"})["speaker_label"]
        'a military spokesman'
    """
    label = " ".join(str(s["speaker_label"]).split())
    if "pokes" not in label or s["named"] or not _LABEL.match(label):  # the cheap test first
        return s
    keys = {k: x for x in speakers if (k := government_key(x))}
    if len(keys) != 1:
        return s
    (found,) = keys.values()
    m = re.search(rf"\b{re.escape(found)}\b", " ".join(text.split()), re.IGNORECASE)
    name = m.group(0) if m else found
    return {**s, "speaker_label": name, "speaker_type": "government", "named": True}


def spoken_labels(frame: pd.DataFrame) -> dict[str, set[str]]:
    """doc_id -> the lower-case labels (without "the") of its speakers with a statement of their own
    (a row whose ``role`` is "speaker"; every row where the frame has no ``role``).

    Example:
        >>> rows = pd.DataFrame({"doc_id": ["d", "d"], "speaker_id": ["d:S1", "d:S2"],
        ...     "speaker_label": ["Finance Ministry", "a spokesman"], "role": ["nested", "speaker"]})
        >>> spoken_labels(rows)
        {'d': {'a spokesman'}}
    """
    rows = frame[frame["speaker_id"].notna()]
    if "role" in rows.columns:
        rows = rows[rows["role"] == "speaker"]
    out: dict[str, set[str]] = {}
    for doc, label in zip(rows["doc_id"], rows["speaker_label"], strict=True):
        out.setdefault(str(doc), set()).add(" ".join(str(label).lower().split()).removeprefix("the "))
    return out
