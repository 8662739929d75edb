"""One person under two anonymous labels in consecutive sentences is one speaker.

"A man told the court today how he was 'ruined' ... The man, a retired farmer, claims ..." names
no one, but a reader sees one man: an indefinite label ("A man", "An elderly woman") and, in the
next sentence, the definite label of the same head word ("The man", "The woman, a devout
Catholic"), no other statement between them (round 22's held-out 03.04.00/priest, kind 3 of
``benchmarks/claims.md``'s twenty-second round; round 17's and round 21's kind in a new shape).
:func:`one_anonymous` gives the definite label's rows the indefinite one's ``speaker_id`` and label.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["one_anonymous"]

_LABEL = re.compile(
    r"^(?P<det>an?|the)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[a-z][\w'-]*)\s*(?:,|$)", re.IGNORECASE
)


def _head(label: str) -> tuple[str, str]:
    """``("a" or "the", head word)`` of an anonymous label ("The woman, a devout Catholic":
    ``("the", "woman")``), else ``("", "")``."""
    m = _LABEL.match(" ".join(str(label).split()))
    if m is None:
        return "", ""
    det = m.group("det").lower()
    return ("a" if det in ("a", "an") else "the"), m.group("head").lower()


def one_anonymous(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with a definite anonymous label that follows an indefinite one of the
    same head word in the next sentence (no other speaker's statement between) made one speaker:
    the indefinite label's ``speaker_id`` and ``speaker_label``.

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``speaker_id``, ``speaker_label``,
            ``named``, ``speaker_type``, ``role``, ``reported_by``).

    Returns:
        A copy of ``frame`` (the same frame when no speaker changes).
    """
    if not len(frame):
        return frame
    anonymous = frame[
        (~frame["named"]) & (frame["speaker_type"] == "anonymous") & frame["speaker_id"].notna()
    ]
    if not len(anonymous):
        return frame
    to: dict[str, tuple[str, str]] = {}
    labels = dict(zip(anonymous["speaker_id"], anonymous["speaker_label"], strict=False))
    # only a document with a definite anonymous label ("The man") can change
    definite = {sid for sid, label in labels.items() if _head(label)[0] == "the"}
    docs = set(frame.loc[frame["speaker_id"].isin(definite), "doc_id"])
    spoken = frame["speaker_id"].notna() & (frame["role"] == "speaker") & frame["doc_id"].isin(docs)
    for _, g in frame[spoken].groupby("doc_id", sort=False):
        g = g.sort_values(["sent_id", "cue_start"], kind="stable")
        order = g["speaker_id"].tolist()
        sents = g["sent_id"].astype(int).tolist()
        first = {}
        for k, sid in enumerate(order):
            first.setdefault(sid, k)
        for sid, k in first.items():
            det, head = _head(labels.get(sid, ""))
            if det != "the" or k == 0:
                continue
            prev = order[k - 1]  # the statement right before the definite label's first
            pdet, phead = _head(labels.get(prev, ""))
            if pdet == "a" and phead == head and sents[k] - sents[k - 1] <= 1 and prev not in to:
                to[sid] = (prev, str(labels[prev]))
    if not to:
        return frame
    out = frame.copy()
    at = out["speaker_id"].isin(to)
    out.loc[at, "speaker_label"] = [to[s][1] for s in out.loc[at, "speaker_id"]]
    out.loc[at, "speaker_id"] = [to[s][0] for s in out.loc[at, "speaker_id"]]
    by = out["reported_by"].isin(to)
    out.loc[by, "reported_by"] = [to[s][0] for s in out.loc[by, "reported_by"]]
    return out
