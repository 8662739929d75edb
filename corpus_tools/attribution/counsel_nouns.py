""""The barrister said" is the barrister the text named with his side just before.

A court report names counsel once with a side and then calls him by his trade: "However, said
Louis Hale, prosecuting, it was ``not a clean break'' ... The barrister said that after a night's
drinking he phoned her". "The barrister" names no side, so :mod:`~.side_holders` (which reads "The
prosecutor", "The defence") left it an anonymous speaker of its own beside the prosecutor: one
more speaker in the take's count, and a second "drop" of the prosecutor in each paper. Read from
TUNE_26's 18.02.00/palace (palace2sub 7 and 12; ``benchmarks/claims_tune26.md``, kind K1).

* :func:`counsel_named_before`: for a bare "The barrister", "the QC" or "the counsel", the last
  barrister named with a side (:func:`~.side_holders.named_sides`) before the mention in its
  document; "" when there is none.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.lawyer_nouns import lawyer_named_before
from corpus_tools.attribution.side_holders import named_sides

__all__ = ["counsel_named_before"]

#: a barrister by trade alone, no side, no name ("The barrister", "the QC", "the counsel")
_TRADE = re.compile(r"(?i)the (?:barrister|QC|counsel)")


def counsel_named_before(label: str, before: str) -> str:
    """The barrister named with a side last in ``before`` (the document before the mention) for a
    bare ``label`` "The barrister"; "" otherwise.

    Example:
        >>> before = "However, said Tom Bell, prosecuting, it was over. "
        >>> counsel_named_before("The barrister", before), counsel_named_before("The witness", before)
        ('Tom Bell', '')
        >>> counsel_named_before("The barrister", "Tom Bell said it was over. ")
        ''
    """
    if not _TRADE.fullmatch(" ".join(str(label).split())):
        return lawyer_named_before(label, before)  # "The lawyer added" (:mod:`~.lawyer_nouns`)
    if "ing" not in before and " for " not in before:
        return ""  # the cheap test first: "prosecuting", "defending", "for the defence"
    found = named_sides(before)
    return found[-1][1] if found else ""
