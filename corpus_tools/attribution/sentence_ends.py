"""Where a sentence of a report ends, for the rules that read the next sentence by hand: one
pattern, so they agree.

:data:`SENTENCE_BREAK` is a stop (".", "!", "?"), any closing quotation marks after it, a wire
take's paragraph mark "<" and the white space and control characters after it: "victimisation
from colleagues.<\\nAndrea Ffrench, 34, told". Read by :mod:`~.article_speakers`,
:mod:`~.representatives`, :mod:`~.aged_lead_descriptions` (a break with a sentence after it) and
:mod:`~.told_hearings`, which each had a copy of it. :mod:`~.office_openers` ("." and one space or
the text's end) and :mod:`~.told_kin` (a "." or a "<", then a space) read narrower ends of their own
on purpose: reading this one would change what they find.

Example:
    >>> [m.group() for m in SENTENCE_BREAK.finditer("He left.'' Then she spoke.<\\nShe did.")]
    [".'' ", '.<\\n']
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_BREAK"]

#: a stop, closing marks, a wire take's "<", white space and control characters
SENTENCE_BREAK = re.compile(r"[.!?]['\"\u2019\u201d]*<?[\s\x00-\x1f]+")
