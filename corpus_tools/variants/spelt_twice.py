"""One person's surname spelled two ways in one text is one person (round 47,
benchmarks/family_round47.md): a wire writes "Finance Minister Mohamed Berada said" and then
"Berrada said", and the surname alone, one letter off the full name's last word, is no new name.
A one-word name written once with two neighbouring letters swapped ("Toyko", then "Tokyo") is one
name too (round 61, benchmarks/family_round61.md).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

__all__ = ["surname_misspelt", "swapped_letters"]

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


def swapped_letters(key: str, earlier: list[str]) -> bool:
    """Whether a one-word name (a fact key, lower case) of five letters or more is an earlier
    one-word name with two neighbouring letters swapped, the first letter the same: a misprint of
    one name, not two.

    >>> swapped_letters("tokyo", ["osaka", "toyko"]), swapped_letters("tokyo", ["kyoto"])
    (True, False)
    >>> swapped_letters("sinai", ["siani trading"]), swapped_letters("seoul", ["seoul"])
    (False, False)
    """
    if " " in key or len(key) < 5:
        return False
    for name in earlier:
        if len(name) != len(key) or name[0] != key[0] or name == key or " " in name:
            continue
        diff = [i for i, (a, b) in enumerate(zip(name, key, strict=True)) if a != b]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and name[diff[0]] == key[diff[1]]
            and name[diff[1]] == key[diff[0]]
        ):
            return True
    return False
