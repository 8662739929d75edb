"""An age's suffix cut or added at its number ("17-year-old" -> "17"): a number's format.

Read on the claims audit's round 22 (``benchmarks/claims.md``, ps28: "a 17-year-old A-level
student" written "17 and a virgin" counts "-year-old" a word cut). The diff keeps the number, so
the change left is the suffix alone, a side that opens with its hyphen: "-year-old" cut where the
number stays is the age written short (as "aged 17" for "17-year-old"), the same fact in another
form, and :func:`corpus_tools.variants.categories.categorize` files it as a ``number_format``.
"""

from __future__ import annotations

import re

__all__ = ["is_age_suffix"]

#: a hyphen and an age's unit and "old": "-year-old", "-years-old", "–month-old"
_SUFFIX = re.compile(r"[-–]\s*(?:year|month|week|day)s?\s*[-–]\s*old", re.IGNORECASE)


def is_age_suffix(form_a: str, form_b: str) -> bool:
    """Whether a change is only an age's suffix cut or added at its number (one side empty).

    Example:
        >>> is_age_suffix("-year-old", ""), is_age_suffix("", "-month-old")
        (True, True)
        >>> is_age_suffix("17-year-old", ""), is_age_suffix("-year-old", "aged")
        (False, False)
    """
    a, b = form_a.strip(), form_b.strip()
    return not (a and b) and bool(_SUFFIX.fullmatch(a or b))


def _suffix_len(ws: list[str], k: int) -> int:
    """The number of tokens of an age's suffix opening ``ws`` at ``k`` ("-", "year", "-", "old"), or 0."""
    part = ws[k : k + 4]
    return 4 if len(part) == 4 and _SUFFIX.fullmatch("".join(part)) else 0


def split_age_suffix(a: list[str], b: list[str], pieces: list[tuple[int, int, int, int]]) -> list[tuple]:
    """``pieces`` (token ranges ``(i1, i2, j1, j2)`` of one diff region, sides ``a`` and ``b``)
    with a cut or an addition that opens with an age's suffix and goes on split in two: the suffix
    (a ``number_format``, :func:`is_age_suffix`) and the words after it, each its own change
    ("-year-old A-level student" cut: "-year-old" and "A-level student").

    Example:
        >>> split_age_suffix(["-", "year", "-", "old", "pupil"], [], [(0, 5, 0, 0)])
        [(0, 4, 0, 0), (4, 5, 0, 0)]
    """
    out = []
    for p, q, x, y in pieces:
        n = _suffix_len(a, p) if x == y else _suffix_len(b, x) if p == q else 0
        if n and (q - p if x == y else y - x) > n:
            out += [(p, p + n, x, y), (p + n, q, x, y)] if x == y else [(p, q, x, x + n), (p, q, x + n, y)]
        else:
            out.append((p, q, x, y))
    return out
