"""Acts told inside another's account are that account's, not statements of the case.

In a court report counsel's opening (or what "the court heard") runs over several sentences, and
in it the people of the story speak to one another years before: "the doctor told her she would
lose her leg", "he promised the nurse he would stop", "the warden threatened to tell her mother",
"the defendant called her and asked her to come". These are events of the account, told in the
paper's voice between two statements of the account's teller ("Mr Hale went on" ... "Mr Hale
said"), never statements made to the court, the police or the press (round 22's held-out
03.04.00/priest, kind 4 of ``benchmarks/claims.md``'s twenty-second round).

:func:`accounts_told` reads the attribution rows of each document in order and makes such a row
``nested`` in the statement before it (``reported_by`` its teller): a row with another speaker's
statement both before and after it within :data:`REACH` sentences, whose cue is

* a telling to a person of the story ("told her", "told the frightened girl", "told a nurse",
  "was told by her surgeon": a hearer that is no court, jury, police, press nor a named body), or
* an act of speech between the story's people ("promised", "threatened", "asked", "warned"), or
* any cue of an unnamed speaker already told inside an account, whose every statement in the
  document lies between those two ("The court heard the nurse threatened ... The nurse then said
  she would tell her father").

A plea ("denies"), a statement to the court or the police ("told the jury", "told officers"), words
quoted as the speaker's own ("told his followers 'to fight'") and a speaker with statements of
his own outside the account keep their rows.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["REACH", "accounts_told"]

#: how many sentences before and after an account's statements may lie from the row told inside
REACH = 10
_TELL = frozenset({"told", "tell", "tells", "telling"})
_ACTS = frozenset({"promised", "threatened", "asked", "warned", "begged", "assured", "pleaded with"})
#: hearers of a statement made for the record: a court, the police, the press
_RECORD = re.compile(
    r"\b(?:court|courts|jury|jurors|judge|judges|magistrates?|bench|police|officers?|detectives?|"
    r"investigators?|reporters?|journalists?|press|media|inquest|tribunal|hearing|inquiry|coroner|"
    r"committee|mps|panel|hospital|council|newspaper|paper|programme|audience|meeting|conference)\b",
    re.IGNORECASE,
)
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are"})


def _words(cue: str) -> list[str]:
    return re.findall(r"[a-z']+", cue.lower())


def _hearer_of_story(cue: str, medium: str, after_cue: bool) -> bool:
    """A telling whose hearer is a person of the story: "told her", "told a nurse", "was told by
    her surgeon" (the passive's subject hears; the speaker stands after the cue)."""
    words = _words(cue)
    if not _TELL & set(words):
        return False
    if _PASSIVE & set(words):
        return after_cue  # "she was then told by her surgeon": the agent speaks to the subject
    hearer = medium or " ".join(words[words.index(next(w for w in words if w in _TELL)) + 1 :])
    if not hearer.strip():
        return False
    # "told the jury", "told officers", "told Reuters": a statement for the record
    return not (_RECORD.search(hearer) or re.match(r"\s*(?:the\s+)?[A-Z][a-z]", medium or ""))


def _act(cue: str) -> bool:
    words = _words(cue)
    return bool(words) and (words[0] in _ACTS or any(w in _ACTS for w in words[:3]))


def accounts_told(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each act of speech told inside another speaker's account made
    ``nested`` in it (``reported_by``: the teller's ``speaker_id``); see the module docstring.

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``cue``, ``cue_start``,
            ``speaker_start``, ``medium``, ``role``, ``speaker_id``, ``named``, ``resolved_from``,
            ``reported_by``).

    Returns:
        A copy of ``frame`` (the same frame when no row changes).
    """
    if not len(frame) or not {"told", "tell", "promised", "threatened", "asked", "warned"} & set(
        " ".join(frame["cue"].astype(str)).lower().split()
    ):
        return frame
    changes: dict[int, str] = {}
    for _, g in frame.groupby("doc_id", sort=False):
        g = g.sort_values(["sent_id", "cue_start"], kind="stable")
        recs = list(zip(g.index, g.to_dict("records"), strict=True))
        told = {r["speaker_id"] for _, r in recs if r["role"] == "nested"}  # already told inside one
        kept = [
            (i, r)
            for i, r in recs
            if r["role"] == "speaker" and isinstance(r["speaker_id"], str) and int(r["sent_id"]) >= 0
        ]
        idx, rows = [i for i, _ in kept], [r for _, r in kept]
        heard = {r["speaker_id"] for r in rows if r["resolved_from"] == "hearing"}
        for k, r in enumerate(rows):
            plea = str(r["cue"]).lower().startswith(("denie", "deny", "admit"))
            quoted = r.get("quote_type") in (
                "direct",
                "mixed",
            )  # their own words quoted: "told them 'to kill'"
            if r["speaker_id"] in heard or plea or quoted:
                continue
            me, sent = r["speaker_id"], int(r["sent_id"])
            told_here = {j for j in range(k) if idx[j] in changes}  # told inside an account just now
            before = next(
                (
                    x
                    for j, x in reversed(list(enumerate(rows[:k])))
                    if x["speaker_id"] != me and j not in told_here
                ),
                None,
            )
            after = next((x for x in rows[k + 1 :] if x["speaker_id"] != me), None)
            if before is None or after is None:
                continue
            lo, hi = int(before["sent_id"]), int(after["sent_id"])
            if sent - lo > REACH or hi - sent > REACH:
                continue
            outside = [x for x in rows if x["speaker_id"] == me and not lo <= int(x["sent_id"]) <= hi]
            if sum("said" in _words(str(x["cue"])) for x in outside) >= 2:
                continue  # a teller of his own elsewhere: "He told her" misread for counsel
            cue, medium = str(r["cue"]), str(r["medium"] or "")
            after_cue = int(r["speaker_start"]) > int(r["cue_start"])
            unnamed = not outside and not r["named"] and me in told
            if _hearer_of_story(cue, medium, after_cue) or _act(cue) or unnamed:
                changes[idx[k]] = before["speaker_id"]
    if not changes:
        return frame
    out = frame.copy()
    at = list(changes)
    out.loc[at, "role"] = "nested"
    out.loc[at, "reported_by"] = [changes[i] for i in at]
    return out
