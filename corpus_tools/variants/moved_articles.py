"""An article that comes with a moved word: no word added.

Read on the claims audit's row gb16 (``benchmarks/claims.md``, "Twenty-first round", cause 4): the
wire's "and businessman Kit Lam." told as "and Kit Lam, a businessman.": the diff keeps the moved
noun as a move (no row: :mod:`corpus_tools.variants.moves`) and counts the ", a" the apposition
needs as words added, where a reader counts no change of substance. :func:`moved_article` drops
such an addition.

An addition is dropped when its words are articles only ("a", "an", "the", commas and other marks
between) and the word just after it in the version is a word of the same source sentence that the
source does not have at that place: the word moved, and the article came with it ("and the police
said" for "and police said" keeps its "the": the source has "police" right there).
"""

from __future__ import annotations

import re

__all__ = ["moved_article"]

_FORM, _SRC_START, _SRC_END, _SRC_FORM = 4, 8, 9, 10
_END = 3
_ARTICLES = frozenset({"a", "an", "the"})
_WORD = re.compile(r"[^\W_]+")
_STOP = re.compile(r"[.?!]['\"`<]*\s")  # "<" closes a wire paragraph


def _sentence_words(raw: str, at: int) -> set[str]:
    """The lower-cased words of the sentence of ``raw`` around offset ``at`` (read between the
    sentence ends before and after it: a full stop, "?" or "!", quote marks or a wire's paragraph
    mark after it, before a space or a line break)."""
    left = max((m.end() for m in _STOP.finditer(raw, max(0, at - 600), at)), default=max(0, at - 600))
    right = _STOP.search(raw, at)
    return {w.lower() for w in _WORD.findall(raw[left : right.start() + 1 if right else len(raw)])}


def moved_article(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """The rows of one version against one source document without the additions that are only
    an article come with a moved word (module docstring)."""
    out = []
    for r in rows:
        form = str(r[_FORM])
        words = [w.lower() for w in _WORD.findall(form)]
        if words and set(words) <= _ARTICLES and not str(r[_SRC_FORM]).strip():
            after = _WORD.match(version_raw[r[_END] :].lstrip(" ,"))
            there = _WORD.match(source_raw[r[_SRC_END] :].lstrip(" ,"))
            word = after.group(0).lower() if after else ""
            moved = word and (not there or there.group(0).lower() != word)
            if moved and word not in _ARTICLES and word in _sentence_words(source_raw, r[_SRC_START]):
                continue  # the article of a moved word
        out.append(r)
    return out
