"""Change rows read against the whole version: a phrase moved across several sentences, words a
version tells in another of its sentences, and a take followed beyond its counterpart sentence.

Read on the claims audit's round 19 (``benchmarks/claims.md``, "Nineteenth round", cause 3: the
change counts of dr17, dr27, pk18 and pk30). :func:`corpus_tools.variants.crossed.moved_across`
reads a move across one sentence boundary, and :func:`corpus_tools.variants.followed.other_take`
a take's counterpart sentence (half its content words shared); these rules read further, on the
rows of one version against every file of its source
(:func:`corpus_tools.variants.followed.settle_version`):

- **A phrase moved across sentences** (:func:`moved_far`): a cut whose content words (two or
  more, or one number: "the 61-year-old" reads as its age) the version adds, in that order and
  adjacent, in another of its sentences (and nowhere else), is no cut ("Tom Rudd, of Leeds," cut
  four sentences before "Rudd, of Leeds, was arrested"); the addition loses those words too (it
  goes when nothing else is in it, is narrowed when they open or close it: "41, is said to have"
  -> "is said to have"). **Told far** (:func:`told_far`): such a cut (no words of attribution) the
  version writes once, in another sentence whose own source sentences do not hold it (a sentence
  that gives no rows: "Rudd, of Leeds, denies" twelve sentences on), is told there, not cut.
- **Words told in another sentence of the version** (:func:`told_linked`): a cut from a source
  sentence another sentence of the version is also aligned to (its ``source_sent_ids`` or
  ``other_source_sents``), whose content words that sentence writes, is no cut ("John" cut from
  "Rudd poured ..." while the opening, built on the same sentence, says "John Rudd").
- **Another take's wording** (:func:`take_wording`): an added or replaced word whose content
  words the version writes as another file of the source does (each inside a run of two words or
  more, the version's words before or after it included, found in one sentence of another file
  that shares :data:`TAKE_DICE` of its content words with the version sentence and with the
  source sentence aligned, and lacks the words replaced) is no change: the version follows that
  take there ("after failing to reach" where the take aligned says "without returning any",
  another take "after failing to reach verdicts"). Words of attribution ("the court heard" is
  every take's), style rows and a name for a pronoun are left. A cut at the place of an addition
  so read goes with it when the sentences followed lack its words (one take's figure for
  another's; "54, of Roe Street," cut where "of Leeds" is added stays cut if the take followed
  writes "54, of Roe Street, near Leeds").

Each rule only removes rows or narrows them, so no count rises.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.lexicon import STOP_WORDS, tokenize
from corpus_tools.variants.categories import ATTRIBUTION_WORDS

__all__ = ["moved_far", "take_wording", "told_far", "told_linked"]

_SENT, _START, _END, _FORM, _CONTEXT = 1, 2, 3, 4, 5
_SRC_DOC, _SRC_SENT, _SRC_FORM, _CATEGORY = 6, 7, 10, 12
#: words of an age ("61-year-old", "aged 61") that are not its content
_AGE = frozenset({"year", "years", "old", "aged"})
#: the least share of content words (Dice) a sentence of another file shares with the version
#: sentence for its wording to be read as followed
TAKE_DICE = 0.3
#: the rows read for another take's wording: words added or replaced
_WORDING = frozenset({"insertion", "word_substitution"})
#: words of attribution: reporting verbs, source nouns and a court's "heard"
_SAYING = ATTRIBUTION_WORDS | {"heard", "hears"}
_PRONOUNS = frozenset("he she they him her them it his its their".split())


def _keys(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    return [(a, b, w.lower()) for a, b, w in tokenize(text, offset=offset) if w.isalnum()]


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _is_content(key: str) -> bool:
    return key not in STOP_WORDS and key not in _AGE


def _content(text: str) -> list[str]:
    return [k for _, _, k in _keys(text) if _is_content(k)]


def _cut(row: tuple) -> bool:
    return bool(row[_SRC_FORM].strip()) and not row[_FORM].strip()


def _added(row: tuple) -> bool:
    return bool(row[_FORM].strip()) and not row[_SRC_FORM].strip()


def _find(seq: list[str], part: list[str]) -> int:
    n = len(part)
    return next((k for k in range(len(seq) - n + 1) if seq[k : k + n] == part), -1)


def _count(seq: list[str], part: list[str]) -> int:
    n = len(part)
    return sum(seq[k : k + n] == part for k in range(len(seq) - n + 1))


def _moved(words: list[str]) -> bool:
    """Whether a cut's content words are enough to read as a phrase moved: two or more, or a
    number of two digits or more (an age, a figure)."""
    return len(words) >= 2 or (len(words) == 1 and words[0].isdigit() and len(words[0]) >= 2)


def _narrowed(row: tuple, keep: list[tuple[int, int, str]], raw: str, context) -> tuple | None:
    if not keep or context is None:
        return None
    a, b = keep[0][0], keep[-1][1]
    return row[:_START] + (a, b, raw[a:b], context(raw, a, b)) + row[_CONTEXT + 1 :]


def moved_far(rows: list[tuple], version_raw: str, context=None) -> list[tuple]:
    """The rows without a phrase cut in one sentence of the version and added in another
    (module docstring). ``context``: the function writing a row's context (``context(raw, a,
    b)``); without it an addition holding more than the phrase is kept whole."""
    out: list[tuple | None] = list(rows)
    written = [t[2] for t in _keys(version_raw) if _is_content(t[2])]
    for c, cut in enumerate(rows):
        words = _content(cut[_SRC_FORM]) if _cut(cut) else []
        if not _moved(words) or _count(written, words) != 1:
            continue  # a name the version writes again and again ("Lord Rudd") tells no move
        for d, add in enumerate(out):
            if add is None or not _added(add) or add[_SENT] == cut[_SENT]:
                continue
            toks = [t for t in _keys(add[_FORM], add[_START]) if _is_content(t[2])]
            k = _find([t[2] for t in toks], words)
            if k < 0:
                continue
            out[c] = None
            lo, hi = toks[k][0], toks[k + len(words) - 1][1]
            every = _keys(add[_FORM], add[_START])
            before = [t for t in every if t[1] <= lo]
            after = [t for t in every if t[0] >= hi]
            rest = [t for t in before + after if _is_content(t[2])]
            if not rest:
                out[d] = None
            elif not (before and after):  # the phrase opens or closes the addition
                out[d] = _narrowed(add, before or after, version_raw, context) or add
            break
    return [r for r in out if r is not None]


def told_far(rows: list[tuple], alignment: pd.DataFrame, every: dict) -> list[tuple]:
    """The rows without a cut phrase (as :func:`moved_far` reads one) that the version writes once,
    in another sentence whose source sentences do not hold it: told there, not cut (module
    docstring). ``alignment``: the version's rows; ``every``: ``(source file, sent_id)`` -> text."""
    links = _links(alignment)
    text = {int(r.sent_id): _content(str(r.text)) for r in alignment.itertuples()}
    source = {k: _content(t) for k, t in every.items()}
    out = []
    for row in rows:
        words = _content(row[_SRC_FORM]) if _cut(row) else []
        said = any(w in _SAYING for w in words)  # "he told the jury": an attribution, no phrase moved
        where = [s for s, seq in text.items() if _moved(words) and not said and _count(seq, words)]
        far = len(where) == 1 and where[0] != int(row[_SENT]) and _count(text[where[0]], words) == 1
        if far and not any(_count(source.get(k, []), words) for k in links.get(where[0], ())):
            continue
        out.append(row)
    return out


