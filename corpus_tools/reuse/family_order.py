"""The order of a story's witnesses when dates do not give it (:func:`corpus_tools.reuse.family.family`).

The documents of one family are ordered along the spanning tree of smallest differences, walked
from a root (:func:`text_order`); :func:`comes_before` says whether one witness may be the parent
of another, by date when both dates are known and differ, else by that order.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

__all__ = ["comes_before", "text_order"]

TURN = True


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


def _walk(root: int, adj: dict) -> tuple[list[int], dict[int, int | None]]:
    """The witnesses of ``root``'s tree in breadth-first order, and each one's neighbour towards
    ``root`` (``None`` for ``root``)."""
    order, up = [root], {root: None}
    for x in order:
        for y in adj[x]:
            if y not in up:
                up[y] = x
                order.append(y)
    return order, up


def _distance_sums(members: list[int], adj: dict, weight) -> dict[int, float]:
    """Sum of tree-path differences from each witness to the others of its tree (rerooting, linear)."""
    root = members[0]
    order, up = _walk(root, adj)
    below = dict.fromkeys(order, 1)
    total = 0.0
    for x in reversed(order[1:]):
        below[up[x]] += below[x]
        total += weight(x, up[x]) * below[x]
    sums, n = {root: total}, len(order)
    for x in order[1:]:
        sums[x] = sums[up[x]] + weight(x, up[x]) * (n - 2 * below[x])
    return sums


def _forward(members: list[int], adj: dict, lean) -> tuple[dict[int, int], dict[tuple[int, int], int]]:
    """For each witness of a tree, how far the tree reads forward from it: the sum of
    ``lean(parent, child)`` over its edges oriented away from it (rerooting, one call per edge);
    and each edge's lean, both ways."""
    root = members[0]
    order, up = _walk(root, adj)
    edge = {x: lean(up[x], x) for x in order[1:]}
    score = {root: sum(edge.values())}
    for x in order[1:]:
        score[x] = score[up[x]] - 2 * edge[x]
    both = {(up[x], x): v for x, v in edge.items()}
    both.update({(x, u): -v for (u, x), v in list(both.items())})
    return score, both


def _leaning(queue: list[int], adj: dict, leans: dict) -> list[int]:
    """The witnesses of ``queue`` (a walk of the tree from its root) reordered so that each edge
    the lean reads backward (child before parent) is turned: the child then comes first; every
    other edge keeps the walk's direction (a topological order, ties by the walk)."""
    step = {x: k for k, x in enumerate(queue)}
    after: dict[int, list[int]] = defaultdict(list)
    n_before = dict.fromkeys(queue, 0)
    for x in queue:
        for y in adj[x]:
            if step[y] > step[x]:  # the walk's edge x -> y, turned when y reads as earlier
                a, b = (y, x) if leans.get((x, y), 0) < 0 else (x, y)
                after[a].append(b)
                n_before[b] += 1
    ready = [(step[x], x) for x in queue if not n_before[x]]
    heapq.heapify(ready)
    out = []
    while ready:
        _, x = heapq.heappop(ready)
        out.append(x)
        for y in after[x]:
            n_before[y] -= 1
            if not n_before[y]:
                heapq.heappush(ready, (step[y], y))
    return out


def text_order(n: int, pairs: dict, dates: list, wire: list[bool], lean=None) -> list[float]:
    """A rank per witness for ordering without dates: the spanning tree of smallest differences
    walked from its root. The root is the earliest dated witness when there is one, else a
    ``wire``/``original`` witness, else the witness from which the tree reads forward the most
    (``lean(a, b)``, positive when ``a`` reads as earlier than ``b``, read on the tree's edges:
    :func:`corpus_tools.reuse.family_lean.edge_lean`), ties to the tree's median (the smallest sum
    of differences to the others: an original sits among the versions taken from it; on planted
    Reuters families the median alone finds the parent of 0.57 of the versions, against 0.47 for
    "the fuller text is the source"; ``benchmarks/README.md``, round 37, gives the figures with
    the lean)."""
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
        undated = first is None and not any(wire[j] for j in members)
        ahead, leans = (
            _forward(members, adj, lean) if lean is not None and undated and len(members) > 1 else ({}, {})
        )
        root = min(
            members,
            key=lambda i: (
                first is not None and dates[i] != first,
                not wire[i],
                -ahead.get(i, 0),
                sums[i],
                i,
            ),
        )
        seen, queue = {root}, [root]
        for node in queue:
            for nb in sorted(adj[node], key=lambda x: (weight(node, x), x)):
                if nb not in seen:
                    seen.add(nb)
                    queue.append(nb)
        if TURN and leans:
            queue = _leaning(queue, adj, leans)
        for step, node in enumerate(queue):
            rank[node] = step
    return rank


def comes_before(a: tuple, b: tuple, da, db) -> bool:
    """Whether the witness ordered ``a`` may be the parent of the one ordered ``b``."""
    if da is not None and db is not None and da != db:
        return da < db
    return (a[1], a[2]) < (b[1], b[2])
