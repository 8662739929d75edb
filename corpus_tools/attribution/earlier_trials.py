"""A take that tells an earlier trial has its own barristers: its "the prosecution" is not today's.

A wire story sends a background take on the defendant's earlier case: "Ripper-style killer Tom
Hale was cleared of an almost identical murder at the Old Bailey six years ago ... The
prosecution suggested that Hale murdered her after a series of rejections ... the prosecution had
told the jury trying him in 1993 ... But Mr Ann Cole, QC, defending, told the jury ...". The side's
label was read as the one barrister the story's other takes set on that side (today's prosecutor,
:func:`~.side_holders.side_holder` over the group's text), so the earlier case's prosecution was
counted as today's prosecutor and missing from every speaker list (08.12.99/body of the METER
courts, body1back 18-19: TUNE_24's kind K6 in ``benchmarks/claims_tune24.md``, b33 and the body N
groups and drop lists).

:func:`earlier_side`: whether a sentence of a document that names a side of the case ("the
prosecution had told the jury trying him in 1993") dates a trial, a jury or an acquittal to a year
or to "N years ago"; such a document's labels of that side are read over its own text only
(:func:`~.identities._retype`), so "The defence" there is the barrister it sets on the defence, and
"The prosecution" stays the earlier case's unnamed side when it names none. A take on today's
trial that only mentions the earlier acquittal ("Hale was cleared ... six years ago") keeps
reading its sides over the story.
"""

from __future__ import annotations

import functools
import re

__all__ = ["earlier_side", "tells_earlier_trial"]

_AGO = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) years (?:ago|earlier)"
_EARLIER = re.compile(
    rf"\b(?:trial|tried|trying|acquitted|cleared|jury)\b[^.]{{0,80}}?\b(?:in (?:19|20)\d\d\b|{_AGO})"
    r"|\b(?:19|20)\d\d (?:trial|hearing|case)\b"
)


@functools.lru_cache(maxsize=512)
def tells_earlier_trial(text: str) -> bool:
    """Whether ``text`` dates a trial, a jury or an acquittal to a year or to "N years ago".

    Example:
        >>> tells_earlier_trial("Hale was cleared of murder at the Old Bailey six years ago.")
        True
        >>> tells_earlier_trial("She said after the 1993 trial she did not take it personally.")
        True
        >>> tells_earlier_trial("Hale was jailed for life today. He met her in 1993.")
        False
    """
    return bool(_EARLIER.search(" ".join(str(text).split())))


#: the words of each side, as a sentence names it
_SIDE = {
    "prosecution": re.compile(r"\b(?:[Pp]rosecut\w*|[Cc]rown)\b"),
    "defence": re.compile(r"\b[Dd]efen[cs]\w*"),
}


@functools.lru_cache(maxsize=512)
def earlier_side(side: str, text: str) -> bool:
    """Whether a sentence of ``text`` that names ``side`` ("prosecution" or "defence",
    :func:`~.sides.side_of`) dates a trial to a year or to "N years ago" (:func:`tells_earlier_trial`).

    Example:
        >>> back = "Hale was cleared six years ago. The prosecution had told the jury trying him in 1993 so."
        >>> earlier_side("prosecution", back), earlier_side("defence", back)
        (True, False)
        >>> earlier_side("prosecution", "Hale was cleared six years ago. The prosecution said so.")
        False
    """
    word = _SIDE.get(side)
    if word is None or not word.search(text):
        return False
    sentences = re.split(r"(?<=[.!?'\"])\s+(?=[A-Z`'\"])", " ".join(str(text).split()))
    return any(word.search(x) and tells_earlier_trial(x) for x in sentences)
