""" "Overnight" that names no night: the word of a rule or a manner, not the day something happened.
Found in the held-out reading of round 57 (benchmarks/family_round57.md, VW's currency affair:
"overnight" reported added as a day where the text said which positions banks may carry from one
day to the next). Read by :func:`corpus_tools.variants.date_facts.dates`, only for "overnight"
(``lexicon.RELATIVE_DAYS`` itself is unchanged: the other readers of it keep the word).

The shape, two cases in the word's own clause:

- after a modal or a negation, the word ending its clause ("positions that can be carried by banks
  overnight", "it cannot be done overnight", "an offer is not consummated overnight"): what may or
  may not happen, no event;
- before "to" or "at" and a number ("limited open positions overnight to 30 pct of capital"): the
  limit of a rule.

"The dollar fell overnight in Tokyo", "Israel will tender overnight" and "not surprised by the
overnight decline" stay days. In the 19,043 Reuters-21578 bodies "overnight" occurs 136 times; the
rule takes 10 (in 9 bodies): round 57's two, "cannot be done overnight", "is not consummated
overnight", "can't attain that status overnight", "offers of overnight at 10" (a deposit's term) and
the like, none naming a night.
"""

from __future__ import annotations

import re

__all__ = ["no_night"]

#: a modal or a negation earlier in the clause (lower case: "May shipment" is a month), the words
#: between holding no clause break; "will" is left out ("Israel will tender overnight": a night)
_MODAL = re.compile(r"\b(?:can|cannot|can't|could|may|might|must|should|would|not|never)\b[^,;:.!?]{0,60}$")
#: the word ending its clause, not before a noun ("not surprised by the overnight decline": a night)
_ENDS = re.compile(r"\s*(?:[.,;:!?\"'’)-]|$)")
#: a limit's number after the word: "overnight to 30 pct", "overnight at 10 pct"
_LIMIT = re.compile(r"\s+(?:to|at)\s+\d")


def no_night(text: str, start: int, end: int) -> bool:
    """Whether the "overnight" at ``text[start:end]`` names no night (a rule's or a manner's word).

    >>> s = "It limits the positions that can be carried by banks overnight."
    >>> no_night(s, s.index("overnight"), s.index("overnight") + 9)
    True
    >>> s = "The dollar fell overnight in Tokyo."
    >>> no_night(s, s.index("overnight"), s.index("overnight") + 9)
    False
    """
    if _LIMIT.match(text, end):
        return True
    return _ENDS.match(text, end) is not None and _MODAL.search(text, max(0, start - 70), start) is not None
