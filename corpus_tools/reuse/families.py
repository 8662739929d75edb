"""Families of versions: the bound that keeps pair tables linear for a story in many versions.

A set (the n-grams of a document) at least :data:`FAMILY_CONTAINMENT` contained in the first
member of a family, both ways, joins that family; :func:`absorbed` names the members after the
first :data:`FAMILY_SIZE`, which :func:`corpus_tools.reuse.documents.shared_counts` pairs only
with the sets outside the family and with those first members. Near-identical copies (0.95) are
found and collapsed before, by :mod:`corpus_tools.reuse.copies`; a family holds the versions that
differ more (a rewritten sentence each) but would still make every pair of them a table row.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

__all__ = ["FAMILY_CONTAINMENT", "FAMILY_SIZE", "absorbed"]

#: A family of versions (documents at least :data:`FAMILY_CONTAINMENT` contained in its first
#: member, both ways) keeps its first FAMILY_SIZE members in every pair table; a later member
#: is paired with the documents outside the family and with those first members only, so a
#: story in a thousand versions costs a thousand times FAMILY_SIZE pairs, not half a million.
FAMILY_SIZE = 10
FAMILY_CONTAINMENT = 0.8


def absorbed(names: list, sets: Mapping, index: Mapping[object, list], size: int, bar: float) -> set[int]:
    """Positions of the members of a family after its first ``size`` (see :data:`FAMILY_SIZE`):
    each set is compared, through ``index``, with the first member of each family only."""
    leaders: dict[object, list[int]] = defaultdict(list)  # item -> the families' first members holding it
    members: Counter[int] = Counter()
    out = set()
    for i, name in enumerate(names):
        hits: Counter[int] = Counter()
        for item in sets[name]:
            if len(index[item]) > 1:  # an item of no other set cannot make a family
                hits.update(leaders.get(item, ()))
        n = len(sets[name])
        found = [r for r, k in hits.items() if k >= bar * n and k >= bar * len(sets[names[r]])]
        if found:
            members[found[0]] += 1
            if members[found[0]] >= size:
                out.add(i)
            continue
        for item in sets[name]:
            leaders[item].append(i)
    return out
