"""Whether the two sides of one replacement make one change, read by :mod:`~.lexical` as it cuts the
diff's regions into units and names each variant: an attribution on one side only (a cut and an
addition, never one replacement), a source noun alone before the word it describes (a cut or an
addition, no attribution changed) and one lower-case word for another between the same words
(one replacement). Moved out of :mod:`~.lexical` unchanged (round 26); the stories each was read
from are in its docstring.
"""

from __future__ import annotations

from corpus_tools.lexicon import CUE_WORDS, REPORTING_FORMS, SOURCE_NOUNS, STOP_WORDS

__all__ = ["one_for_one", "one_sided_attribution", "source_noun_modifier"]

_ARTICLES = frozenset({"a", "an", "the"})
_CUES = CUE_WORDS | REPORTING_FORMS | SOURCE_NOUNS
_FIRST_PERSON = frozenset({"i", "we"})


def one_sided_attribution(a: list[str], b: list[str]) -> bool:
    """Whether one side of a replacement has a reporting verb or a source noun (a charge's words
    too: "alleged victims") and the other none: an attribution is never paired with words that
    are not one ("spokesman said it" -> ", which brought the case": a cut and an addition). A verb
    after "I" or "we" is the speaker's own words, no attribution ("I think" -> "Joy said
    afterwards:": the quotation's words cut, an attribution added; claims sk27)."""
    own = lambda s, k: k > 0 and s[k - 1].lower() in _FIRST_PERSON  # noqa: E731
    has = [bool({t.lower() for t in s} & _CUES) for s in (a, b)]
    said = [any(t.lower() in _CUES and not own(s, k) for k, t in enumerate(s)) for s in (a, b)]
    return has[0] != has[1] or said[0] != said[1]


def source_noun_modifier(form: list[str], toks: list, k: int) -> bool:
    """Whether a one-sided change is a source noun alone before the word it describes ("the Queen
    Mother's official Daimler" -> "Daimler"; ``toks[k]``: the token after it, a word that is no
    stop word): a cut or an addition, no attribution changed (issue 22, claims ry27 ry11)."""
    if (
        len(form) != 1
        or form[0].lower() not in SOURCE_NOUNS
        or form[0].lower() in CUE_WORDS | REPORTING_FORMS
    ):
        return False
    after = toks[k][2] if k < len(toks) else ""
    return after[:1].isalnum() and after.lower() not in STOP_WORDS


def one_for_one(sa: list, sb: list, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether a region is one lower-case word for another between the same words on both sides
    ("the horrific injuries" -> "the other injuries"): one replacement, whatever the two words'
    kinds (an article against a word is left to :func:`corpus_tools.variants.units.is_rewording`)."""
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    wa, wb = sa[i1][2], sb[j1][2]
    if not (wa.isalpha() and wb.isalpha() and wa.islower() and wb.islower()) or {wa, wb} & _ARTICLES:
        return False
    key = lambda s, k: s[k][2].lower() if 0 <= k < len(s) else None  # noqa: E731
    return i1 > 0 and j1 > 0 and key(sa, i1 - 1) == key(sb, j1 - 1) and key(sa, i2) == key(sb, j2)
