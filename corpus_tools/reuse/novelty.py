"""What counts as a word or a name of a text's own, against its source: inflections, spellings,
abbreviations, short forms ("Oct", "Lancs", "JPs": :data:`corpus_tools.lexicon.SHORT_FORMS`, and
a capitalised word that is the first letters of a source word) and one-letter respellings of a
source's word are the source's; a name at the start of a sentence that the text writes as a name
elsewhere ("Fish said ...", after "spokesman Richard Fish") is a name, not a word (used by
:func:`corpus_tools.reuse.derivation.novelty`).
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus_tools.lexicon import ABBREVIATIONS, SHORT_FORMS, STOP_WORDS, lemma_key

__all__ = ["initial_names", "known_lemmas", "respelt", "short_forms"]


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
    for short, long in SHORT_FORMS.items():
        if lemma_key(long) in known or long in keys_:
            known.update((short, lemma_key(short)))
    return known


def short_forms(names: set[str], known: set[str]) -> set[str]:
    """The names of ``names`` (capitalised words, lower case) that are the first letters of a
    longer source word ("Oct" for "October", "Feb" for "February"): three letters or more, no
    digit, the source word at least two letters longer.

    Example:
        >>> sorted(short_forms({"oct", "wirral", "49"}, {"october", "court"}))
        ['oct']
    """
    return {
        n
        for n in names
        if len(n) >= 3 and n.isalpha() and any(len(k) >= len(n) + 2 and k.startswith(n) for k in known)
    }


def initial_names(words: list[tuple[str, str, bool]], is_fact) -> set[str]:
    """The keys of the text's words that it writes as names inside a sentence, so that the same
    word at a sentence's start ("Fish said the pact ...") is a name too, not a word of its own.
    ``words``: ``(key, word, sentence_initial)``; ``is_fact(word, initial)``: whether a word is a
    name or a number."""
    return {k for k, w, initial in words if not initial and is_fact(w, initial) and k not in STOP_WORDS}


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
