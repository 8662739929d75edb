"""Two names sharing one plural head ("along the Missouri and Mississippi Rivers"): the second is
its own name with the head in the singular ("Mississippi River"), not "Mississippi Rivers", which
names nothing. Found in the held-out reading of round 54 (benchmarks/family_round54.md, the farm
disaster bill). Read by :func:`corpus_tools.variants.name_facts.names`.

The shape: a run of two words or more ending in a plural head whose singular is the name's word
(Rivers, Lakes, Canals, Streets, Avenues, Counties, Valleys), right after a capitalised word and
"and". Heads whose plural is the name ("Rocky and Appalachian Mountains") and a run after a
lower-case word ("the Varna Rivers") are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["shared_plural_head"]

#: plural heads shared by two names, and their singular
_SINGULAR = {
    "Rivers": "River",
    "Lakes": "Lake",
    "Canals": "Canal",
    "Streets": "Street",
    "Avenues": "Avenue",
    "Counties": "County",
    "Valleys": "Valley",
}


def shared_plural_head(words: list[str], text: str, before: str) -> tuple[list[str], str]:
    """``words`` and ``text`` of a name with a shared plural head set in the singular, where the
    sentence ``before`` the name ends in a capitalised word and "and".

    >>> shared_plural_head(["Orlik", "Rivers"], "Orlik Rivers", "along the Varna and ")
    (['Orlik', 'River'], 'Orlik River')
    >>> shared_plural_head(["Orlik", "Rivers"], "Orlik Rivers", "along the ")
    (['Orlik', 'Rivers'], 'Orlik Rivers')
    >>> shared_plural_head(["Appalachian", "Mountains"], "Appalachian Mountains", "the Rocky and ")
    (['Appalachian', 'Mountains'], 'Appalachian Mountains')
    """
    if len(words) < 2 or words[-1] not in _SINGULAR or not before.endswith("and "):
        return words, text
    if re.search(r"\b[A-Z][\w.'’-]*\s+and $", before) is None:
        return words, text
    words = [*words[:-1], _SINGULAR[words[-1]]]
    return words, " ".join(words)
