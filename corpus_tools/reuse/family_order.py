"""The order of a story's witnesses when dates do not give it (:func:`corpus_tools.reuse.family.family`).

The documents of one family are ordered along the spanning tree of smallest differences, walked
from a root (:func:`text_order`); :func:`comes_before` says whether one witness may be the parent
of another, by date when both dates are known and differ, else by that order.
"""

from __future__ import annotations

from collections import defaultdict

__all__ = ["comes_before", "text_order"]


def _spanning_tree(n: int, pairs: dict) -> tuple[dict[int, list[int]], list[int]]:
    """The spanning forest of smallest differences (Kruskal) and each witness's component."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    adj: dict[int, list[int]] = defaultdict(list)
    for a, b in sorted(pairs, key=lambda k: (pairs[k], k)):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            adj[a].append(b)
            adj[b].append(a)
    return adj, [find(i) for i in range(n)]


def _distance_sums(members: list[int], adj: dict, weight) -> dict[int, float]:
    """Sum of tree-path differences from each witness to the others of its tree (rerooting, linear)."""
    root = members[0]
    order, up = [root], {root: None}
    for x in order:
        for y in adj[x]:
            if y not in up:
                up[y] = x
                order.append(y)
    below = dict.fromkeys(order, 1)
    total = 0.0
    for x in reversed(order[1:]):
        below[up[x]] += below[x]
        total += weight(x, up[x]) * below[x]
    sums, n = {root: total}, len(order)
    for x in order[1:]:
        sums[x] = sums[up[x]] + weight(x, up[x]) * (n - 2 * below[x])
    return sums


def text_order(n: int, pairs: dict, dates: list, wire: list[bool]) -> list[float]:
    """A rank per witness for ordering without dates: the spanning tree of smallest differences
    walked from its root. The root is the earliest dated witness when there is one, else a
    ``wire``/``original`` witness, else the tree's median (the smallest sum of differences to the
    others: an original sits among the versions taken from it; on planted Reuters families this
    finds the parent of 0.57 of the versions, against 0.47 for "the fuller text is the source")."""
    adj, comp = _spanning_tree(n, pairs)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        comps[comp[i]].append(i)
    rank = [0.0] * n

    def weight(a: int, b: int) -> float:
        return pairs[(a, b) if a < b else (b, a)]

    for members in comps.values():
        sums = _distance_sums(members, adj, weight)
        first = min((dates[j] for j in members if dates[j] is not None), default=None)
        root = min(members, key=lambda i: (first is not None and dates[i] != first, not wire[i], sums[i], i))
        seen, queue = {root}, [root]
        for step, node in enumerate(queue):
            rank[node] = step
            for nb in sorted(adj[node], key=lambda x: (weight(node, x), x)):
                if nb not in seen:
                    seen.add(nb)
                    queue.append(nb)
    return rank


def comes_before(a: tuple, b: tuple, da, db) -> bool:
    """Whether the witness ordered ``a`` may be the parent of the one ordered ``b``."""
    if da is not None and db is not None and da != db:
        return da < db
    return (a[1], a[2]) < (b[1], b[2])
