"""The row of one witness of a family tree: its parent, a second parent, the relation.

:func:`witness_row` picks, among the earlier candidates of :func:`corpus_tools.reuse.family.family_edges`,
the parent with the fewest unexplained words, a second parent that explains enough of the rest, and
names the relation (``identical``, ``update``, ``copy``, ``rewrite``, ``independent``).
"""

from __future__ import annotations

__all__ = ["COPY_COVERAGE", "COPY_PASSAGE_WORDS", "witness_row"]

#: a ``copy`` takes at least this share of its words from the parent, in passages of at
#: least COPY_PASSAGE_WORDS words on average (a rewrite breaks the text into short
#: passages: seed 002, 29 words; the republication 000 keeps 86). Rules, not fitted.
COPY_COVERAGE = 0.9
COPY_PASSAGE_WORDS = 40


def witness_row(i: int, cands: list[int], locals_: tuple) -> list:
    """The row of witness ``i``: its best parent among ``cands``, a second parent, the relation."""
    names, size, cover, masks, costs, n_passages, norm, digests, dates, outlet, roles, groups, merge_min = (
        locals_
    )
    role = roles.get(groups[names[i]][0])
    if not cands:
        return [
            names[i],
            None,
            None,
            "independent",
            size[i],
            None,
            0,
            0.0,
            0.0,
            size[i],
            0,
            0,
            None,
            outlet[i],
            None,
            role,
            dates[i],
            None,
        ]
    cost = {j: costs[(i, j)] for j in cands}
    # fewest unexplained words; ties: the first of identical copies,
    first = {}
    for j in sorted(cands):
        first.setdefault(norm[j], j)
    # then the fewest passages (a reordered text breaks into more), then the latest
    n_pass_of = {j: n_passages.get((i, j), 0) + n_passages.get((j, i), 0) for j in cands}
    best = min(cands, key=lambda j: (cost[j], first[norm[j]] != j, n_pass_of[j], -j))
    cov_i, kept = cover[(i, best)], cover.get((best, i), 0)
    second, n_second = None, 0
    rest = size[i] - cov_i
    if rest >= merge_min:
        # the words of i explained by j and not by the parent
        gain = {j: int((masks[(i, j)] & ~masks[(i, best)]).sum()) for j in cands if j != best}
        if gain:
            j = max(gain, key=lambda x: (gain[x], -x))
            if gain[j] >= merge_min:
                second, n_second = names[j], gain[j]
    n_pass = n_passages.get((i, best), 0) + n_passages.get((best, i), 0)
    identical = norm[i] == norm[best] or digests[i] == digests[best]
    fi, fp = cov_i / max(size[i], 1), kept / max(size[best], 1)
    if identical:
        relation = "identical"
    elif outlet[i] is not None and outlet[i] == outlet[best]:
        relation = "update"
    elif fi >= COPY_COVERAGE and fi * size[i] / max(n_pass, 1) >= COPY_PASSAGE_WORDS:
        relation = "copy"
    else:
        relation = "rewrite"
    direction = (
        "published" if dates[i] is not None and dates[best] is not None and dates[best] < dates[i] else "text"
    )
    return [
        names[i],
        names[best],
        second,
        relation,
        size[i],
        size[best],
        n_pass,
        round(fi, 4),
        round(fp, 4),
        size[i] - cov_i,
        size[best] - kept,
        n_second,
        direction,
        outlet[i],
        outlet[best],
        role,
        dates[i],
        dates[best],
    ]
