"""The apostrophe of a plural's possessive ("magistrates' court") goes with the word it closes.

Read on the claims audit's round 22 (``benchmarks/claims.md``, bm43: the telegraph's "at Bow Street
magistrates' court" for the wire's "in court"). Quote marks are compared apart from the words
(:func:`corpus_tools.variants.marks.quote_regions`), so the apostrophe of an added "magistrates'"
is a change of its own, a quote mark added, beside the addition of the word; when a later rule
finds the word elsewhere in the source and drops the addition, the mark is left as a style change
the version never made. :func:`with_possessives` puts such a mark into the cut or the addition of
the word it closes, one change.

A mark region goes into the word's when it is one apostrophe cut or added alone, written against
the end of a word that ends in "s" (no space, no letter after it: "O'Neill" is a name, "'s" a
contraction's), and that word is the last of a cut or an addition on the same side.
"""

from __future__ import annotations

__all__ = ["APOSTROPHES", "with_possessives"]

#: the apostrophe, straight and curly (:mod:`~.whole_pairs` and :mod:`~.singular_nouns` read it here)
APOSTROPHES = frozenset("'\u2019")


def _closes(toks: list, k: int) -> bool:
    """Whether ``toks[k]`` is an apostrophe written against the end of a word in "s"."""
    if k < 1 or toks[k][2] not in APOSTROPHES or toks[k - 1][1] != toks[k][0]:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k - 1][2][-1:] in ("s", "S") and not (
        after and after[0] == toks[k][1] and after[2][:1].isalnum()
    )


def with_possessives(regions: list[tuple[int, int, int, int]], sa: list, sb: list) -> list[tuple]:
    """The diff ``regions`` (token ranges ``(i1, i2, j1, j2)``; an empty range is a place) with
    each possessive's apostrophe cut or added alone joined to the cut or the addition of its word.

    Example:
        >>> from corpus_tools.lexicon import tokenize
        >>> sa, sb = tokenize("in court", marks=True), tokenize("at the judges' court", marks=True)
        >>> with_possessives([(0, 1, 0, 0), (1, 1, 0, 3), (1, 1, 3, 4)], sa, sb)
        [(0, 1, 0, 0), (1, 1, 0, 4)]
    """
    out = list(regions)
    for r in regions:
        i1, i2, j1, j2 = r
        for mine, toks in ((i1 == i2 and j2 == j1 + 1, sb), (j1 == j2 and i2 == i1 + 1, sa)):
            k = j1 if toks is sb else i1
            if not mine or not _closes(toks, k):
                continue
            word = [
                q
                for q in out
                if (
                    q[3] == k and q[2] < q[3] and q[0] == q[1]
                    if toks is sb
                    else q[1] == k and q[0] < q[1] and q[2] == q[3]
                )
            ]
            if word:
                w = word[0]
                out[out.index(w)] = (w[0], w[1], w[2], k + 1) if toks is sb else (w[0], k + 1, w[2], w[3])
                out.remove(r)
    return sorted(out)
