"""An opening description that pleads, and the person named next with the same relative.

A paper opens "A woman who admitted wounding her daughter's violent lover was given a two-year
probation order yesterday." and goes on "Nora Pollard, 57, and her daughter, Sharon, 28, ...
endured ``extremely abusive'' behaviour ..., the Old Bailey was told." and ends there (read from
round 28's 12.08.99/granny, the telegraph: claims gn16-gn18 of ``benchmarks/claims.md``).
:mod:`~.opening_pleas` takes the person named next for the description only when the text makes
a plea under that surname later, its guard against a victim named next ("A man admitted attacking
a pensioner. / Edna Cole, 81, ..."); a two-sentence paper makes none, so the woman was an
anonymous speaker of her own and Pollard "dropped". A relative is a guard of its own: the
description's sentence gives its person a relative ("her daughter's lover") and the next
sentence gives the name the same relative, by the same pronoun, right after it ("Nora Pollard,
57, and her daughter"): the named person is the description's, not the victim.

* :func:`same_relative`: whether the name is tied to the description so.
"""

from __future__ import annotations

import re

__all__ = ["same_relative"]

_KIN = r"(?:mother|father|daughter|son|sister|brother|wife|husband|partner|grandson|granddaughter)"
#: the description's relative: "her daughter's", "his son"
_OWNED = re.compile(rf"\b(his|her) ({_KIN})\b", re.IGNORECASE)


def same_relative(description: str, naming: str, name: str) -> bool:
    """Whether ``naming``, the sentence that names ``name`` after an opening description's sentence
    ``description``, gives the name the relative that sentence gives its person, by the same
    pronoun, within the name's apposition: "<Name>, 57, and her daughter" after "... her
    daughter's lover".

    Example:
        >>> d = "A woman who admitted hitting her son's friend was fined."
        >>> same_relative(d, "Ann Hale, 61, and her son, Tom, had been attacked.", "Ann Hale")
        True
        >>> same_relative(d, "Ann Hale, 61, had been attacked by the boy.", "Ann Hale")
        False
        >>> same_relative(d, "Ann Hale, 61, and his son had been attacked.", "Ann Hale")
        False
    """
    if "his " not in description and "her " not in description:  # the cheap test first
        return False
    owned = {(m.group(1).lower(), m.group(2).lower()) for m in _OWNED.finditer(description)}
    at = naming.find(name)
    if not owned or at < 0:
        return False
    m = re.match(rf"(?:, \d{{1,3}},?)? and (his|her) ({_KIN})\b", naming[at + len(name) :], re.IGNORECASE)
    return bool(m) and (m.group(1).lower(), m.group(2).lower()) in owned
