"""A name of an earlier lead that a later story writes in another form: "Bahian" and "Bahia".

The shape, read in round 57 of the hand reading (``benchmarks/family_edges.csv``): a wire's crop
story nineteen days after the last one tells its lead again ("Trade estimates of the coming
May/September temporao harvest in Brazil's main cocoa growing state of Bahia are now in the 1.5
mln to 2.0 mln 60-kilo bag range against 2.0 mln to 2.5 mln two weeks ago" after "Pessimism over
the effects of a prolonged dry spell on the coming Bahian temporao cocoa crop is rising with trade
forecasts generally in the 2.0 mln to 2.5 mln bag range"), ten of its sentences told again, but the
lead rule (:mod:`corpus_tools.reuse.retold_lead`) counted "Bahian" as a name the later story left
out, and the lead's names fell to 0.50 of its four. A reader takes a place and its people's
adjective, a country and its adjective ("Canada", "Canadian"), or a name misspelt by one letter
("Petroleos", "Petroles") for one name.

The rule: one name of the earlier lead (a word, not a figure) that the later story does not name
as it is counts as kept when the later story names a *respelling* of it (:func:`respelling`): the
two share their first :data:`STEM` letters (the stem :func:`corpus_tools.reuse.retold_across.content_keys`
cuts every content word to), the shorter is the longer's start but for its own last letter, and
the longer is at most :data:`LONGER_BY` letters longer. Only one such name counts, so the rule
moves a pair the lead's names fell short of by one. Nothing else of the lead rule changes, and a
candidate still comes from the leads' index of names and figures as they are written. :data:`STEM`
is the content words' stem, set before reading the labelled edges and not fitted; on the labelled
edges' 82 pairs of an orphan and an earlier story of its series, it moves one edge (11459's); the
others with a respelling were past the lead rule's names share already, or short of its words.
:data:`LONGER_BY` was set after reading the rule's new parents on a dated archive (the first 3,000
dated Reuters-21578 stories as one outlet's orphans: "Trans World Airlines" against "Department of
Transportation"); it moves no labelled edge. ``benchmarks/README.md``, round 32, branch tree32,
gives the figures.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

__all__ = ["LONGER_BY", "STEM", "respelled", "respelling"]

#: the letters two forms of one name share at their start (the content words' stem)
STEM = 5
#: the most letters one form of a name has beyond the other ("Brazil", "Brazilian"): "Trans"
#: (World Airlines) is no form of "Transportation" (read on a dated archive, not labelled)
LONGER_BY = 3


def respelling(a: str, b: str) -> bool:
    """Whether two lower-cased names are one name in two forms: both of :data:`STEM` letters or
    more, the same first :data:`STEM` letters, the shorter the longer's start but for its own last
    letter, and the longer at most :data:`LONGER_BY` letters longer.

    Example:
        >>> respelling("bahian", "bahia"), respelling("canada", "canadian")
        (True, True)
        >>> respelling("petroleos", "petroles"), respelling("texas", "texaco")
        (True, False)
        >>> respelling("china", "chinese"), respelling("trans", "transportation")
        (False, False)
    """
    short, long = sorted((a, b), key=len)
    if len(short) < STEM or len(long) > len(short) + LONGER_BY:
        return False
    return a[:STEM] == b[:STEM] and long.startswith(short[:-1])


@lru_cache(maxsize=4096)
def _by_stem(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A story's names (words of :data:`STEM` letters or more) by their first :data:`STEM` letters."""
    out: dict[str, list[str]] = defaultdict(list)
    for w in names:
        if len(w) >= STEM and w[:STEM].isalpha():
            out[w[:STEM]].append(w)
    return {k: tuple(v) for k, v in out.items()}


def respelled(lead_names: frozenset[str], names: frozenset[str]) -> int:
    """The names of an earlier lead (``lead_names``) that a later story (its names and figures,
    ``names``) does not name as they are but names in another form (:func:`respelling`).

    Example:
        >>> respelled(frozenset({"bahian", "2.0", "3.0"}), frozenset({"bahia", "brazil", "2.0"}))
        1
        >>> respelled(frozenset({"texas", "acme"}), frozenset({"texaco", "acme"}))
        0
    """
    stems = None
    kept = 0
    for w in lead_names:
        if len(w) < STEM or w in names or not w[:STEM].isalpha():
            continue
        if stems is None:
            stems = _by_stem(names)
        kept += any(respelling(w, v) for v in stems.get(w[:STEM], ()))
    return kept
