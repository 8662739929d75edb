"""One change counted once: variant rows of one version that are parts of one change, merged.

:func:`corpus_tools.variants.lexical.extract_variants` diffs each aligned group word by word, so
some changes a reader counts once come out as two or three rows (issue 22, the claims audit's
word-change counts):

- a modifier moved across the noun it modifies, one or two words added before a kept content
  word and a phrase opening with a preposition cut after it, or the other way round ("by a court
  in Prague" -> "by a Czech court": "Czech" added, "in Prague" cut): one replacement, "court in
  Prague" -> "Czech court", when it is a rewording
  (:func:`corpus_tools.variants.units.is_rewording`);
- a number written otherwise in several pieces ("four-and-a-half" -> "4 1/2": "four" -> "4",
  "-and-a-half" cut, "1/2" added): one number format change, when both sides read as the same
  value;
- the quote mark of a quotation cut or added whole, counted apart from it ("``please forgive us,"
  cut and its closing mark as a quote-mark change): part of the cut or the addition, when the cut
  holds the quotation's other mark;
- one addition or cut counted twice, once in each of two groups that share a sentence ("'limp
  and lifeless'" added twice): once.
"""

from __future__ import annotations

import re
from fractions import Fraction

from corpus_tools.lexicon import NUMBER_WORDS, STOP_WORDS, tokenize
from corpus_tools.variants.categories import QUOTE_CHARS
from corpus_tools.variants.units import MAX_UNIT_WORDS, is_rewording

__all__ = ["merge_parts", "number_value"]

#: the positions of a variant row (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS`)
_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 7, 8, 9, 10, 11, 12
_PREPOSITIONS = frozenset("in of from at for on with by near".split())
_FRACTIONS = {"half": Fraction(1, 2), "quarter": Fraction(1, 4), "third": Fraction(1, 3)}
_NUMBER = re.compile(r"^(\d+)?\s*(?:(\d+)/(\d+)|½)?$")


def number_value(text: str) -> Fraction | None:
    """The value of a number written in figures or words, with a fraction ("4 1/2",
    "four-and-a-half", "four and a half", "4½"), or None.

    Example:
        >>> number_value("four-and-a-half") == number_value("4 1/2") == Fraction(9, 2)
        True
        >>> number_value("four years") is None
        True
    """
    t = " ".join(text.replace("-", " ").split()).lower()
    m = _NUMBER.match(t)
    if m and t:
        whole = int(m.group(1) or 0)
        frac = Fraction(int(m.group(2)), int(m.group(3))) if m.group(2) else Fraction(0)
        return whole + frac + (Fraction(1, 2) if "½" in t else 0)
    words = t.split()
    if not words or words[0] not in NUMBER_WORDS:
        return None
    if len(words) == 1:
        return Fraction(NUMBER_WORDS[words[0]])
    if len(words) == 4 and words[1] == "and" and words[2] in ("a", "one") and words[3] in _FRACTIONS:
        return NUMBER_WORDS[words[0]] + _FRACTIONS[words[3]]
    return None


