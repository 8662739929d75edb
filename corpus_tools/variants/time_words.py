"""A replacement whose version side ends or opens on a relative day or a weekday the source side
does not write is two changes: the words replaced, the time word added.

Read on round 27's held-out porn sun (``benchmarks/claims.md``, "rkind28: change rows after
rkind28", po11: "year" -> "years yesterday", a number's noun made plural and the day of the
hearing added in one row; ``benchmarks/README.md``, "Round 28, branch rkind28", "Left out"). Issue
22: "A variant pair is a minimal whole unit". :func:`split_time_words` narrows such a row to the
words replaced (its category read again: "year" -> "years") and adds an ``insertion`` row of the
time word; a row that is the time word alone or whose source side writes a time word is left as
it is (``time_reference``, "today" -> "yesterday").
"""

from __future__ import annotations

from corpus_tools.lexicon import RELATIVE_DAYS, WEEKDAYS
from corpus_tools.variants.categories import categorize

__all__ = ["split_time_words"]

_TIMES = frozenset(w.lower() for w in RELATIVE_DAYS | WEEKDAYS)
#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_START, _END, _FORM, _CONTEXT = 2, 3, 4, 5
_SRC_DOC, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 6, 8, 9, 10, 11, 12


def _time_edge(form: str) -> tuple[int, int] | None:
    """The span in ``form`` of a time word at its start or its end, when another word stays."""
    words = form.split()
    if len(words) < 2:
        return None
    last, first = words[-1].strip(".,;:"), words[0].strip(".,;:")
    if last.lower() in _TIMES:
        at = form.rindex(last)
        return at, at + len(last)
    if first.lower() in _TIMES:
        at = form.index(first)
        return at, at + len(first)
    return None


def split_time_words(rows: list[tuple], version_raw: str, sources: dict[str, str], context) -> list[tuple]:
    """The rows of one version with each ``word_substitution`` row whose version side carries a
    relative day or weekday at its edge that its source side lacks cut into the replacement of
    the other words and the insertion of the time word (module docstring); ``context(raw, start,
    end)`` writes a row's context, ``sources`` maps a source ``doc_id`` to its raw text.

    >>> from corpus_tools.variants.lexical import _context
    >>> raw = "He was jailed for two years yesterday."
    >>> row = ("p", 0, 18, 37, "two years yesterday", "", "w", 0, 18, 26, "one year", "")
    >>> row += ("word_substitution", "")
    >>> [(r[10], r[4], r[12]) for r in split_time_words([row], raw, {"w": "He got one year."}, _context)]
    [('one year', 'two years', 'word_substitution'), ('', 'yesterday', 'insertion')]
    """
    out = []
    for r in rows:
        form, src = str(r[_FORM] or ""), str(r[_SRC_FORM] or "")
        edge = _time_edge(form) if r[_CATEGORY] == "word_substitution" and src.strip() else None
        if edge is None or {w.strip(".,;:").lower() for w in src.split()} & _TIMES:
            out.append(r)
            continue
        t0, t1 = r[_START] + edge[0], r[_START] + edge[1]
        if edge[0] > 0:  # the time word closes the side
            rest0, rest1 = r[_START], r[_START] + len(form[: edge[0]].rstrip())
        else:
            rest0, rest1 = r[_START] + len(form) - len(form[edge[1] :].lstrip()), r[_END]
        rest = version_raw[rest0:rest1]
        kept = list(r)
        kept[_START], kept[_END], kept[_FORM] = rest0, rest1, rest
        kept[_CONTEXT] = context(version_raw, rest0, rest1)
        kept[_CATEGORY] = categorize(src, rest)
        added = list(r)
        added[_START], added[_END], added[_FORM] = t0, t1, version_raw[t0:t1]
        added[_CONTEXT] = context(version_raw, t0, t1)
        added[_SRC_START] = added[_SRC_END] if edge[0] > 0 else added[_SRC_START]
        added[_SRC_END] = added[_SRC_START]
        added[_SRC_FORM], added[_CATEGORY] = "", "insertion"
        added[_SRC_CONTEXT] = context(sources[str(r[_SRC_DOC])], added[_SRC_START], added[_SRC_START])
        pair = [tuple(kept), tuple(added)]
        out += pair if edge[0] > 0 else pair[::-1]
    return out
