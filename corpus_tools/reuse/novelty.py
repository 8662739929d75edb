"""What counts as a word or a name of a text's own, against its source: inflections, spellings,
abbreviations and one-letter respellings of a source's word are the source's (used by
:func:`corpus_tools.reuse.derivation.novelty`).
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus_tools.lexicon import ABBREVIATIONS, lemma_key

__all__ = ["known_lemmas", "respelt"]


def known_lemmas(source_keys: Iterable[str]) -> set[str]:
    """The :func:`corpus_tools.lexicon.lemma_key` of every source word, with the words of the
    names its abbreviations stand for and the abbreviations of the names it spells out."""
    keys_ = set(source_keys)
    known = {lemma_key(k) for k in keys_}
    for short, long in ABBREVIATIONS.items():
        words = long.split()
        if short in keys_:
            known.update(lemma_key(w) for w in words)
        if all(w in keys_ for w in words):
            known.add(short)
    return known


def respelt(names: set[str], known: set[str]) -> set[str]:
    """The names of ``names`` that are a source name spelt one letter otherwise ("Mohammed" for
    "Mohammad", "Tizzard" for "Tizard"): words of five letters or more, no digit, at one edit.

    Example:
        >>> sorted(respelt({"mohammed", "tizzard", "leeds", "41"}, {"mohammad", "tizard", "court"}))
        ['mohammed', 'tizzard']
    """
    out = set()
    for n in names:
        if len(n) < 5 or not n.isalpha():
            continue
        if any(abs(len(k) - len(n)) <= 1 and k[:1] == n[:1] and _one_edit(n, k) for k in known):
            out.add(n)
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one substitution, insertion or deletion apart."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((j for j, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
