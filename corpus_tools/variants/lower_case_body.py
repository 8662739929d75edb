"""A body named in one text of an update series with capitals and in the other in lower case
("head of the White House Council of Economic Advisers" / "head of the president's council of
economic advisors"): one body in both texts, found in the held-out reading of round 54
(benchmarks/family_round54.md, the adviser on exports). Read by
:func:`corpus_tools.variants.fact_changes.fact_rows`.

The shape: from the name's head word before "of" to its end ("Council of Economic Advisers"; three
words or more), the other text writes the same words in lower case, a final "-ers" and "-ors"
taken as one spelling ("advisers" / "advisors"). The words before the head ("White House") are
not looked for: the other text's owner ("the president's") names the same body. A name without
"of", or the words in the other text with a capital ("the Council of Economic Advisers" is held by
the ordinary rules already), is not read here.
"""

from __future__ import annotations

import re

__all__ = ["lower_case_body_held"]


def _word(w: str) -> str:
    low = re.escape(w.lower())
    return low[:-3] + "(?:er|or)s" if re.search(r"[eo]rs$", w) else low


def lower_case_body_held(text: str, raw_other: str) -> bool:
    """Whether the body ``text``, from its head word before "of" on, is written in lower case in
    ``raw_other``.

    >>> lower_case_body_held("Palace Council of Farm Advisers", "the premier's council of farm advisors")
    True
    >>> lower_case_body_held("Palace Council of Farm Advisers", "head of the council of trade advisers")
    False
    >>> lower_case_body_held("Farm Advisers", "the farm advisers said")
    False
    """
    words = text.split()
    at = next((i for i in range(len(words) - 2) if words[i + 1] == "of" and words[i][:1].isupper()), None)
    if at is None or "of " not in raw_other:
        return False
    tail = r"\s+".join(_word(w) for w in words[at:])
    return re.search(rf"\b{tail}\b", raw_other) is not None
