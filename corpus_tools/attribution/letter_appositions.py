"""A woman described, then given the court's letter in apposition, is the woman of that letter.

One take calls a victim by the letter the court gave her ("Woman B said she had gone to sleep");
the night lead describes her and gives the letter beside the description: "a 45-year-old
divorcee, known as Woman B, had claimed that ...", "The woman, who cannot be named for legal
reasons and was referred to as Woman A, said ...". Read by their descriptions, each woman was a
speaker apart from her letter's, so the wire's speaker list counted her twice and a paper that
quotes "Woman A" dropped the described one (21.06.00/sergeant of the METER courts, sergeant3nl and
its resend 4nl: round 24's held-out audit in ``benchmarks/claims.md``, the victims' second labels
behind every "Of PA's 25").

The shape: an unnamed speaker one of whose mentions is followed by a comma and "known as",
"referred to as" (or its misprint "refered", sergeant4nl), "identified as" or "called" (after a
"who" clause of its own, if any) and a court's letter (:func:`~.court_letters.court_letter`:
"Woman A", "Witness C", "Mr X"). Every row of that speaker takes the letter as its label, typed
as the letter's own mentions are typed ("Woman B said": a person), so the takes' one-witness
reading joins her to the woman of that letter; :func:`~.court_letters.lettered_anonymous` then
types her anonymous in the speakers table.

* :func:`given_letter`: the letter given in apposition right after a mention.
* :func:`letter_appositions`: the attribution rows with each such speaker labelled by its letter.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.court_letters import court_letter

__all__ = ["given_letter", "letter_appositions"]

_GIVEN = re.compile(
    r"^\s*,\s*(?:who\b[^.;:]{0,80}?\b)?(?:known|refer+ed to|identified|called)(?: in court| at the trial)?"
    r" as ((?:[Ww]oman|[Mm]an|Mr|Mrs|Ms|Miss|[Ww]itness|[Gg]irl|[Bb]oy|[Cc]hild|[Vv]ictim|[Pp]atient|"
    r"[Pp]erson) [A-Z])\b(?![\w'])"
)


def given_letter(text: str, end: int) -> str:
    """The court's letter ``text`` gives in apposition right after a mention ending at ``end``,
    else "".

    Example:
        >>> t = "a 40-year-old nurse, known as Woman D, said she was afraid."
        >>> given_letter(t, len("a 40-year-old nurse"))
        'Woman D'
        >>> t = "The man, who cannot be named and was referred to as Mr X, said"
        >>> given_letter(t, len("The man")), given_letter("A nurse, known as Daisy, said", 7)
        ('Mr X', '')
    """
    m = _GIVEN.match(" ".join(text[end : end + 160].split()))
    return m.group(1) if m and court_letter(m.group(1)) else ""


def letter_appositions(frame: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each unnamed speaker that a mention's apposition gives a court's
    letter (:func:`given_letter`) labelled by that letter, named and typed a person as the
    letter's own mentions are.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_end``, ``named``,
            ``speaker_label``, ``speaker_type``).
        corpus: the corpus frame (``text``).

    Returns:
        A copy of ``frame`` (the same frame when no speaker changes).
    """
    if not len(frame):
        return frame
    texts = corpus["text"]
    docs = [d for d in dict.fromkeys(frame["doc_id"]) if " as " in str(texts.get(d, ""))]
    rows = frame[frame["doc_id"].isin(docs) & frame["speaker_id"].notna() & ~frame["named"]]
    to: dict[str, str] = {}
    for doc, sid, end in zip(rows["doc_id"], rows["speaker_id"], rows["speaker_end"], strict=True):
        if sid not in to and end == end:
            letter = given_letter(str(texts[doc]), int(end))
            if letter:
                to[sid] = letter
    if not to:
        return frame
    out = frame.copy()
    at = out["speaker_id"].isin(to)
    out.loc[at, "speaker_label"] = [to[s] for s in out.loc[at, "speaker_id"]]
    out.loc[at, "named"] = True
    out.loc[at, "speaker_type"] = "person"
    return out