def _links(alignment: pd.DataFrame) -> dict[int, set[tuple[str, int]]]:
    """Version ``sent_id`` -> the source sentences it is aligned to, in any file."""
    out: dict[int, set[tuple[str, int]]] = {}
    for r in alignment.itertuples():
        keys = {(str(r.source_doc_id), int(i)) for i in r.source_sent_ids}
        out[int(r.sent_id)] = keys | {(str(d), int(i)) for d, i in r.other_source_sents}
    return out


def told_linked(rows: list[tuple], alignment: pd.DataFrame) -> list[tuple]:
    """The rows without a cut another sentence of the version tells from the same source
    sentence (module docstring). ``alignment``: the version's rows."""
    links = _links(alignment)
    text = {int(r.sent_id): set(_content(str(r.text))) for r in alignment.itertuples()}
    out = []
    for row in rows:
        words = set(_content(row[_SRC_FORM])) if _cut(row) else set()
        own = (str(row[_SRC_DOC]), int(row[_SRC_SENT]))
        tellers = [s for s, keys in links.items() if own in keys and s != int(row[_SENT])]
        if words and any(words <= text.get(s, set()) for s in tellers):
            continue
        out.append(row)
    return out


def _runs_held(version: list[str], lo: int, hi: int, source: list[str]) -> set[int]:
    """The indices in ``lo:hi`` of ``version`` lying inside a run of two words or more (reaching
    one word before ``lo`` or after ``hi``) that ``source`` holds, with a content word."""
    held: set[int] = set()
    a, b = max(0, lo - 1), min(len(version), hi + 1)
    for i in range(a, b):
        for j in range(b, i + 1, -1):
            run = version[i:j]
            if any(_is_content(w) for w in run) and _find(source, run) >= 0:
                held.update(range(max(i, lo), min(j, hi)))
                break
    return held


