"""A law whose name holds "and" ("the Exports and Imports Permits Act", "the Food and Drugs Act"):
one name, not the word before "and" and the law after it. Found in the held-out reading of round 55
(benchmarks/family_round55.md, Canada's steel monitoring: the act was reported added as "Imports
Permits Act"). Read by :func:`corpus_tools.variants.name_spans.name_spans`, where two runs of
capitalised words meet over " and ".

The shape: the run before "and" is one or two plain capitalised words (letters only: no initials,
no firm's ending, no possessive), and the run after it is two words or more ending in "Act".
"Canada and the Clean Air Act" (an article between) and "Ottawa and Quebec" (no act) are not
joined here. In the 19,043 Reuters-21578 bodies a capitalised word or two, " and " and a capitalised
run ending in "Act" occur seven times: six are one law's name ("Mines and Works Act", "Securities and
Exchange Act", "Racketeer Influenced and Corrupt Organization Act" ...) and the seventh, "the
Windfall Profits Tax and Fuel Use Act", two laws, is left apart (its first run is three words).
"""

from __future__ import annotations

import re

__all__ = ["act_joins"]

#: a plain capitalised word: letters only ("Exports", "Food"), no dots or digits
_PLAIN = re.compile(r"[A-Z][a-z]+")


def act_joins(first: str, head: str) -> bool:
    """Whether the run ``first``, " and " and the run ``head`` are one law's name.

    >>> act_joins("Exports", "Imports Permits Act")
    True
    >>> act_joins("Tarvia", "Grain Board")
    False
    >>> act_joins("U.S.", "Trade Act")
    False
    """
    words = first.split()
    rest = head.split()
    return (
        1 <= len(words) <= 2
        and all(_PLAIN.fullmatch(w) for w in words)
        and len(rest) >= 2
        and rest[-1] == "Act"
    )
