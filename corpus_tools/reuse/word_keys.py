"""A word's key as sentence alignment reads it, built once per distinct word (issue #23).

:func:`lemma` (moved here from :mod:`corpus_tools.reuse.similarity`, which still exports it) keys a
word key for ``sentence_words(..., lemmas=True)``. :func:`word_key` is the whole road from a word
token to its key, :func:`corpus_tools.text.sentences.match_key` of its
:func:`corpus_tools.text.sentences.norm_token`, then :func:`lemma` when asked: a pure function of
the word, kept for the last :data:`WORD_KEYS_KEPT` words asked. Alignment reads every word of a
corpus twice this way (:func:`corpus_tools.reuse.similarity.known_names`, then
:func:`corpus_tools.reuse.similarity.sentence_words`), and news stories repeat their words: on
news3000's first 1,000 documents about 500,000 words, of which a few tens of thousands distinct.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.lexicon import NUMBER_WORDS, STOP_WORDS, lemma_key
from corpus_tools.text.sentences import match_key, norm_token

__all__ = ["WORD_KEYS_KEPT", "lemma", "word_key"]

_STOP = frozenset(STOP_WORDS)
#: a number and a unit abbreviation in the plural ("9ins", "7lbs", "20mins"): the unit's "s" is
#: house style, not meaning
_PLURAL_UNIT = re.compile(r"(\d+(?:in|lb|kg|yd|min|hr|sec|oz|cm|mm|km))s")
#: how many distinct words :func:`word_key` remembers (each way)
WORD_KEYS_KEPT = 1 << 16


def lemma(key: str) -> str:
    """The key of ``sentence_words(..., lemmas=True)``: :func:`lemma_key` of a word key, but for
    stop words, number words and keys that are not all letters, which keep theirs.

    A measure written with a unit in the plural is the measure ("9ins" is "9in", "7lbs" "7lb":
    one paper's "5ft 9in" is the wire's "5ft 9ins"); an ordinal keeps its key ("21st").

    Example:
        >>> [lemma(k) for k in ("continues", "were", "three", "1999", "note", "9ins", "21st")]
        ['continu', 'were', 'three', '1999', 'note', '9in', '21st']
    """
    if not key.isalpha():
        unit = _PLURAL_UNIT.fullmatch(key)
        return unit.group(1) if unit else key
    if key in _STOP or key in NUMBER_WORDS:
        return key
    out = lemma_key(key)
    return key if out in _STOP else out  # "note" is not "not"


@lru_cache(maxsize=WORD_KEYS_KEPT)
def word_key(word: str, lemmas: bool = False) -> str:
    """``match_key(norm_token(word))``, and :func:`lemma` of that when ``lemmas``.

    Example:
        >>> word_key("Programmes"), word_key("Programmes", True), word_key("U.S.", True)
        ('programs', 'program', 'us')
    """
    key = match_key(norm_token(word))
    return lemma(key) if lemmas else key
