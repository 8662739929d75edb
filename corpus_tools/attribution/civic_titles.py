"""A civic title before a name is no given name: "Later the judge's decision was welcomed by
Councillor Harry Rees, deputy leader of the council, who said ..." then "Councillor Rees said ..."
(read from round 30's held-out 02.11.99/wight, ``benchmarks/claims.md``, wi5, wi14, wi15). The
surname alone after the title ("Councillor Rees") took the title for a first name ("Councillor"
against "Harry"), so one councillor was two speakers. Read without the title, the short form has
no first name and is the same person as the full one.
"""

from __future__ import annotations

import re

__all__ = ["CIVIC_TITLES", "civic_untitled"]

#: titles of local office written before a name, lower case, no final dot
CIVIC_TITLES: frozenset[str] = frozenset({"councillor", "cllr", "alderman", "alderwoman"})

_TITLE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(CIVIC_TITLES, key=len, reverse=True))})\.?)\s+(?=[A-Z])")


def civic_untitled(label: str) -> str:
    """``label`` without a civic title before a capitalised name ("Councillor Rees" -> "Rees");
    any other label as it is. A cheap string test comes first: most labels hold no such title.

    Example:
        >>> civic_untitled("Councillor Rees"), civic_untitled("Councillor Harry Rees")
        ('Rees', 'Harry Rees')
        >>> civic_untitled("Cllr. Ann Lee"), civic_untitled("the councillor"), civic_untitled("Mr Lee")
        ('Ann Lee', 'the councillor', 'Mr Lee')
    """
    text = str(label)
    low = text.lower()
    if "councillor" not in low and "cllr" not in low and "alder" not in low:
        return text
    return _TITLE.sub("", text)
