"""A cut row and the addition at its place joined into one replacement row.

Several change rules read the same shape in the diff's rows: a row of the source with an empty
version side (a cut phrase, a dropped honorific) and, in the same version sentence read against the
same source sentence, an insertion with an empty source side that stands in its place. When a rule
accepts the pair, the two rows become one ``word_substitution`` that takes the addition's place.
:func:`join_rows` is that loop; :func:`corpus_tools.variants.named_again.named_again`,
:func:`corpus_tools.variants.reworded.reworded` and
:func:`corpus_tools.variants.title_for_honorific.title_for_honorific` give it their tests.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["at_its_place", "between", "join_rows", "replaced"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 7, 8, 9, 10, 12


def replaced(cut: tuple, add: tuple) -> tuple:
    """One replacement row: the version's side from ``add``, the source's side from ``cut``."""
    return add[:_SRC_START] + cut[_SRC_START:_CATEGORY] + ("word_substitution",) + add[_CATEGORY + 1 :]


def between(raw: str, a: int, b: int) -> bool:
    """Whether ``raw[a:b]`` (either order) holds no letter or digit.

    Example:
        >>> between("a, b", 1, 3), between("a b c", 0, 4)
        (True, False)
    """
    lo, hi = min(a, b), max(a, b)
    return not any(ch.isalnum() for ch in raw[lo:hi])


def at_its_place(cut: tuple, add: tuple, version_raw: str, source_raw: str) -> bool:
    """Whether the addition stands where the cut was in the version and the cut where the addition
    stands in the source (nothing but spaces and punctuation between, in both texts)."""
    here = any(between(version_raw, cut[_START], p) for p in (add[_START], add[_END]))
    there = any(between(source_raw, add[_SRC_START], p) for p in (cut[_SRC_START], cut[_SRC_END]))
    return here and there


def join_rows(
    rows: list[tuple], first: Callable[[tuple], bool], pair: Callable[[tuple, tuple], bool]
) -> list[tuple]:
    """``rows`` with each row that ``first`` accepts joined with the first insertion of the same
    version and source sentence (no source side) that ``pair(row, insertion)`` accepts: one
    :func:`replaced` row in the insertion's place; the rest in their order."""
    out: list[tuple | None] = list(rows)
    for c, cut in enumerate(rows):
        if not first(cut):
            continue
        for d, add in enumerate(out):
            if add is None or add[_CATEGORY] != "insertion" or add[_SRC_FORM].strip():
                continue
            if (add[_SENT], add[_SRC_SENT]) == (cut[_SENT], cut[_SRC_SENT]) and pair(cut, add):
                out[d] = replaced(cut, add)
                out[c] = None
                break
    return [r for r in out if r is not None]
