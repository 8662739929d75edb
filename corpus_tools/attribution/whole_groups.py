"""A group of people who plead or speak together, under several labels: one speaker.

A court report on many defendants gives their joint plea as "All 28 defendants have pleaded not
guilty" in one take, "All 19 men and nine women ... have denied" in another and "All have denied"
in a third (``benchmarks/claims_tune18.md``, kind T1: gm's defendants counted three times among
PA's speakers). The group is one speaker:

* :func:`whole_group`: whether a label is a whole group ("All", "All 28 defendants", "Both men",
  "All the accused", "the 28 defendants"), never a part of one ("Several of the defendants", "Two
  of the men");
* :func:`same_group`: two whole groups of one story's takes are one speaker
  (:func:`~.take_speakers.same_in_takes`);
* :func:`one_group`: in one document, the counted parts of one joint subject ("All 19 men and nine
  women", which the joint reading splits into "All 19 men" and "nine women") are one speaker,
  labelled as the subject, and so are two whole-group labels.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools import lexicon

__all__ = ["one_group", "same_group", "whole_group"]

_NUMBER = r"(?:\d+|" + "|".join(sorted(lexicon.NUMBER_WORDS, key=len, reverse=True)) + ")"
#: "All", "All 28 defendants", "all the accused", "Both men", "All of them"
_WHOLE = re.compile(
    rf"^(?:all|both)(?: of)?(?: the| them)?(?: {_NUMBER})?(?: (?:[a-z][a-z-]*s|[a-z-]*men)| accused)?$"
)
#: "the 28 defendants", "The defendants", "the accused"
_THE = re.compile(rf"^the(?: {_NUMBER})? (?:defendants|accused)$")
#: the counted part of a joint subject after a whole group: "nine women", "19 men"
_COUNTED = re.compile(rf"^{_NUMBER} (?:[a-z][a-z-]*s|[a-z-]*men)$")


def whole_group(label: str) -> bool:
    """Whether a speaker label is a whole group of people, unnamed ("All", "All 28 defendants",
    "Both men", "the accused"), not a part of one ("Several of the defendants").

    Example:
        >>> [whole_group(x) for x in ["All", "All 28 defendants", "the accused", "All 19 men and nine women"]]
        [True, True, True, True]
        >>> [whole_group(x) for x in ["Several of the defendants", "Two of the men", "the defendant"]]
        [False, False, False]
    """
    first, *parts = " ".join(str(label).lower().split()).split(" and ")
    counted = all(_COUNTED.match(p) for p in parts)  # "All 19 men and nine women"
    return counted and bool(_WHOLE.match(first) or _THE.match(first))


def same_group(a: str, b: str) -> bool:
    """Whether two speakers of one story's takes are one whole group (:func:`whole_group` both).

    Example:
        >>> same_group("All", "All 28 defendants"), same_group("All", "Several of the defendants")
        (True, False)
    """
    return whole_group(a) and whole_group(b)


def one_group(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with, in each document, the whole groups one speaker: a whole group and
    the counted parts its cue gives with it ("All 19 men" and "nine women" of one cue: "All 19 men
    and nine women"), and every other whole-group label of the document; other rows unchanged.

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``cue_start``, ``speaker_start``,
            ``speaker_id``, ``speaker_label``, ``named``).

    Returns:
        ``frame`` itself when nothing is joined, else a copy.
    """
    need = {"doc_id", "sent_id", "cue_start", "speaker_start", "speaker_id", "speaker_label", "named"}
    if not len(frame) or not need <= set(frame.columns):
        return frame
    unnamed = frame[frame["speaker_id"].notna() & ~frame["named"].astype(bool)]
    labels = unnamed["speaker_label"].astype(str)
    whole = unnamed.loc[labels.map({x: whole_group(x) for x in labels.unique()}).astype(bool)]
    if whole.empty:
        return frame
    out = frame
    for _, rows in whole.groupby("doc_id", sort=False):
        own = rows.sort_values("speaker_start", kind="stable").iloc[0]
        first = rows.drop_duplicates("speaker_id")
        label, joined = str(own["speaker_label"]), set(first["speaker_id"])
        doc = unnamed[unnamed["doc_id"] == own["doc_id"]]
        for _, r in first.iterrows():  # "All 19 men" and "nine women" of one cue
            parts = doc[(doc["sent_id"] == r["sent_id"]) & (doc["cue_start"] == r["cue_start"])]
            parts = parts.loc[parts["speaker_label"].map(lambda x: bool(_COUNTED.match(str(x)))).astype(bool)]
            parts = parts[parts["speaker_start"] > r["speaker_start"]].drop_duplicates("speaker_id")
            if len(parts):
                joined |= set(parts["speaker_id"])
                if r["speaker_id"] == own["speaker_id"]:
                    label = " and ".join([label, *parts["speaker_label"].astype(str)])
        if len(joined) < 2:
            continue
        out = out.copy() if out is frame else out
        at = out["speaker_id"].isin(joined)
        out.loc[at, ["speaker_id", "speaker_label"]] = [own["speaker_id"], label]
    return out
