"""A source's words misprinted or clipped in a text that copies it: one letter added, dropped or
changed ("stipendary"; "falling" for "failing" inside a copied phrase), and a clipped word's full
form ("advertisements" for "adverts"). Read by :mod:`corpus_tools.reuse.novelty`, which counts the
words of a text's own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from corpus_tools.lexicon import lemma_key

__all__ = [
    "CLIPPED",
    "CLIPPINGS",
    "CONTEXT_MISPRINT_MIN",
    "MISPRINT_MIN",
    "misprint_contexts",
    "misprint_in_context",
    "one_edit",
]

#: clipped words of everyday English and their full forms ("adverts" for "advertisements"), from
#: the usual lists of English clippings, not from any story: a text's full form of its source's
#: clipped word, or the other way round, is no word of its own. Clippings that are other words too
#: ("sub", "con", "vet", "pub", "plane") are left out
CLIPPINGS: dict[str, str] = {
    "advert": "advertisement", "ad": "advertisement", "ads": "advertisements",
    "phone": "telephone", "photo": "photograph", "exam": "examination", "lab": "laboratory",
    "gym": "gymnasium", "flu": "influenza", "fridge": "refrigerator", "bike": "bicycle",
    "maths": "mathematics", "memo": "memorandum", "info": "information", "demo": "demonstration",
    "limo": "limousine", "hippo": "hippopotamus", "rhino": "rhinoceros", "telly": "television",
    "rehab": "rehabilitation", "uni": "university", "prof": "professor",
}  # fmt: skip
CLIPPED = tuple((lemma_key(short), lemma_key(long)) for short, long in CLIPPINGS.items())
#: a misprint of a source word (one letter added, dropped or changed) is read only in words this
#: long: shorter words one letter apart are often two real words ("said", "paid")
MISPRINT_MIN = 8
#: ... and in words this long when the two words before it and the two after it are the source's
#: around the word it misprints (:func:`misprint_contexts`): a real word typed for another inside
#: a copied phrase ("falling" for "failing"). Set by hand, not fitted (METER bailiffs, issue 22)
CONTEXT_MISPRINT_MIN = 5


def misprint_contexts(sequences: Iterable[Sequence[str]]) -> dict[tuple[str, ...], frozenset[str]]:
    """The source's words of :data:`CONTEXT_MISPRINT_MIN` letters or more by their context: the
    keys of the two words before and the two after each, so that a text's word one letter from
    one of them in the same context is read as its misprint (:func:`novel_lists`).

    Args:
        sequences: the word keys of each source file, in order.

    Example:
        >>> misprint_contexts([["i", "would", "be", "failing", "in", "my", "duty"]])
        {('would', 'be', 'in', 'my'): frozenset({'failing'})}
    """
    out: dict[tuple[str, ...], set[str]] = {}
    for keys_ in sequences:
        keys_ = list(keys_)
        for i in range(2, len(keys_) - 2):
            if len(keys_[i]) >= CONTEXT_MISPRINT_MIN and keys_[i].isalpha():
                ctx = (keys_[i - 2], keys_[i - 1], keys_[i + 1], keys_[i + 2])
                out.setdefault(ctx, set()).add(keys_[i])
    return {k: frozenset(v) for k, v in out.items()}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion or deletion apart."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((j for j, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def misprint_in_context(
    words: Sequence[tuple[str, str, bool]], i: int, contexts: Mapping[tuple[str, ...], frozenset[str]]
) -> bool:
    """Whether word ``i`` is one letter from a source word (the same first letter) that has the
    same two words before it and the same two after it (:func:`misprint_contexts`)."""
    k = words[i][0]
    if not contexts or len(k) < CONTEXT_MISPRINT_MIN or not k.isalpha() or not 2 <= i < len(words) - 2:
        return False
    ctx = (words[i - 2][0], words[i - 1][0], words[i + 1][0], words[i + 2][0])
    return any(s[:1] == k[:1] and one_edit(k, s) for s in contexts.get(ctx, ()))
