"""One person's surname spelled two ways in one text is one person (round 47,
benchmarks/family_round47.md): a wire writes "Finance Minister Mohamed Berada said" and then
"Berrada said", and the surname alone, one letter off the full name's last word, is no new name.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

__all__ = ["surname_misspelt"]

#: the shortest surname read for a letter added, dropped or changed (shorter words differ by one
#: letter too often: "Iran" / "Iraq")
_SHORTEST = 6


def surname_misspelt(key: str, earlier: list[str]) -> bool:
    """Whether a one-word name (a fact key, lower case) is the last word of an earlier person's name
    of two words or more spelled one letter off, both of :data:`_SHORTEST` letters or more, the same
    first letter.

    >>> surname_misspelt("berrada", ["moroccan finance minister mohamed berada"])
    True
    >>> surname_misspelt("berrada", ["berada trading co"]), surname_misspelt("iraq", ["president of iran"])
    (False, False)
    """
    if " " in key or len(key) < _SHORTEST or not key.isalpha():
        return False
    for name in earlier:
        words = name.split()
        last = words[-1]
        if (
            len(words) >= 2
            and len(last) >= _SHORTEST
            and last[0] == key[0]
            and last != key
            and Levenshtein.distance(last, key, score_cutoff=1) <= 1
        ):
            return True
    return False
