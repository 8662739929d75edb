"""A company named for a line of business and what it does: "Marketing and Acquisition Consultants
Ltd" is one firm, not "Marketing" and "Acquisition Consultants Ltd" (benchmarks/family_round50.md).

>>> gerund_line_joins("Marketing", "Acquisition Consultants Ltd")
True
>>> gerund_line_joins("Boeing", "United Technologies Corp")
False
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import COMPANY_ENDS

__all__ = ["gerund_line_joins"]

#: a line of business written as a capitalised gerund with a stem of five letters or more
#: ("Marketing", "Printing", "Publishing"; not a short name in -ing as "Boeing" or "Fleming")
_GERUND = re.compile(r"[A-Z][a-z]{4,}ing")


def gerund_line_joins(first: str, head: str) -> bool:
    """Whether "first and head" is one company: ``first`` one gerund alone (a line of business,
    :data:`_GERUND`) and ``head`` capitalised words ending in a company's ending ("Printing and
    Binding Co"; "Reuters and Printing Co" is two: the word before "and" is not a gerund alone)."""
    words = head.split()
    return (
        _GERUND.fullmatch(first) is not None
        and len(words) >= 2
        and words[-1].lower().rstrip(".") in COMPANY_ENDS
    )
