"""A "he said" after a sentence of the teller's account follows the teller, not the account's "He".

"Ann Hale, prosecuting, said the boy was 15. He was 20 years her senior. She was a pupil, he
said, adding: '...'" The middle sentence goes on with counsel's account in the paper's voice, its
"He" the man the account is about; the "he said" of the next sentence is counsel's again, but a
pronoun reader takes it for the last "He", the defendant (round 22's held-out 03.04.00/priest,
the star's sentences 5-7; kind 7 of ``benchmarks/claims.md``'s twenty-second round).

:func:`teller_pronouns` gives such a pronoun statement to the teller: a "he said" or "she said"
read as someone else, when the statement just before it (one sentence between) is a named
person's of the pronoun's gender, and the sentence between opens with a pronoun ("He was ...",
"She had ...") and holds no statement.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["teller_pronouns"]

_FEMALE = re.compile(r"^(?:Mrs|Ms|Miss|Lady|Dame|Mme)\b")
_OPENS = {"he": re.compile(r"^\W*He\s"), "she": re.compile(r"^\W*She\s")}
_CARRIED = ["speaker_id", "speaker_label", "named", "speaker_type", "affiliation"]


def teller_pronouns(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with a pronoun "he said" after a sentence of the teller's account
    given to the teller (see the module docstring).

    Args:
        frame: the attribution rows (``doc_id``, ``sent_id``, ``speaker``, ``speaker_start``,
            ``content_end``, ``resolved_from``, ``role`` and :data:`_CARRIED`).
        corpus: the corpus frame (``text``), where the sentence between is read.

    Returns:
        A copy of ``frame`` (the same frame when no row changes).
    """
    if not len(frame):
        return frame
    pron = frame["resolved_from"].eq("pronoun") & frame["speaker"].str.lower().isin(_OPENS)
    if not pron.any():
        return frame
    texts = {str(d): str(t) for d, t in corpus["text"].items()}
    spoken = frame[(frame["role"] == "speaker") & frame["speaker_id"].notna()]
    docs = set(frame.loc[pron, "doc_id"])
    by_doc = {d: g for d, g in spoken[spoken["doc_id"].isin(docs)].groupby("doc_id", sort=False)}
    changes: dict[int, int] = {}
    held = {(d, int(s)) for d, s in zip(spoken["doc_id"], spoken["sent_id"], strict=True) if d in docs}
    for i, doc, sent in zip(
        frame.index[pron], frame.loc[pron, "doc_id"], frame.loc[pron, "sent_id"], strict=True
    ):
        sent = int(sent)
        if (doc, sent - 2) not in held or (doc, sent - 1) in held:
            continue  # the statement before must lie two sentences back, none between
        r = frame.loc[i]
        here = by_doc.get(doc, spoken.iloc[:0])
        before = here[here["sent_id"] < sent]
        if not len(before) or int(before["sent_id"].max()) != sent - 2:
            continue  # the statement before must lie two sentences back, none between
        s = before.loc[before["sent_id"] == sent - 2].iloc[-1]
        if (
            s["speaker_id"] == r["speaker_id"]
            or not s["named"]
            or s["speaker_type"] not in ("person", "official")
        ):
            continue
        female = bool(_FEMALE.match(str(s["speaker_label"])))
        if female != (r["speaker"].lower() == "she"):
            continue
        between = texts.get(str(doc), "")[int(s["content_end"]) : int(r["speaker_start"])]
        if _OPENS[r["speaker"].lower()].match(between.lstrip(" .\"'”’\n")):
            changes[i] = s.name
    if not changes:
        return frame
    out = frame.copy()
    for i, j in changes.items():
        out.loc[[i], _CARRIED] = frame.loc[[j], _CARRIED].to_numpy()
    # the rows of the same sentence and speaker ("he said, adding:") follow the first
    for i, j in changes.items():
        same = (out["doc_id"] == frame.at[i, "doc_id"]) & (out["sent_id"] == frame.at[i, "sent_id"])
        same &= frame["speaker_id"].eq(frame.at[i, "speaker_id"]) & frame["resolved_from"].eq("pronoun")
        out.loc[same, _CARRIED] = frame.loc[[j], _CARRIED].to_numpy().repeat(int(same.sum()), axis=0)
    return out
