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

:func:`tells_earlier_trial`: whether a document dates a trial, a jury or an acquittal to a year or to
"N years ago"; such a document's side labels are read over its own text only
(:func:`~.identities._retype`), so "The defence" there is the barrister it sets on the defence,
and "The prosecution" stays the earlier case's unnamed side when it names none.
"""

from __future__ import annotations

import functools
import re

__all__ = ["tells_earlier_trial"]

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
