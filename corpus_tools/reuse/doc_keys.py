"""Body word keys of the documents, their n-grams, and the n-grams each pair of sets shares.

The units of :mod:`corpus_tools.reuse.documents` (scores, passages) and
:mod:`corpus_tools.reuse.origin`: every document's body word tokens (:func:`doc_tokens`), their
matching keys (:func:`keys`), distinct n-grams (:func:`ngrams`), and the items each pair of named
sets shares, through an inverted index (:func:`shared_counts`). Import them from
:mod:`corpus_tools.reuse.documents` as before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations

import pandas as pd

from corpus_tools.reuse.families import FAMILY_CONTAINMENT, FAMILY_SIZE, absorbed
from corpus_tools.text.sentences import Token, match_key, word_tokens

__all__ = ["doc_tokens", "keys", "ngrams", "shared_counts"]


def doc_tokens(corpus: pd.DataFrame) -> dict[str, list[Token]]:
    """Body word tokens of every document."""
    return {str(d): word_tokens(t) for d, t in corpus["text"].items()}


def keys(tokens: list[Token]) -> list[str]:
    """Matching keys of tokens (:func:`corpus_tools.text.sentences.match_key`)."""
    return [match_key(t.norm) for t in tokens]


def ngrams(keys: list[str], n: int) -> set[tuple[str, ...]]:
    """Distinct word n-grams of a key sequence (the whole sequence when shorter than n)."""
    if len(keys) < n:
        return {tuple(keys)} if keys else set()
    return {tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)}


def shared_counts(
    sets: Mapping[str, set], *, family_size: int = FAMILY_SIZE, family_containment: float = FAMILY_CONTAINMENT
) -> dict[tuple[str, str], int]:
    """Distinct items shared by each pair of named sets that share any, through an
    inverted index: pairs that share nothing cost nothing (no loop over all pairs).

    In a family of more than ``family_size`` near-identical sets
    (:data:`corpus_tools.reuse.families.FAMILY_SIZE`), the later members are counted against the
    sets outside the family and its first members only.

    Returns:
        ``{(a, b): shared}`` for ``a`` before ``b`` in the order of ``sets``.
    """
    names = list(sets)
    index: dict[object, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        for item in sets[name]:
            index[item].append(i)
    late = set()
    if len(names) > family_size:
        late = absorbed(names, sets, index, family_size, family_containment)
    counts: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if len(holders) > 1:
            kept = [h for h in holders if h not in late] if late else holders
            counts.update(combinations(kept, 2))
            if len(kept) < len(holders):
                counts.update((min(h, k), max(h, k)) for h in holders if h in late for k in kept)
    return {(names[i], names[j]): n for (i, j), n in counts.items()}
