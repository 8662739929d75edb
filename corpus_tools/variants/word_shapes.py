"""Shapes of one word-level change that the diff writes wrong, set right after pairing.

Read on the claims audit's round 16 (``benchmarks/claims.md``, "Sixteenth round", cause 3: pl120,
tp11, pl21) and round 15's kind 4 (in36). Each rule reads the rows of one version against one
source document, after :func:`corpus_tools.variants.pairs.pair_parts`:

- **A word cut in two** (:func:`_whole_word`): a row whose version side ends inside a word, before
  a contraction's apostrophe ("I wasn" of "I wasn't": the diff read "wasn't" as "was not" and kept
  its "not"), takes the whole word, and the source's "not" with it ("you are not" -> "I wasn't").
- **One replacement holding two changes** (:func:`_split_parts`): a word written as two at one end
  of a replacement ("girlfriend" -> "girl friend Jo Smith") is a spacing change
  (``punctuation_other``) and the rest an addition or a cut; a number at the same end of both
  sides of a replacement with words before it ("release #100" -> "free £1O0") is a change of its
  own, so the words replaced are the change's example and the number is read alone (a misprint,
  :func:`corpus_tools.variants.categories.is_misprint`).
- **A word replaced at its place** (:func:`_verb_replaced`): one content word (with auxiliaries
  before it) cut and one added at the same place of one version sentence and one source sentence
  ("was criticised" cut, "were attacked" added right after it; "accusation" / "remarks") are one
  replacement, with an auxiliary cut before the verb with only a time word between ("was today
  criticised"). The diff keeps a reporting word apart from one that is not, so the addition was
  counted an attribution change and the cut a cut. A verb of saying for another ("saying" / "was
  later told") is one attribution change.
- **Two words run together** (:func:`_glued_edges`): a cut and one word added at its place that
  runs the cut's first and last words together ("he pleaded guilty and was" / "hewas") are a cut
  of the middle and a misprint.

Each rule splits a row only in a change and a style change, or joins rows, so the changes in
substance never rise (a style row may be added).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import RELATIVE_DAYS, STOP_WORDS, STRONG_CUES, WEEKDAYS, lemma_key
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.crossed import layout_labels, moved_across, phrase_replaced
from corpus_tools.variants.named_again import named_again
from corpus_tools.variants.row_units import settle_units

__all__ = ["settle_shapes"]

_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_SENT, _SRC_START, _SRC_END, _SRC_FORM, _SRC_CONTEXT, _CATEGORY = 7, 8, 9, 10, 11, 12
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "being"})
_TIMES = WEEKDAYS | RELATIVE_DAYS
#: the apostrophe and "t" of a "n't" contraction, right after its "n" ("wasn't")
_CONTRACTION = re.compile(r"['\u2019]t\b")
_NOT = re.compile(r"\s+not\b")
#: the categories of a number read apart from the words replaced before it: style, no change
_NUMBER_STYLE = frozenset({"misprint", "number_format", "punctuation_other", "quotation_or_apostrophe"})
#: the verbs of saying (lemma keys): a verb of saying for another is an attribution changed
_SAYING = frozenset(lemma_key(w) for w in STRONG_CUES)


def _span(row: tuple, lo: int, a: int, b: int, raw: str, context) -> tuple:
    """``row`` with its side at ``lo`` (the version's: 2, the source's: 8) set to ``raw[a:b]``."""
    return row[:lo] + (a, b, raw[a:b], context(raw, a, b)) + row[lo + 4 :]


def _whole_word(row: tuple, version_raw: str, source_raw: str, context) -> tuple:
    """A row whose version side stops before a contraction's apostrophe, with the whole word, and
    the source's "not" after it when the contraction is "n't"."""
    end = row[_END]
    m = _CONTRACTION.match(version_raw, end)
    if not row[_FORM] or version_raw[end - 1 : end].lower() != "n" or not m:
        return row
    out = _span(row, _START, row[_START], m.end(), version_raw, context)
    n = _NOT.match(source_raw, row[_SRC_END]) if row[_SRC_FORM] else None
    return _span(out, _SRC_START, row[_SRC_START], n.end(), source_raw, context) if n else out


