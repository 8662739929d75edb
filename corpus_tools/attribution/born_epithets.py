"""A birthplace epithet describes the person the report has named, as an age does.

"Sergeant Tom Reed grew paler during his trial. ... After his training the Leeds-born officer was
sent to Harrogate ... He told his trial: '...'": "the Leeds-born officer" is Reed, and so is the "He"
that follows it. The description was read as no person's (an office word, no age), so the statement
went to an anonymous "officer" beside Reed, one man counted twice (21.06.00/sergeant of the METER
courts, sergeant1profile 10-12: "the Bedford-born officer", row sg23 of round 24's held-out audit in
``benchmarks/claims.md``). :func:`~.descriptions.described_person` reads such a description as it
reads "the 41-year-old", at the place it is written when a pronoun after it is the mention.
"""

from __future__ import annotations

import re

__all__ = ["born_epithet"]

_BORN = re.compile(r"\b[A-Z][a-z]+-born\b")


def born_epithet(desc: str) -> bool:
    """Whether ``desc`` holds a birthplace epithet ("the Leeds-born officer"; not "newborn").

    Example:
        >>> born_epithet("the Leeds-born officer"), born_epithet("the newborn baby")
        (True, False)
    """
    return bool(_BORN.search(desc))
