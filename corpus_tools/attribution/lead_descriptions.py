"""The lead's description of a speaker is the person the next sentence names with a title.

Wire copy opens on a description and names the speaker in the next sentence, his title in
apposition: "The Soviet Union ... has not decided whether to apply for membership, a senior Soviet
State Bank official said. / "No specific plans exist ...," Yurij Ponomarev, international managing
director of the State Bank, told Reuters." (round 34, branch audit34, Reuters-21578 17214 0-1 and
17376 0-1, ``benchmarks/claims.md``, ad4 and ad6). The description was counted an anonymous speaker
beside the named man, and so was each later "the State Bank official said".

The rule: when the speaker of the first statement of a document is an unnamed singular description
(an official, an observer), the first statement of the next sentence is a person named there for
the first time with a title in apposition before the cue ("Name, title, told"), and the
description and the title share a capitalised word ("State Bank"; "Bank"), the description's
rows are that person's. A description and a title with no word in common ("a senior official" ...
"Tom Hale, the White House spokesman") stay two speakers.

* :func:`named_leads`: the attribution rows with such descriptions made the person they describe.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["named_leads"]

#: a capitalised word of a description or a title ("State", "Bank"), not an article
_CAPITAL = re.compile(r"\b[A-Z][a-z][\w-]*")
_ARTICLES = frozenset({"The", "A", "An"})
#: an apposition between a name and its cue: ", international managing director of the State Bank,"
_APPOSITION = re.compile(r"^\s*,\s+[^,]{3,120},\s*$")


def _capitals(text: str) -> set[str]:
    return {w.removesuffix("'s") for w in _CAPITAL.findall(text)} - _ARTICLES


def named_leads(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the rows of a lead's description given the ``speaker_id``, ``speaker_label``,
    ``named`` and ``speaker_type`` of the person the next sentence names (module docstring).

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``speaker_start``, ``speaker_end``,
            ``cue_start``, ``speaker_id``, ``speaker_label``, ``named``, ``speaker_type``, ``role``).
        corpus: the corpus frame (its ``text``).

    Returns:
        A copy of ``frame`` (the same frame when no speaker changes).
    """
    if not len(frame):
        return frame
    unnamed = ~frame["named"] & frame["speaker_type"].isin(("official", "anonymous"))
    lead = frame[(frame["sent_id"] == 0) & unnamed]
    if not len(lead):  # the cheap test first: an unnamed speaker in a first sentence
        return frame
    out, changed = frame, False
    for doc_id in lead["doc_id"].unique():
        rows = frame[(frame["doc_id"] == doc_id) & frame["speaker_id"].notna() & (frame["role"] == "speaker")]
        rows = rows.sort_values(["sent_id", "cue_start"], kind="stable")
        if not len(rows) or rows.iloc[0]["sent_id"] != 0:
            continue
        first = rows.iloc[0]
        if first["named"] or first["speaker_type"] not in ("official", "anonymous"):
            continue
        label = " ".join(str(first["speaker_label"]).split())
        if label.split(" ", 1)[0].lower() not in ("a", "an", "the"):
            continue
        nxt = rows[rows["sent_id"] == 1]
        if not len(nxt):
            continue
        person = nxt.iloc[0]
        if not person["named"] or person["speaker_type"] not in ("person", "official"):
            continue
        if (rows[rows["sent_id"] == 0]["speaker_id"] == person["speaker_id"]).any():
            continue  # named before: another person
        text = str(corpus.loc[doc_id, "text"])
        between = text[int(person["speaker_end"]) : int(person["cue_start"])]
        if not _APPOSITION.match(between) or not _capitals(label) & _capitals(between):
            continue
        if not changed:
            out, changed = frame.copy(), True
        at = (out["doc_id"] == doc_id) & (out["speaker_id"] == first["speaker_id"])
        cols = ["speaker_id", "speaker_label", "named", "speaker_type"]
        out.loc[at, cols] = [person[c] for c in cols]
    return out