def _chunks(row: tuple, lo: int) -> list[tuple[int, int, str]]:
    """The whitespace-separated pieces of one side of a row, with their raw offsets."""
    return [(row[lo] + m.start(), row[lo] + m.end(), m.group()) for m in re.finditer(r"\S+", row[lo + 2])]


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _cut_at(row: tuple, version: tuple, source: tuple, category: str, vr: str, sr: str, context) -> tuple:
    """``row`` with its version side set to the span ``version`` of ``vr``, its source side to
    ``source`` of ``sr``, and ``category`` ("" to read it again from the two forms)."""
    out = _span(_span(row, _START, *version, vr, context), _SRC_START, *source, sr, context)
    category = category or categorize(out[_SRC_FORM], out[_FORM])
    return out[:_CATEGORY] + (category,) + out[_CATEGORY + 1 :]


def _split_parts(row: tuple, vr: str, sr: str, context) -> list[tuple]:
    """A replacement holding a word written as two, or a number, at one end, in two rows."""
    if row[_CATEGORY] != "word_substitution":
        return [row]
    va, sa = _chunks(row, _START), _chunks(row, _SRC_START)
    for one, two in ((sa, va), (va, sa)):  # a compound: one word on one side, two on the other
        if len(one) != 1 or len(two) < 3 or len(_letters(one[0][2])) < 6:
            continue
        for k, rest in ((2, two[2:]), (len(two) - 2, two[:-2])):
            pair = two[:2] if k == 2 else two[-2:]
            if _letters(pair[0][2] + pair[1][2]) == _letters(one[0][2]) and _letters(pair[1][2]):
                joined, left = (pair[0][0], pair[1][1]), (rest[0][0], rest[-1][1])
                word, end = one[0][:2], (one[0][1], one[0][1])
                if one is sa:  # the version writes the word as two and adds the rest
                    a = _cut_at(row, joined, word, "punctuation_other", vr, sr, context)
                    return [a, _cut_at(row, left, end, "insertion", vr, sr, context)]
                a = _cut_at(row, word, joined, "punctuation_other", vr, sr, context)
                return [a, _cut_at(row, end, left, "deletion", vr, sr, context)]
    digits = lambda ch: any(c.isdigit() for c in ch[2])  # noqa: E731
    if min(len(va), len(sa)) >= 2 and digits(va[-1]) and digits(sa[-1]):
        number = _cut_at(row, va[-1][:2], sa[-1][:2], "", vr, sr, context)
        # "#80" -> "£72" is another figure: one change with the words before it
        if number[_CATEGORY] in _NUMBER_STYLE and not any(map(digits, va[:-1] + sa[:-1])):
            return [_cut_at(row, (va[0][0], va[-2][1]), (sa[0][0], sa[-2][1]), "", vr, sr, context), number]
    return [row]


def _verb(words: list[str]) -> bool:
    """Whether words are one lower-case content word after auxiliaries (and time words): a verb
    group ("were blasted") or one noun ("accusation")."""
    ws = [w for w in words if w.lower() not in _TIMES]
    last = ws[-1] if ws else ""
    return (
        last.isalpha()
        and last.islower()
        and last not in STOP_WORDS
        and all(w.lower() in _AUXILIARIES for w in ws[:-1])
    )


def _only_gap(raw: str, a: int, b: int) -> bool:
    """Whether ``raw[a:b]`` is only space and time words ("today")."""
    return a <= b and all(w.lower() in _TIMES for w in raw[a:b].split())


