"""One cue, one speaker: one statement, however many mentions the parse found for the speaker.

Wire copy titles a speaker twice in one subject: "GM Vice President and chief labor negotiator
Alfred Warren recently told Reuters that the 1987 bargaining round would likely be the most
difficult of the decade" (read from TUNE_32's 16220+16242, 16220 8, kind W12 of
``benchmarks/claims_tune32.md``). The parse gave the cue two subjects, the whole title and
"chief labor negotiator Alfred Warren"; both resolved to Warren, so the findings counted his one
statement twice ("2 statements credit a news agency"). The rule: rows of one document with the
same cue (its offset) and the same resolved speaker are one statement; the first is kept, the
index numbered again.

* :func:`one_row_a_cue`: the frame with such repeats dropped.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["one_row_a_cue"]


def one_row_a_cue(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (:func:`~.attributions.attributions`' rows) without a row whose ``doc_id``,
    ``cue_start`` and ``speaker_id`` repeat an earlier row's (module docstring); a row with no
    speaker or no cue is kept. The index is numbered again when a row is dropped.

    Example:
        >>> f = pd.DataFrame({"doc_id": ["d", "d", "d"], "cue_start": [9, 9, 30], "cue": ["told"] * 3,
        ...                   "speaker_id": ["d:S1", "d:S1", "d:S1"]})
        >>> one_row_a_cue(f).index.tolist()
        [0, 1]
    """
    if not len(frame) or not {"doc_id", "cue_start", "speaker_id", "cue"} <= set(frame.columns):
        return frame
    keyed = frame["speaker_id"].notna() & frame["cue"].astype(str).ne("")
    again = frame.duplicated(["doc_id", "cue_start", "speaker_id"]) & keyed
    return frame[~again].reset_index(drop=True) if again.any() else frame
