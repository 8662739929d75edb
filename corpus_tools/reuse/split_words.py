"""A source word a text writes as two words, or with an accent the source leaves off.

The reverse of :func:`~corpus_tools.reuse.misprints.joined_pairs` (a text that joins the source's
two words): a text that writes the source's "goalkeeper" as "goal keeper", that breaks it with a
stray full stop ("girl. friend" for "girlfriend"), or that writes "fiancée" for the source's
"fiancee" adds no word of its own (issue 22, round 21: the claims audit's gb12, ny53, ny78).
:func:`~corpus_tools.reuse.novelty.novel_lists` asks :func:`split_known` of each word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Sequence

from corpus_tools.lexicon import STOP_WORDS, lemma_key
from corpus_tools.reuse.number_words import gap as _gap

__all__ = ["folded", "split_known"]


def folded(key: str) -> str:
    """``key`` without its accents ("fiancées" -> "fiancees"); ``key`` itself when it has none."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _breaks(words: Sequence[tuple[str, str, bool]], j: int) -> bool:
    """Whether the gap before word ``j`` may fall inside one word: a space (not a line break
    between paragraphs), or a stray full stop before a word in lower case ("girl. friend")."""
    gap, word = _gap(words[j]), words[j][1]
    return gap in (" ", "\n") or (gap.strip() == "." and word[:1].islower())


def split_known(
    words: Sequence[tuple[str, str, bool]], i: int, source_keys: Container[str], known: Container[str]
) -> bool:
    """Whether word ``i`` of ``words`` (``(key, word, initial)`` with a ``gap``: :class:`~corpus_tools
    .reuse.novelty.BodyWord`) is a source word written otherwise: with the word before or after it,
    across a space or a stray full stop, one source word ("goal keeper" -> "goalkeeper"; both
    words alphabetic, neither a stop word), or the source's word with its accents off
    ("fiancée's" -> "fiancee's").

    ``source_keys``: the source's word keys; ``known``: their lemmas (and the other forms
    :func:`~corpus_tools.reuse.novelty.known_lemmas` reads).

    Example:
        >>> from corpus_tools.reuse.derivation_words import body_words
        >>> words = body_words("The goal keeper saw his girl. friend.")
        >>> [split_known(words, i, {"goalkeeper", "girlfriend"}, set()) for i in range(len(words))]
        [False, True, True, False, False, True, True]
    """
    key = words[i][0]
    plain = folded(key)
    if plain != key and (plain in source_keys or lemma_key(plain) in known):
        return True
    for a in (i - 1, i):
        b = a + 1
        if a < 0 or b >= len(words) or not (words[a][1].isalpha() and words[b][1].isalpha()):
            continue
        if words[a][0] in STOP_WORDS or words[b][0] in STOP_WORDS:
            continue  # "a bout" is no "about", "may be" no "maybe": as :func:`~.misprints.joined_pairs`
        if not _breaks(words, b):
            continue
        joined = words[a][0] + words[b][0]
        if joined in source_keys or lemma_key(joined) in known:
            return True
    return False
