"""A time word counted twice: a time reference with one side empty and, at its place, the words
that replace it counted a second change.

Read on the claims audit's round 23 (``benchmarks/claims.md``, "Twenty-third round", cause 4: bd81,
"tonight" -> "last night" counted a time reference and again an addition). A version that writes
"were last night trying" for the source's "were tonight trying" changes one time word; the diff may
give the cut "tonight" its own ``time_reference`` row (the version side empty) and "last night" an
``insertion`` beside it.

:func:`time_twice`: in one version sentence read against one source sentence, a ``time_reference``
row with an empty side and a cut or an addition of the other side at its place (nothing but spaces
and punctuation between them on either side), that cut or addition being a time phrase (up to
:data:`corpus_tools.variants.held_times.MAX_TIME_WORDS` words, each a time word, a number or a
function word, one of them a time word), are one ``time_reference`` row ("tonight" -> "last
night"). Joins two rows in one, so no count rises.
"""

from __future__ import annotations

from corpus_tools.variants.held_times import is_time_phrase
from corpus_tools.variants.joined_rows import between as _between

__all__ = ["time_twice"]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _CATEGORY = 7, 8, 9, 10, 12


def _joined(time: tuple, other: tuple, version_raw: str, source_raw: str, context) -> tuple | None:
    """The one row of ``time`` (a time reference, one side empty) and ``other`` (the other side's
    cut or addition at its place), or None when they are not one change."""
    if (time[_SENT], time[_SRC_SENT]) != (other[_SENT], other[_SRC_SENT]):
        return None
    cut_time = not time[_FORM].strip()  # "tonight" -> "" with "last night" added
    if cut_time and (other[_CATEGORY] != "insertion" or other[_SRC_FORM].strip()):
        return None
    if not cut_time and (other[_CATEGORY] != "deletion" or other[_FORM].strip() or time[_SRC_FORM].strip()):
        return None
    words = other[_FORM] if cut_time else other[_SRC_FORM]
    if not is_time_phrase(words):
        return None
    here = any(_between(version_raw, time[_START], p) for p in (other[_START], other[_END]))
    there = any(_between(source_raw, other[_SRC_START], p) for p in (time[_SRC_START], time[_SRC_END]))
    if not (here and there):
        return None
    version, source = (other, time) if cut_time else (time, other)
    a, b = version[_START], version[_END]
    row = version[:_START] + (a, b, version_raw[a:b], context(version_raw, a, b))
    sa, sb = source[_SRC_START], source[_SRC_END]
    row += version[6:_SRC_SENT] + (source[_SRC_SENT], sa, sb, source_raw[sa:sb], context(source_raw, sa, sb))
    return row + ("time_reference",) + version[_CATEGORY + 1 :]


def time_twice(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """``rows`` (one version against one source document) with each time word counted twice made
    one time reference (module docstring)."""
    out: list[tuple | None] = list(rows)
    for t, time in enumerate(rows):
        if time[_CATEGORY] != "time_reference" or (time[_FORM].strip() and time[_SRC_FORM].strip()):
            continue
        for o, other in enumerate(out):
            if other is None or o == t:
                continue
            joined = _joined(time, other, version_raw, source_raw, context)
            if joined is not None:
                out[o], out[t] = joined, None
                break
    return [r for r in out if r is not None]
