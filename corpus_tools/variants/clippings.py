"""A word written short in the other version: a clipping, a style change, not a replacement.

Read on the claims audit's change rows of rounds 20 and 21 (``benchmarks/claims.md``, cause 4 of
"Twenty-first round"; README "Issue 22, word-change counts round 21", Left): a county written
short ("Westmorland" -> "Westm"), a word cut to its head ("procedure" -> "proc") or a compound
written as its capitals ("radiogram" -> "RG") were counted as words replaced, where
:func:`corpus_tools.variants.categories.categorize` read only initials of several words and dotted
forms as abbreviations. :func:`is_clipping` says whether one side of a replacement is the other's
word written short; ``categorize`` then names it an ``abbreviation`` (style).

A word is written short when, the words both sides share at their ends set aside, each side is
one word, the short one's letters (a dot at its end dropped) are the long one's in their order,
starting with its first letter, the long one is at least two letters longer, the short one is no
stop word, and the short one is marked as short by how it is written:

- a dot at its end ("Insp." for "Inspector");
- capitals, two or more, for a word that is not in capitals ("RG" for "radiogram");
- a capital where the long word has one, with the long word's first two letters ("Westm" for
  "Westmorland"), a name cut the way a name is;
- two letters, the long word's first two, in lower case ("pr" for "procedure").

A common word that opens a longer one ("car" / "cardigan", "man" / "manager", "He" / "Hello") is
none of these, and stays a replacement.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import STOP_WORDS

__all__ = ["is_clipping"]

#: a word as written, with a dot just after it
_WORD = re.compile(r"[^\W_]+\.?")


def _in_order(short: str, long: str) -> bool:
    """Whether the letters of ``short`` are those of ``long`` in their order (not next to each
    other), the first letter of each the same."""
    if not short or short[0] != long[0]:
        return False
    k = 0
    for ch in long:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _short_form(short: str, long: str) -> bool:
    """Whether the word ``short`` (as written) is ``long`` written short (the module's rules)."""
    dotted = short.endswith(".") and short.count(".") == 1
    bare = short.rstrip(".")
    if not bare.isalpha() or not long.isalpha() or bare.lower() in STOP_WORDS:
        return False
    if len(long) < len(bare) + 2 or not _in_order(bare.lower(), long.lower()):
        return False
    if dotted:
        return True
    if len(bare) >= 2 and bare.isupper() and not long.isupper():
        return True
    head = bare[:2].lower() == long[:2].lower()
    if bare[0].isupper() and long[0].isupper() and bare[1:].islower() and len(bare) >= 3:
        return head
    return len(bare) == 2 and bare.islower() and head


def is_clipping(form_a: str, form_b: str) -> bool:
    """Whether one side of the replacement ``form_a`` -> ``form_b`` (each as written) is the
    other's word written short, the words both sides share at their start and end set aside. A
    dot that ends a form is the sentence's full stop, no mark of a short word.

    Example:
        >>> is_clipping("Westmorland", "Westm"), is_clipping("the car", "the cardigan")
        (True, False)
    """
    a, b = (_WORD.findall(f.strip().removesuffix(".")) for f in (form_a, form_b))
    same = lambda x, y: x.rstrip(".").lower() == y.rstrip(".").lower()  # noqa: E731
    while a and b and same(a[0], b[0]):
        a, b = a[1:], b[1:]
    while a and b and same(a[-1], b[-1]):
        a, b = a[:-1], b[:-1]
    if len(a) != 1 or len(b) != 1:
        return False
    x, y = a[0], b[0]
    short, long = (x, y) if len(x.rstrip(".")) < len(y) else (y, x)
    return _short_form(short, long)
