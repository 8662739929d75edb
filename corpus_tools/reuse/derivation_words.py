"""What a text adds to its source, read word by word, for the derivation classes.

:func:`body_words` reads a text's body words (each knows whether it opens a sentence),
:func:`is_fact` tells a name or a number, :func:`novelty` counts the words and facts a text adds
to its source, and :func:`share_features` gives the shares of
:data:`corpus_tools.reuse.derivation.SHARE_FEATURES`. :mod:`corpus_tools.reuse.derivation` reads
them (and re-exports them: import them from there as before).
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from functools import lru_cache

import numpy as np

from corpus_tools.lexicon import NUMBER_WORDS, STOP_WORDS, WORD_RE
from corpus_tools.reuse.documents import tile
from corpus_tools.reuse.novelty import BodyWord, novel_lists
from corpus_tools.text.sentences import clean_text, match_key, norm_token

__all__ = ["RUN_WORDS", "body_words", "is_fact", "novelty", "share_features"]

#: shortest run of words (shared with one source file) that :func:`share_features` counts
RUN_WORDS = 5

_SENTENCE_END = re.compile(r"[.!?:]\W*$")


def body_words(raw: str) -> list[tuple[str, str, bool]]:
    """Body words of a raw text as ``(key, word, sentence_initial)``, read on its cleaned view
    (:class:`corpus_tools.reuse.novelty.BodyWord`: each knows the ``gap`` before it).

    The keys are those of :func:`corpus_tools.reuse.documents.doc_tokens` (:func:`match_key`);
    a word is sentence-initial at the start of a paragraph, after ``.``, ``!``, ``?``
    or ``:`` (quote marks between allowed) or after a lone quote mark.

    Example:
        >>> body_words('He met Ann. "Then we left."')
        [('he', 'He', True), ('met', 'met', False), ('ann', 'Ann', False), ('then', 'Then', True), \
('we', 'we', False), ('left', 'left', False)]
    """
    c = clean_text(raw)
    skip = c.dateline or (0, 0)
    out = []
    for p in c.paragraphs:
        if p.kind != "body":
            continue
        prev = p.start
        for m in WORD_RE.finditer(c.text, p.start, p.end):
            if skip[0] <= m.start() < skip[1]:
                continue
            gap = c.text[prev : m.start()]
            initial = prev == p.start or bool(_SENTENCE_END.search(gap)) or gap.strip() in ('"', "'")
            out.append(BodyWord(match_key(norm_token(m.group())), m.group(), initial, gap))
            prev = m.end()
    return out


@lru_cache(maxsize=1 << 16)  # pure, and read two or three times a word of every text (#23: CPU)
def is_fact(word: str, initial: bool) -> bool:
    """Whether a word states a fact a reporter must have from somewhere: a number ("18",
    "five"), or a capitalised word inside a sentence that is not a stop word (a name, a place).

    Example:
        >>> is_fact("Leeds", False), is_fact("The", True), is_fact("12", True), is_fact("He", False)
        (True, False, True, False)
    """
    lower = word.lower()
    if any(ch.isdigit() for ch in word) or lower in NUMBER_WORDS:
        return True
    return word[:1].isupper() and not initial and lower not in STOP_WORDS


def novelty(words: list[tuple], source_keys: set[str], *, contexts: Mapping | None = None) -> tuple[int, int]:
    """What a text adds to its source: ``(novel_words, novel_facts)``, names and numbers apart.

    Words are compared on :func:`corpus_tools.lexicon.lemma_key` after the spelling map
    ("unveiled" is the source's "unveil", "programmes" its "program"), and a name spelt out is
    the source's abbreviation of it and the other way round ("United States" = "US",
    :data:`corpus_tools.lexicon.ABBREVIATIONS`).

    Args:
        words: the text's :func:`body_words`.
        source_keys: the keys of every word of the source.
        contexts: :func:`corpus_tools.reuse.novelty.misprint_contexts` of the source (misprints), or None.

    Returns:
        ``novel_words``: its content-word tokens (not stop words) that are not names or numbers
        (:func:`is_fact`) and whose lemma is not in the source; ``novel_facts``: its distinct
        names and numbers not in the source, a name of several words or a number of several
        parts counted once (:func:`corpus_tools.reuse.novelty.novel_lists`).

    Example:
        >>> novelty(body_words("Mr Brown, 41, of Leeds, was fined by the court."), {"brown", "court"})
        (1, 2)
        >>> src = {"us", "unveil", "program", "two"}
        >>> novelty(body_words("The United States unveiled two programmes."), src)
        (0, 0)
    """
    novel, facts = novel_lists(words, source_keys, is_fact, contexts=contexts)
    return len(novel), len(facts)


def share_features(
    text_keys: list[str],
    words: list[tuple[str, str, bool]],
    source_keys: Mapping[str, list[str]],
    other_keys: Container[str],
    aligned: np.ndarray,
) -> tuple[float, ...]:
    """The :data:`~corpus_tools.reuse.derivation.SHARE_FEATURES` of one text, each in [0, 1].

    Args:
        text_keys: the text's word keys (:func:`corpus_tools.reuse.documents.keys`).
        words: its :func:`body_words`.
        source_keys: the word keys of each source file.
        other_keys: the keys of every word of the other versions (documents outside the source).
        aligned: per sentence of the text, whether it is aligned (its class is not ``new``).

    Returns:
        ``novel_word_share`` (its content-word tokens whose key is not in the source, over its
        content-word tokens), ``novel_fact_share`` (its distinct :func:`is_fact` keys not in the
        source, over its distinct fact keys; 0.0 without facts), ``sentence_aligned_share``,
        ``run_share`` (its words in runs of at least :data:`RUN_WORDS` words shared with one
        source file, greedy tiling, over its words), ``source_used`` (the largest share of one
        source file's words in such runs) and ``unique_share`` (its content-word tokens found
        neither in the source nor in any other version, over its content-word tokens).

    Example:
        >>> src = {"s": "the court fined mr brown of leeds for theft".split()}
        >>> words = body_words("Mr Brown of Leeds was fined for theft by the court on Monday.")
        >>> text = [k for k, _, _ in words]
        >>> [round(v, 3) for v in share_features(text, words, src, {"monday"}, np.array([True]))]
        [0.143, 0.333, 1.0, 0.0, 0.0, 0.0]
    """
    src_words = set().union(*source_keys.values()) if source_keys else set()
    content = [k for k, _, _ in words if k not in STOP_WORDS]
    facts = {k for k, w, initial in words if is_fact(w, initial)}
    novel = [k for k in content if k not in src_words]
    runs, used = np.zeros(len(text_keys), dtype=bool), 0.0
    for keys_ in source_keys.values():
        tiles = tile(text_keys, keys_, RUN_WORDS)
        for i, _, n in tiles:
            runs[i : i + n] = True
        used = max(used, sum(n for *_, n in tiles) / max(1, len(keys_)))
    return (
        len(novel) / len(content) if content else 0.0,
        len(facts - src_words) / len(facts) if facts else 0.0,
        float(aligned.mean()) if len(aligned) else 0.0,
        float(runs.mean()) if len(runs) else 0.0,
        used,
        sum(k not in other_keys for k in novel) / len(content) if content else 0.0,
    )
