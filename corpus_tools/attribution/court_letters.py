"""A witness the court calls by a letter is anonymous, whatever the parse made of the letter.

Courts that may not name a victim give her a letter: "Woman A", "Witness C", "Mr X". The reports
write the letter as a name ("Woman B said she had gone to sleep", "His second victim, Woman C, a
28-year-old, said"), so the speaker was typed a named person, where the report says the women
"cannot be named for legal reasons" (21.06.00/sergeant of the METER courts, sergeant1victims: five
such women counted named, row sg35 of round 24's held-out audit in ``benchmarks/claims.md``).
:func:`lettered_anonymous` types such speakers anonymous in the speakers table; the attribution
rows keep their labels, so one letter is still one woman across the takes and the papers.
"""

from __future__ import annotations

import re

import pandas as pd

from corpus_tools.attribution.code_names import CODE_WORDS, code_name

__all__ = ["court_letter", "lettered_anonymous"]

#: a person's common noun or a title, then one capital letter, at the end of the label
_LETTERED = re.compile(
    r"(?:^|\b)(?:[Ww]oman|[Mm]an|Mr|Mrs|Ms|Miss|[Ww]itness|[Gg]irl|[Bb]oy|[Cc]hild|[Vv]ictim|"
    r"[Pp]atient|[Pp]erson|[Oo]fficer|[Ss]oldier|[Pp]upil|[Cc]lient|[Pp]risoner|[Mm]other|[Ff]ather)"
    r" [A-Z](?:$|,)"
)


def court_letter(label: str) -> bool:
    """Whether ``label`` holds a court's letter for a person ("Woman A", "His second victim,
    Woman C", "Mr X"): one capital letter after a person's noun or a title.

    Example:
        >>> court_letter("His second victim, Woman C"), court_letter("Mr X"), court_letter("Mr Xu")
        (True, True, False)
    """
    return bool(_LETTERED.search(" ".join(str(label).split()))) or code_name(label)  # "Officer Kilo"


def lettered_anonymous(table: pd.DataFrame) -> pd.DataFrame:
    """The speakers table ``table`` (``speaker``, ``named``, ``speaker_type``, ``speaker_kind``) with
    each speaker a court's letter names (:func:`court_letter`) not named and of kind anonymous."""
    cheap = r" [A-Z](?:$|,)|" + "|".join(CODE_WORDS)  # a letter or a code word somewhere
    if not len(table) or not table["speaker"].str.contains(cheap, regex=True).any():
        return table
    at = table["speaker"].map(court_letter)
    if not at.any():
        return table
    out = table.copy()
    out.loc[at, ["named", "speaker_type", "speaker_kind"]] = [False, "anonymous", "anonymous"]
    return out
