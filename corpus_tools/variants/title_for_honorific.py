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
from corpus_tools.variants.joined_rows import join_rows

__all__ = ["title_for_honorific"]

_START, _END, _FORM = 2, 3, 4
_SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 8, 9, 10, 12
_RANKS = NAME_TITLES - HONORIFICS


def _titled(text: str) -> bool:
    """Whether ``text`` opens with a rank and holds only capitalised words ("Det Insp Tom")."""
    words = [w for _, _, w in tokenize(text) if w[:1].isalnum()]
    return bool(words) and words[0].lower().rstrip(".") in _RANKS and all(w[:1].isupper() for w in words)


def title_for_honorific(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """``rows`` (one version against one source document) with each honorific replaced by a title
    made one replacement (module docstring)."""

    def dropped(hon: tuple) -> bool:
        return hon[_CATEGORY] == "honorific" and not hon[_FORM].strip() and bool(hon[_SRC_FORM].strip())

    def titled_here(hon: tuple, add: tuple) -> bool:
        if not _titled(add[_FORM]):
            return False
        inside = add[_START] <= hon[_START] <= add[_END]  # the empty side at either end of the addition
        gap = "" if inside else version_raw[add[_END] : hon[_START]] if add[_END] <= hon[_START] else "x"
        near = abs(add[_SRC_START] - hon[_SRC_START]) <= 1 or abs(add[_SRC_START] - hon[_SRC_END]) <= 1
        return not gap.strip() and near

    return join_rows(rows, dropped, titled_here)
