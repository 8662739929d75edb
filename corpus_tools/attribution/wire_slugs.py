"""A wire take's header line names no one, though it holds the story's catchword.

A PA take opens with a header line whose catchword is often the defendant's surname: "18:49
21/06/00: Page 1 (HHH) COURTS Richards Nightlead", above the headline and the lead "A former Tory
Minister ... today admitted ... / Rod Richards also admitted". The opening descriptions
(:mod:`~.opening_pleas`, :mod:`~.opening_speakers`) take the description for the man named next
only when the text has not named his surname before the description's sentence ends, and read the
catchword as such a naming: the description stayed a speaker of its own (read from TUNE_25's
21.06.00/richards, richards1nl, kind K1 of ``benchmarks/claims_tune25.md``).

The rule: a line of the text that is a wire header (``text.chrome.WIRE_HEADER``: a time, a date,
then the page and the catchwords) is blanked, its length kept, before the surname is looked for.

* :func:`without_slugs`: the text with its wire header lines blanked.
"""

from __future__ import annotations

import re

from corpus_tools.text.chrome import WIRE_HEADER

__all__ = ["without_slugs"]

_LINE = re.compile(r"^[ \t]*(\d{1,2}[:.]\d{2}[ \t]+\d{1,2}/\d{1,2}/\d{2,4}\b[^\n]*)$", re.MULTILINE)


def without_slugs(text: str) -> str:
    """``text`` with each wire header line replaced by spaces of its length (offsets kept).

    Example:
        >>> without_slugs("  18:49 21/06/00: Page 1 (HHH) COURTS Richards Nightlead\\nA man said.").strip()
        'A man said.'
    """
    if ":" not in text and "." not in text:  # cheap: no time, no header line
        return text
    return _LINE.sub(lambda m: " " * len(m.group(0)) if WIRE_HEADER.match(m.group(1)) else m.group(0), text)
