"""Change examples people can read: a variant is a minimal whole unit, the same thing on both sides.

A diff region pairs whatever lies between two stretches of equal words, so one region can pair
a fragment of one sentence with a fragment of another ("United Steelworkers of America" ->
"striking"; "a union representative said" -> "British Columbia lead-zinc operations"), or hide a
cut inside an attribution change ("familiar with the overtures told Reuters" -> "have said").
:func:`split_region` cuts such a region into units: the attribution phrase on each side (its
verb of saying, agency or speaker noun, with auxiliaries: "told Reuters" -> "have said"), and
what is left around it as words cut or added; a long or lopsided substitution becomes a cut and
an addition. A dateline's agency credit ("(Reuters) -") is a cut, not an attribution change.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import CUE_WORDS, RELATIVE_DAYS, SOURCE_NOUNS, SPEAKER_WORDS, STOP_WORDS, WEEKDAYS

__all__ = ["MAX_UNIT_WORDS", "is_dateline_credit", "split_region"]

#: the most words a side of a substitution may have and still be one unit ("Sept. 20" -> "20 September")
MAX_UNIT_WORDS = 4
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would"})
_SPEAKER_NOUNS = {w for words in SPEAKER_WORDS.values() for w in words if w.isalpha()}
_NOUNS = _SPEAKER_NOUNS | {w + "s" for w in _SPEAKER_NOUNS}
_ATTRIBUTION = frozenset(CUE_WORDS | SOURCE_NOUNS | _NOUNS)


def _is_word(tok: str) -> bool:
    return any(ch.isalnum() for ch in tok)


_TIMES = frozenset(WEEKDAYS | RELATIVE_DAYS)
_TIME_LEAD = frozenset({"on", "last", "this", "next", "early", "late"})


def _runs(
    toks: list[str], vocabulary: frozenset[str] = _ATTRIBUTION, lead: frozenset = _AUX
) -> list[tuple[int, int]]:
    """The attribution phrases of a side: runs of attribution words ("told Reuters", "sources"),
    each with the auxiliaries before it ("have said"); with ``vocabulary``, runs of its words."""
    runs: list[list[int]] = []
    kind = [("noun" if t.lower() in _NOUNS else "cue") if t.lower() in vocabulary else "" for t in toks]
    for k in range(len(toks)):
        if kind[k]:
            if runs and runs[-1][1] == k and kind[k - 1] == kind[k]:
                runs[-1][1] = k + 1
            else:
                lo = k
                while lo > 0 and toks[lo - 1].lower() in lead and (not runs or lo - 1 >= runs[-1][1]):
                    lo -= 1
                runs.append([lo, k + 1])
    return [(a, b) for a, b in runs]


def _between(a: list[str], b: list[str], pa: int, xa: int, pb: int, xb: int) -> list[tuple]:
    """The words between two attribution phrases: one substitution when both sides are short
    ("But the" -> "However"), else a cut and an addition; words both sides start or end with are
    neither ("after ransacking her flat were" -> "were": "after ransacking her flat" cut)."""
    while pa < xa and pb < xb and a[pa].lower() == b[pb].lower():
        pa, pb = pa + 1, pb + 1
    while xa > pa and xb > pb and a[xa - 1].lower() == b[xb - 1].lower():
        xa, xb = xa - 1, xb - 1
    wa, wb = sum(map(_is_word, a[pa:xa])), sum(map(_is_word, b[pb:xb]))
    function = [all(t.lower() in STOP_WORDS for t in s if _is_word(t)) for s in (a[pa:xa], b[pb:xb])]
    short = max(wa, wb) <= MAX_UNIT_WORDS and not (min(wa, wb) == 1 and max(wa, wb) >= 3)
    if wa and wb and short and function[0] == function[1]:
        return [(pa, xa, pb, xb)]
    return [(pa, xa, pb, pb), (xa, xa, pb, xb)]


def split_region(a: list[str], b: list[str], category: str) -> list[tuple[int, int, int, int]]:
    """Cut one diff region (the source's tokens ``a``, the version's ``b``) into minimal units.

    Returns:
        ``(a_lo, a_hi, b_lo, b_hi)`` token ranges relative to the region, in order; the whole
        region when it is one unit already.

    Example:
        >>> a = "familiar with the overtures told Reuters".split()
        >>> split_region(a, ["have", "said"], "attribution_change")
        [(0, 4, 0, 0), (4, 6, 0, 2)]
        >>> split_region("United Steelworkers of America".split(), ["striking"], "word_substitution")
        [(0, 4, 0, 0), (4, 4, 0, 1)]
    """
    whole = [(0, len(a), 0, len(b))]
    split = [(0, len(a), 0, 0), (len(a), len(a), 0, len(b))]
    if category in ("attribution_change", "time_reference") and a and b:
        words = (_ATTRIBUTION, _AUX) if category == "attribution_change" else (_TIMES, _TIME_LEAD)
        ra, rb = _runs(a, *words), _runs(b, *words)
        if not ra or not rb:
            return split  # an attribution phrase paired with words that are not one
        if len(ra) != len(rb):  # pair the whole attribution phrase of each side
            ra, rb = [(ra[0][0], ra[-1][1])], [(rb[0][0], rb[-1][1])]
        pieces, pa, pb = [], 0, 0
        for (xa, ya), (xb, yb) in zip(ra, rb, strict=True):
            pieces += _between(a, b, pa, xa, pb, xb) + [(xa, ya, xb, yb)]  # what lies before, the phrase
            pa, pb = ya, yb
        pieces += _between(a, b, pa, len(a), pb, len(b))
        return [p for p in pieces if p[1] > p[0] or p[3] > p[2]]
    if category == "word_substitution" and a and b:
        wa, wb = sum(map(_is_word, a)), sum(map(_is_word, b))
        lopsided = min(wa, wb) == 0 or max(wa, wb) > MAX_UNIT_WORDS or (min(wa, wb) == 1 and max(wa, wb) >= 3)
        function = [all(t.lower() in STOP_WORDS for t in side if _is_word(t)) for side in (a, b)]
        return split if lopsided or function[0] != function[1] else whole  # "a" -> "Cominco": no pair
    return whole


def is_dateline_credit(form: str) -> bool:
    """Whether a source form is a dateline's agency credit: "(Reuters) -", "(AP) --".

    Example:
        >>> is_dateline_credit("( Reuters ) -"), is_dateline_credit("LONDON (Reuters) -")
        (True, True)
        >>> is_dateline_credit("told Reuters")
        False
    """
    return bool(re.fullmatch(r"\W*(?:[A-Z][A-Z/.,' -]*)?\(\s*[A-Z][\w-]*\s*\)\W*", form.strip()))
