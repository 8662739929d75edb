"""Two numbers in the same slot of a kept phrase ("two other special hospitals" / "three other
special hospitals") are one number changed, not the end of a cut and the end of an addition.

Read on round 30's held-out broadmoor times (``benchmarks/claims.md``, "Thirtieth round", cause 2,
bw11: PA's "the tough regime introduced at Broadmoor, Berks, and two other special hospitals" and
the times's "restrictions there and at three other special hospitals": the diff cut "...Berks, and
two" and added "there and at three", so the changed number had no row, the fact hidden inside a
cut and an addition). Issue 22: "A variant pair is a minimal whole unit: ... a number"; issue 23
wants a changed number said. :func:`split_slot_numbers` takes the numbers out of such a pair of
rows as one ``word_substitution`` ("two" -> "three"); what is left of each row stays a cut and an
addition.

A pair is an ``insertion`` and a ``deletion`` of one version sentence, against one source, whose
sides end on a number (a digit run or a number word, "one" to "twelve") of different values, each
followed in its own text by the same two words. Round 36 (rkind36): a number may be written with
thousands commas ("7,242,117") and may close on a scale word (:data:`SCALES`: "seven mln"), its
value read whole, so TUNE_36's 4167 ("about seven mln Princeville shares had been tendered" for
3573's "7,242,117 Princeville shares had been tendered") tells the count rounded as one number
changed, not as a cut beside an addition (``benchmarks/claims_tune36_r.md``, cause C).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import NUMBER_WORDS
from corpus_tools.variants.categories import categorize

__all__ = ["SCALES", "split_slot_numbers"]

#: scale words closing a number ("seven mln", "2.5 billion"), lower case, and what they multiply by
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "mln": 10**6,
    "million": 10**6,
    "bln": 10**9,
    "billion": 10**9,
    "trillion": 10**12,
}

#: row positions (variants/lexical.py's VARIANT_COLUMNS)
_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_DOC, _SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 6, 7, 8, 9, 10, 11, 12
_LAST = re.compile(r"(\d[\d,.]*|[A-Za-z]+)(\s+[A-Za-z]+)?\W*$")
_WORDS = re.compile(r"[a-z]+")


def _number(form: str) -> tuple[int, str] | None:
    """Where the number closing ``form`` starts, and its value (a scale word read into it,
    :data:`SCALES`); None when ``form`` does not end on a number."""
    m = _LAST.search(form.rstrip())
    if m is None:
        return None
    scale = SCALES.get((m.group(2) or "").strip().lower())
    if m.group(2) and scale is None:  # "two other": the last word is no scale, read it alone
        m = _LAST.search(form.rstrip(), m.start(2))
        scale = None
        if m is None or m.group(2):
            return None
    word = m.group(1).rstrip(",.")
    plain = word.replace(",", "")
    if not (plain.replace(".", "", 1).isdigit() or word.lower() in NUMBER_WORDS):
        return None
    value = float(plain) if plain[:1].isdigit() else NUMBER_WORDS[word.lower()]
    return m.start(1), repr(float(value) * (scale or 1))


def _next_words(raw: str, at: int) -> list[str]:
    """The two words after ``at``, lower-case (fewer at the end of the text)."""
    return _WORDS.findall(raw[at : at + 80].lower())[:2]


def split_slot_numbers(rows: list[tuple], version_raw: str, sources: dict[str, str], context) -> list[tuple]:
    """The rows of one version with each pair of an addition and a cut closing on two numbers in
    the same slot (module docstring) split: the number row, then what is left of each side;
    ``context(raw, start, end)`` writes a row's context, ``sources`` maps a source ``doc_id`` to
    its raw text.

    >>> from corpus_tools.variants.lexical import _context
    >>> ver = "He won a review there and at three other special hospitals."
    >>> src = "He won leave to challenge Broadmoor and two other special hospitals."
    >>> add = ("p", 0, 16, 34, "there and at three", "", "w", 0, 7, 7, "", "", "insertion", "")
    >>> cut = ("p", 0, 16, 16, "", "", "w", 0, 7, 43, "leave to challenge Broadmoor and two", "")
    >>> cut += ("deletion", "")
    >>> for r in split_slot_numbers([add, cut], ver, {"w": src}, _context):
    ...     print(repr(r[10]), repr(r[4]), r[12])
    '' 'there and at' insertion
    'leave to challenge Broadmoor and' '' deletion
    'two' 'three' word_substitution
    """
    adds = [k for k, r in enumerate(rows) if r[_CATEGORY] == "insertion" and _number(str(r[_FORM] or ""))]
    if not adds:  # the cheap test first: most versions add no number at a row's end
        return rows
    out = list(rows)
    used: set[int] = set()
    new: list[tuple] = []
    for k in adds:
        a = rows[k]
        at, value = _number(str(a[_FORM]))
        after = _next_words(version_raw, a[_END])
        for j, d in enumerate(rows):
            src_raw = sources.get(str(d[_SRC_DOC]), "")
            got = _number(str(d[_SRC_FORM] or "")) if d[_CATEGORY] == "deletion" and j not in used else None
            if got is None or d[_SENT] != a[_SENT] or d[_SRC_DOC] != a[_SRC_DOC] or got[1] == value:
                continue
            if len(after) < 2 or _next_words(src_raw, d[_SRC_END]) != after:
                continue
            used |= {j, k}
            v0, s0 = a[_START] + at, d[_SRC_START] + got[0]
            v1, s1 = v0 + _width(str(a[_FORM])), s0 + _width(str(d[_SRC_FORM]))
            row = list(a)
            row[_START], row[_END], row[_FORM] = v0, v1, version_raw[v0:v1]
            row[_SRC_SENT], row[_SRC_START], row[_SRC_END] = d[_SRC_SENT], s0, s1
            row[_SRC_FORM], row[_CATEGORY] = src_raw[s0:s1], categorize(src_raw[s0:s1], version_raw[v0:v1])
            row[_CONTEXT], row[_SRC_CONTEXT] = context(version_raw, v0, v1), context(src_raw, s0, s1)
            new.append(tuple(row))
            out[k] = _narrowed(a, _START, _END, _FORM, _CONTEXT, version_raw, context)
            out[j] = _narrowed(d, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, src_raw, context)
            break
    return [r for r in out if r is not None] + new


def _width(form: str) -> int:
    """The length of the number closing ``form`` as written, its scale word with it."""
    text = form.rstrip()
    return len(text.rstrip(",.")) - _number(text)[0]


def _narrowed(r: tuple, start: int, end: int, form: int, ctx: int, raw: str, context) -> tuple | None:
    """The row ``r`` with its number (at the end of its ``form`` side) taken off; None if nothing
    is left."""
    text = str(r[form])
    left = text[: _number(text)[0]].rstrip()
    if not left.strip():
        return None
    row = list(r)
    row[end], row[form] = r[start] + len(left), left
    row[ctx] = context(raw, r[start], r[start] + len(left))
    return tuple(row)