def merge_parts(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """The variant rows of one version against one source document, with the parts of one change
    merged (see the module docstring).

    Args:
        rows: variant rows, in any order.
        version_raw: the version's raw text; ``source_raw``: the source document's.
        context: the function that writes a row's context (``context(raw, start, end)``).

    Returns:
        The rows, merged, in their order.
    """
    rows = _once(rows)
    rows = _merge_numbers(rows, version_raw, source_raw, context)
    rows = _merge_around_kept(rows, version_raw, source_raw, context)
    return _absorb_quotes(rows, version_raw, source_raw)


def _key(row: tuple) -> tuple:
    return row[_SENT], row[_START], row[_SRC_START]


def _once(rows: list[tuple]) -> list[tuple]:
    """An addition (or a cut) whose span lies inside another addition's (cut's) span of the same
    sentence is the same change counted twice: the longer one is kept."""
    out = []
    for k, r in enumerate(rows):
        side = (_START, _END) if r[_CATEGORY] == "insertion" else (_SRC_START, _SRC_END)
        if r[_CATEGORY] not in ("insertion", "deletion"):
            out.append(r)
            continue
        inside = any(
            m != k
            and o[_CATEGORY] == r[_CATEGORY]
            and o[_SENT] == r[_SENT]
            and o[side[0]] <= r[side[0]]
            and r[side[1]] <= o[side[1]]
            and (o[side[1]] - o[side[0]], -m) > (r[side[1]] - r[side[0]], -k)
            for m, o in enumerate(rows)
        )
        if not inside:
            out.append(r)
    return out


def _between(raw: str, a: int, b: int) -> str:
    return raw[a:b] if a <= b else "\0"


def _merged(rows: list[tuple], version_raw: str, source_raw: str, context, category: str) -> tuple:
    """One row spanning ``rows`` (of one sentence) on both sides."""
    b0 = min(r[_START] for r in rows)
    b1 = max(r[_END] for r in rows)
    a0 = min(r[_SRC_START] for r in rows)
    a1 = max(r[_SRC_END] for r in rows)
    b0, b1 = _strip(version_raw, b0, b1)
    a0, a1 = _strip(source_raw, a0, a1)
    first = rows[0]
    return (
        first[0],
        first[_SENT],
        b0,
        b1,
        version_raw[b0:b1],
        context(version_raw, b0, b1),
        first[6],
        first[_SRC_SENT],
        a0,
        a1,
        source_raw[a0:a1],
        context(source_raw, a0, a1),
        category,
        first[13],
    )


def _strip(raw: str, a: int, b: int) -> tuple[int, int]:
    """A span without the whitespace at its ends."""
    while a < b and raw[a].isspace():
        a += 1
    while b > a and raw[b - 1].isspace():
        b -= 1
    return a, b


def _merge_numbers(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """Consecutive rows of one sentence that together write one number otherwise: one row."""
    rows = sorted(rows, key=_key)
    out: list[tuple] = []
    i = 0
    while i < len(rows):
        done = False
        for n in (3, 2):
            run = rows[i : i + n]
            if len(run) < n or len({r[_SENT] for r in run}) > 1:
                continue
            b0, b1 = min(r[_START] for r in run), max(r[_END] for r in run)
            a0, a1 = min(r[_SRC_START] for r in run), max(r[_SRC_END] for r in run)
            old, new = number_value(source_raw[a0:a1]), number_value(version_raw[b0:b1])
            if old is not None and old == new and source_raw[a0:a1] != version_raw[b0:b1]:
                out.append(_merged(run, version_raw, source_raw, context, "number_format"))
                i += n
                done = True
                break
        if not done:
            out.append(rows[i])
            i += 1
    return out


def _words(text: str) -> list[str]:
    return [t[2] for t in tokenize(text, marks=True)]


def _modifiers(pre: list[str], post: list[str]) -> bool:
    """Whether words before a noun and a phrase after it are one modifier moved across it: up to
    two content words before ("Czech"), a phrase that opens with a preposition after ("in
    Prague")."""
    return (
        0 < len(pre) <= 2
        and all(w.isalpha() and w.lower() not in STOP_WORDS for w in pre)
        and 1 < len(post) <= MAX_UNIT_WORDS
        and post[0].lower() in _PREPOSITIONS
        and any(w.isalpha() and w.lower() not in STOP_WORDS for w in post)
    )


def _merge_around_kept(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """An addition and a cut of one sentence on either side of one kept word: one rewording."""
    rows = sorted(rows, key=_key)
    out: list[tuple] = []
    used: set[int] = set()
    for i, r in enumerate(rows):
        if i in used:
            continue
        pair = None
        for j in range(i + 1, min(i + 3, len(rows))):
            o = rows[j]
            if j in used or o[_SENT] != r[_SENT] or {r[_CATEGORY], o[_CATEGORY]} != {"insertion", "deletion"}:
                continue
            ins, cut = (r, o) if r[_CATEGORY] == "insertion" else (o, r)
            kept_v = _words(_between(version_raw, *sorted((ins[_END], cut[_START]))))
            kept_s = _words(_between(source_raw, *sorted((ins[_SRC_END], cut[_SRC_START]))))
            if len(kept_v) != 1 or [w.lower() for w in kept_v] != [w.lower() for w in kept_s]:
                continue
            if not kept_v[0].isalpha() or kept_v[0].lower() in STOP_WORDS:
                continue
            before, after = (ins, cut) if ins[_END] <= cut[_START] else (cut, ins)
            pre = _words(before[_FORM] or before[_SRC_FORM])
            post = _words(after[_FORM] or after[_SRC_FORM])
            if not _modifiers(pre, post):
                continue
            b0, b1 = min(ins[_START], cut[_START]), max(ins[_END], cut[_END])
            a0, a1 = min(ins[_SRC_START], cut[_SRC_START]), max(ins[_SRC_END], cut[_SRC_END])
            if is_rewording(_words(source_raw[a0:a1]), _words(version_raw[b0:b1])):
                pair = j
                break
        if pair is None:
            out.append(r)
            continue
        used.add(pair)
        out.append(_merged([r, rows[pair]], version_raw, source_raw, context, "word_substitution"))
    return out


_OPEN = re.compile(r"``|[“‘]|(?:(?<=^)|(?<=[\s(]))['\"](?=\w)")
_CLOSE = re.compile(r"''|[”’]|(?<=[\w.,!?])['\"](?=[\s.,;:!?)]|$)")


def _opening(mark: str) -> bool:
    return mark.strip() in ("``", "“", "‘", "`")


def _unbalanced(form: str, *, closing: bool) -> bool:
    """Whether a cut or added phrase holds a quotation's opening mark without its closing one
    (``closing``: the mark beside it would close it), or the other way round. An apostrophe
    after an "s" is a possessive ("victims' deaths"), not a mark."""
    form = re.sub(r"(?<=s)'(?=\s)", "", form)
    n_open, n_close = len(_OPEN.findall(form)), len(_CLOSE.findall(form))
    return n_open > n_close if closing else n_close > n_open


def _absorb_quotes(rows: list[tuple], version_raw: str, source_raw: str) -> list[tuple]:
    """A quote-mark row with one side empty that only touches a cut (on the source's side) or an
    addition (on the version's) of its sentence: part of it, not a change of its own."""
    out = []
    for r in rows:
        if r[_CATEGORY] != "quotation_or_apostrophe" or (r[_FORM] and r[_SRC_FORM]):
            out.append(r)
            continue
        on_source = bool(r[_SRC_FORM])
        raw, lo, hi = (source_raw, _SRC_START, _SRC_END) if on_source else (version_raw, _START, _END)
        if not all(ch in QUOTE_CHARS for ch in (r[_SRC_FORM] or r[_FORM]).strip()):
            out.append(r)
            continue
        whole = "deletion" if on_source else "insertion"
        form = _SRC_FORM if on_source else _FORM
        touches = any(
            o[_CATEGORY] == whole
            and o[_SENT] == r[_SENT]
            and _unbalanced(o[form], closing=not _opening(r[_SRC_FORM] or r[_FORM]))
            and (
                not raw[o[hi] : r[lo]].strip(" ,.;:\n")
                if o[hi] <= r[lo]
                else not raw[r[hi] : o[lo]].strip(" ,.;:\n")
                if r[hi] <= o[lo]
                else False
            )
            for o in rows
        )
        if not touches:
            out.append(r)
    return out