def _at(raw: str, pos: int, row: tuple) -> bool:
    """Whether ``pos`` is at ``row``'s place: nothing but spaces and punctuation between."""
    gaps = (raw[min(pos, p) : max(pos, p)] for p in (row[_START], row[_END]))
    return any(not any(ch.isalnum() for ch in gap) for gap in gaps)


def take_wording(rows: list[tuple], alignment: pd.DataFrame, every: dict, version_raw: str) -> list[tuple]:
    """The rows without an addition or a replacement that another file's wording gives (module
    docstring). ``every``: ``(source file, sent_id)`` -> the sentence's text, every file of the
    source the version's alignment names."""
    if len({d for d, _ in every}) < 2:
        return rows
    keys = {k: [w for _, _, w in _keys(t)] for k, t in every.items()}
    content = {k: {w for w in v if _is_content(w)} for k, v in keys.items()}
    spans = {int(r.sent_id): (int(r.start), int(r.end)) for r in alignment.itertuples()}
    gone: set[int] = set()
    for n, row in enumerate(rows):
        old = [w for _, _, w in _keys(row[_SRC_FORM])]
        if row[_CATEGORY] not in _WORDING or int(row[_SENT]) not in spans or set(old) & _PRONOUNS:
            continue  # a style row, or a name for a pronoun (a change of its own)
        a, b = spans[int(row[_SENT])]
        toks = _keys(version_raw[a:b], a)
        words = [t[2] for t in toks]
        lo = next((i for i, t in enumerate(toks) if t[0] >= row[_START]), len(toks))
        hi = next((i for i, t in enumerate(toks) if t[0] >= row[_END]), len(toks))
        need = {i for i in range(lo, hi) if _is_content(words[i])}
        if not need or any(words[i] in _SAYING for i in need):  # "the court heard": every take's
            continue
        mine = {w for w in words if _is_content(w)}
        aligned = content.get((str(row[_SRC_DOC]), int(row[_SRC_SENT])), set())
        held: set[int] = set()
        givers = []
        for key, other in keys.items():
            if key[0] == str(row[_SRC_DOC]) or (old and _find(other, old) >= 0):
                continue
            if min(_dice(mine, content[key]), _dice(aligned, content[key])) >= TAKE_DICE:
                got = _runs_held(words, lo, hi, other)
                held |= got
                givers += [other] if got else []
        if need <= held:
            gone.add(n)
            if _added(row):  # a cut at its place that the take followed lacks: its words for another's
                gone.update(
                    m
                    for m, cut in enumerate(rows)
                    if _cut(cut)
                    and cut[_SENT] == row[_SENT]
                    and _at(version_raw, cut[_START], row)
                    and all(_find(g, [w for _, _, w in _keys(cut[_SRC_FORM])]) < 0 for g in givers)
                )
    return [r for k, r in enumerate(rows) if k not in gone]
