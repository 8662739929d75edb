"""A name whose kind the other text writes in lower case, coordinated with another kind: "the
Broussard Gas Field" where the other text says "the Broussard oil and gas field" (one field,
benchmarks/family_round51.md). Read by :func:`corpus_tools.variants.fact_changes.fact_rows`."""

from __future__ import annotations

import re

__all__ = ["coordinated_kind_held"]


def coordinated_kind_held(key: str, other_lower: str, lower: set[str]) -> bool:
    """Whether the other text (lower case, :func:`~corpus_tools.variants.facts.norm_text`) holds
    the name ``key`` with one or two lower-case words and "and" or "or" between its own words and
    its last words, its kind ("gas field"; each a word the texts write in lower case, ``lower``):
    "broussard gas field" in "the broussard oil and gas field"; not "said the gas field" (no
    coordination), not a name whose last word is no common word ("smith barney").

    >>> coordinated_kind_held("tarn gas field", "the tarn oil and gas field", {"gas", "field"})
    True
    >>> coordinated_kind_held("tarn gas field", "tarn said the gas field", {"gas", "field", "said"})
    False
    """
    words = key.split()
    if len(words) < 2 or words[-1] not in lower or " and " not in other_lower and " or " not in other_lower:
        return False
    for k in range(1, len(words)):
        head, tail = words[:-k], words[-k:]
        if not all(w in lower for w in tail) or all(w in lower for w in head):
            break
        pattern = (
            rf"\b{re.escape(' '.join(head))} (?:[a-z]+,? ){{1,2}}(?:and|or) {re.escape(' '.join(tail))}\b"
        )
        if re.search(pattern, other_lower):
            return True
    return False
