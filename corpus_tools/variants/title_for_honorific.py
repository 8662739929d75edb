"""An honorific replaced by a title: "Mr Hale" told as "Det Sgt Tom Hale" is one replacement.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 4: bd47,
"Det Insp Martin" counted an addition beside "Mr" counted a style change). The diff pairs the
source's "Mr" with nothing (an ``honorific`` row, a style change) and adds the version's rank and
first name before the surname: two rows, one of them counted style, for one change of what the
person is called.

:func:`title_for_honorific`: in one version sentence read against one source sentence, an
``honorific`` row whose version side is empty (the source's "Mr", "Mrs", "Miss"...) and an addition
at its place or just before it (nothing but spaces between them) that opens with a title or rank that is no
honorific ("Det", "Insp", "Sgt", "Supt") and is written in capitals only (the rank and a first
name) are one ``word_substitution``: "Mr" -> "Det Insp Tom". A title for a title ("Mr" ->
"Dr") stays :func:`corpus_tools.variants.pairs._one_title`'s honorific change. Joins two rows in
one, so no count rises.
"""

from __future__ import annotations

from corpus_tools.lexicon import HONORIFICS, tokenize
from corpus_tools.reuse.novel_names import NAME_TITLES

__all__ = ["replaced", "title_for_honorific"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 7, 8, 9, 10, 12
_RANKS = NAME_TITLES - HONORIFICS


def replaced(cut: tuple, add: tuple) -> tuple:
    """One replacement row: the version's side from ``add``, the source's side from ``cut``."""
    return add[:_SRC_START] + cut[_SRC_START:_CATEGORY] + ("word_substitution",) + add[_CATEGORY + 1 :]


def _titled(text: str) -> bool:
    """Whether ``text`` opens with a rank and holds only capitalised words ("Det Insp Tom")."""
    words = [w for _, _, w in tokenize(text) if w[:1].isalnum()]
    return bool(words) and words[0].lower().rstrip(".") in _RANKS and all(w[:1].isupper() for w in words)


def title_for_honorific(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """``rows`` (one version against one source document) with each honorific replaced by a title
    made one replacement (module docstring)."""
    out: list[tuple | None] = list(rows)
    for h, hon in enumerate(rows):
        if hon[_CATEGORY] != "honorific" or hon[_FORM].strip() or not hon[_SRC_FORM].strip():
            continue
        for d, add in enumerate(out):
            if add is None or add[_CATEGORY] != "insertion" or add[_SRC_FORM].strip():
                continue
            if (add[_SENT], add[_SRC_SENT]) != (hon[_SENT], hon[_SRC_SENT]) or not _titled(add[_FORM]):
                continue
            inside = add[_START] <= hon[_START] <= add[_END]  # the empty side at either end of the addition
            gap = "" if inside else version_raw[add[_END] : hon[_START]] if add[_END] <= hon[_START] else "x"
            near = abs(add[_SRC_START] - hon[_SRC_START]) <= 1 or abs(add[_SRC_START] - hon[_SRC_END]) <= 1
            if not gap.strip() and near:
                out[d] = replaced(hon, add)
                out[h] = None
                break
    return [r for r in out if r is not None]
