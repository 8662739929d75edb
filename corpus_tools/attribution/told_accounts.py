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
statement both before and after it within :data:`REACH` sentences, whose cue is, with one teller
on both sides (counsel before and after it, or the hearing before and after it),

* a telling to a person of the story ("told her", "told the frightened girl", "told a nurse",
  "was told by her surgeon": a hearer that is no court, jury, police, press nor a named body), or
* an act of speech between the story's people ("promised", "threatened", "warned", "asked her
  to"); or, with any speakers on the two sides,
* any cue of an unnamed speaker already told inside an account, whose every statement in the
  document lies between those two ("The court heard the nurse threatened ... The nurse then said
  she would tell her father").

A body's statement (a public promise or announcement), a plea ("denies"), a statement to the
court or the police ("told the jury", "told officers"), a question put ("asked why"), words
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
#: a cue word of :data:`_TELL` or :data:`_ACTS` (a word as :func:`_words` reads it)
_CUE_WORDS = re.compile(
    r"(?<![a-z'])(?:" + "|".join(sorted(w for w in _TELL | _ACTS if " " not in w)) + r")(?![a-z'])"
)


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


#: "asked her to come": a request to a person, not a question put ("asked the surgeon whether")
_ASKED_WHOM = re.compile(r"^\s*(?:her|him|them|me|us)\s+to\b")


def _act(cue: str, next_words: str = "") -> bool:
    """An act of speech between the story's people: "promised", "threatened", "warned"; "asked"
    only as a request to a person ("asked her to come"), not a question put ("asked why")."""
    words = _words(cue)
    if not words or not (words[0] in _ACTS or any(w in _ACTS for w in words[:3])):
        return False
    return "asked" not in words or bool(_ASKED_WHOM.match(next_words))


def accounts_told(frame: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The attribution rows with each act of speech told inside another speaker's account made
    ``nested`` in it (``reported_by``: the teller's ``speaker_id``); see the module docstring.

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``cue``, ``cue_start``, ``cue_end``,
            ``speaker_start``, ``medium``, ``role``, ``speaker_id``, ``named``, ``speaker_type``,
            ``quote_type``, ``resolved_from``, ``reported_by``).
        corpus: the corpus frame (``text``), where the words after a cue are read ("asked the
            inquest why": a question for the record); None reads none.

    Returns:
        A copy of ``frame`` (the same frame when no row changes).
    """
    if not len(frame) or not {"told", "tell", "promised", "threatened", "asked", "warned"} & set(
        " ".join(frame["cue"].astype(str)).lower().split()
    ):
        return frame
    texts = {str(d): str(t) for d, t in corpus["text"].items()} if corpus is not None else {}
    changes: dict[int, str] = {}
    # only a document with a telling or an act among its cues, or a row told inside one, can change
    cues = frame["cue"].astype(str).str.lower().str.contains(_CUE_WORDS)
    docs = set(frame.loc[cues | frame["role"].eq("nested"), "doc_id"])
    sub = frame[frame["doc_id"].isin(docs)]
    records = dict(zip(sub.index, sub.to_dict("records"), strict=True))  # once: a frame's to_dict is slow
    for _, g in sub.groupby("doc_id", sort=False):
        g = g.sort_values(["sent_id", "cue_start"], kind="stable")
        recs = [(i, records[i]) for i in g.index]
        told = {r["speaker_id"] for _, r in recs if r["role"] == "nested"}  # already told inside one
        kept = [
            (i, r)
            for i, r in recs
            if r["role"] == "speaker" and isinstance(r["speaker_id"], str) and int(r["sent_id"]) >= 0
        ]
        idx, rows = [i for i, _ in kept], [r for _, r in kept]
        heard = {r["speaker_id"] for r in rows if r["resolved_from"] == "hearing"}
        text = texts.get(str(g["doc_id"].iloc[0]), "")
        for k, r in enumerate(rows):
            if r["speaker_id"] in heard or not _candidate(r):
                continue
            me, sent = r["speaker_id"], int(r["sent_id"])
            told_here = {j for j in range(k) if idx[j] in changes}  # told inside an account just now
            earlier = [x for j, x in enumerate(rows[:k]) if x["speaker_id"] != me and j not in told_here]
            before = earlier[-1] if earlier else None
            after = next((x for x in rows[k + 1 :] if x["speaker_id"] != me), None)
            if before is None or after is None:
                continue
            lo, hi = int(before["sent_id"]), int(after["sent_id"])
            if sent - lo > REACH or hi - sent > REACH:
                continue
            outside = [x for x in rows if x["speaker_id"] == me and not lo <= int(x["sent_id"]) <= hi]
            if sum("said" in _words(str(x["cue"])) for x in outside) >= 2:
                continue  # a teller of his own elsewhere: "He told her" misread for counsel
            unnamed = not outside and not r["named"] and me in told
            teller = before["speaker_id"]  # the account's teller again after it, only such rows between
            back = next((j for j in range(k + 1, len(rows)) if rows[j]["speaker_id"] == teller), None)
            one_teller = (
                back is not None
                and int(rows[back]["sent_id"]) - sent <= REACH
                and all(x["speaker_id"] == me or _told_shape(x, text) for x in rows[k + 1 : back])
            )
            if (one_teller and _told_shape(r, text)) or unnamed:
                changes[idx[k]] = before["speaker_id"]
    if not changes:
        return frame
    out = frame.copy()
    at = list(changes)
    out.loc[at, "role"] = "nested"
    out.loc[at, "reported_by"] = [changes[i] for i in at]
    return out


def _told_shape(r: dict, text: str) -> bool:
    """A row of a telling to a person of the story or of an act between the story's people."""
    cue, medium = str(r["cue"]), str(r["medium"] or "")
    after_cue = int(r["speaker_start"]) > int(r["cue_start"])
    next_words = text[int(r["cue_end"]) : int(r["cue_end"]) + 40] if text else ""
    act = _act(cue, next_words) and not _RECORD.search(next_words)  # "asked the inquest why"
    return _candidate(r) and (_hearer_of_story(cue, medium, after_cue) or act)


def _candidate(r: dict) -> bool:
    """A row that may be told inside an account: a person's (a body's promise or announcement is
    public), no plea, no words quoted as the speaker's own ("told them 'to kill'")."""
    plea = str(r["cue"]).lower().startswith(("denie", "deny", "admit"))
    quoted = r.get("quote_type") in ("direct", "mixed")
    body = r.get("speaker_type") in ("organisation", "government", "media", "document")
    return not (plea or quoted or body)