def _verb_replaced(rows: list[tuple], vr: str, sr: str, context) -> list[tuple]:
    """A verb cut and a verb added at its place in one sentence pair, one replacement."""
    cut_only = lambda r: bool(r[_SRC_FORM].strip()) and not r[_FORM].strip()  # noqa: E731
    cuts = [k for k, r in enumerate(rows) if cut_only(r)]
    adds = [k for k, r in enumerate(rows) if r[_FORM].strip() and not r[_SRC_FORM].strip()]
    gone: set[int] = set()  # the cuts joined to an addition
    used: set[int] = set()  # the additions that took them
    out = list(rows)
    for c in cuts:
        cut = rows[c]
        if c in gone or not _verb(cut[_SRC_FORM].split()):
            continue
        for d in adds:
            add = rows[d]
            same = add[_SENT] == cut[_SENT] and add[_SRC_SENT] == cut[_SRC_SENT]
            if d in used or not same or not _verb(add[_FORM].split()):
                continue
            gaps = ((vr, cut[_START], add[_START]), (sr, cut[_SRC_END], add[_SRC_START]))
            if not all(_only_gap(*g) for g in gaps):
                continue
            start = cut[_SRC_START]
            for x, aux in enumerate(rows):  # "was" cut before "today criticised"
                if (
                    x not in gone | {c}
                    and cut_only(aux)
                    and (aux[_START], aux[_SRC_SENT]) == (cut[_START], cut[_SRC_SENT])
                    and aux[_SRC_FORM].strip().lower() in _AUXILIARIES
                    and _only_gap(sr, aux[_SRC_END], cut[_SRC_START])
                ):
                    start = aux[_SRC_START]
                    gone.add(x)
            row = _span(add, _SRC_START, start, cut[_SRC_END], sr, context)
            saying = [{lemma_key(w) for w in f.split()} & _SAYING for f in (row[_SRC_FORM], row[_FORM])]
            category = "attribution_change" if all(saying) else "word_substitution"
            out[d] = row[:_CATEGORY] + (category,) + row[_CATEGORY + 1 :]
            gone.add(c)
            used.add(d)
            break
    return [r for k, r in enumerate(out) if k not in gone]


def _glued_edges(rows: list[tuple], vr: str, sr: str, context) -> list[tuple]:
    """A cut and, at its place, one added word that is the cut's first and last words run together
    ("he pleaded guilty and was" cut, "hewas" added): the middle is the cut, the word a misprint."""
    out, taken = list(rows), set()
    for d, add in enumerate(rows):
        glued = _chunks(add, _START)
        if add[_SRC_FORM].strip() or len(glued) != 1 or not glued[0][2].isalpha():
            continue
        for c, cut in enumerate(rows):
            ws = _chunks(cut, _SRC_START)
            here = (cut[_SENT], cut[_SRC_SENT]) == (add[_SENT], add[_SRC_SENT]) and not cut[_FORM].strip()
            edges = _letters(ws[0][2] + ws[-1][2]) if len(ws) >= 3 else ""
            if c in taken or not here or edges != _letters(glued[0][2]):
                continue
            if _only_gap(vr, cut[_START], add[_START]) and _only_gap(sr, cut[_SRC_END], add[_SRC_START]):
                out[c] = _span(cut, _SRC_START, ws[1][0], ws[-2][1], sr, context)
                out[d] = _cut_at(add, glued[0][:2], ws[-1][:2], "misprint", vr, sr, context)
                taken.add(c)
                break
    return out


def settle_shapes(rows: list[tuple], version_raw: str, source_raw: str, context) -> list[tuple]:
    """The variant rows of one version against one source document, with the three shapes of the
    module docstring set right (also :func:`_glued_edges`).

    Args:
        rows: variant rows (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` as tuples).
        version_raw: the version's raw text; ``source_raw``: the source document's.
        context: the function that writes a row's context (``context(raw, start, end)``).

    Returns:
        The rows, a word cut in two made whole, a replacement holding two changes split, a verb
        replaced made one row; first and last, the rules of :mod:`corpus_tools.variants.crossed`
        (speaker labels, words moved to a neighbouring sentence, a phrase replaced by one word).
    """
    rows = layout_labels(rows, version_raw, source_raw, context)
    rows = phrase_replaced(rows, version_raw, source_raw, kind="pronoun")
    rows, inside = moved_across(rows, version_raw, source_raw, context)
    rows = [_whole_word(r, version_raw, source_raw, context) for r in rows]
    rows = [part for r in rows for part in _split_parts(r, version_raw, source_raw, context)]
    rows = _glued_edges(rows, version_raw, source_raw, context)
    rows = _verb_replaced(rows, version_raw, source_raw, context)
    rows = phrase_replaced(rows, version_raw, source_raw, inside)
    rows = named_again(rows, version_raw, source_raw)  # a noun phrase named again (variants/named_again.py)
    return settle_units(rows, version_raw, source_raw, context)  # variants/row_units.py
