"""Change rows read against the whole version and every file of the source: the take a version
follows, a sentence it tells against another take, a name told earlier, a pair aligned on a weak
match.

Read on the claims audit's round 18 (``benchmarks/claims.md``, "Held out (round 18)": every change
count of its two held-out stories wrong). :func:`corpus_tools.variants.lexical.extract_variants`
diffs each aligned group of a version against one file of the source; these rules read the rows
of the whole version at once (:func:`settle_version`), after
:func:`corpus_tools.variants.word_shapes.settle_shapes`:

- **The take a version follows** (:func:`other_take`): a source of several files (a wire story's
  takes: a first take and its substitute) may disagree on a fact ("Smith, 41," in one take,
  "Smith, 42," in the next). A replacement or an addition against one file's sentence whose
  version words another file's counterpart sentence (a sentence sharing half its content words)
  holds, beside the same word of the version, while it lacks the words replaced, is no change: the
  version follows that take there ("41" -> "42" where the other take says "Smith, 42,"). The
  version's words must hold a content word ("which" or "Mr" beside a shared word is chance).
- **A sentence told against another take** (:func:`told_in_repeat`): a cut from a source sentence
  whose counterpart in another file is aligned to another sentence of the version, that sentence
  holding half the cut's content words or more, is no cut: the version tells that sentence there,
  and its changes are read against the take it follows ("Smith, 41, faces two charges" cut from the
  opening, while the next sentence tells the substitute's "Smith, 42, is accused of two charges").
- **A name told earlier** (:func:`named_earlier`): a cut that is only a name, a title, an age or a
  place of two words or more, or an age ("Senior Inspector Jane Roe, 41, of Leeds"; "NHS" alone
  is a word cut) whose words the version writes in an earlier
  sentence (its opening, the sentence before) or in one of the next two is moved, not cut; a
  personal pronoun added in its place ("He") goes with it. An added name, title, age or place
  (:func:`named_in_source`: "The 41-year-old, of Leeds,") whose words the source writes up to two
  sentences from those the version sentence is aligned to, in any take, is moved, not added.
- **A weak pair** (:func:`weak_pairs`): a version sentence aligned to source sentences it shares
  few words with (alignment ``score`` below :data:`WEAK_SCORE` and surface ``word_dice`` below
  :data:`WEAK_DICE`, the source holding less than :data:`WEAK_HELD` of its content words: a
  paper's quotation read against a question of the source) gives no change
  rows: every word of both would be counted cut or added, and the counts would rest on a match
  the alignment itself calls loose. The sentence stays aligned (its class is the alignment's).

Each rule only removes rows, so no count rises.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.lexicon import HONORIFICS, STOP_WORDS, tokenize
from corpus_tools.text.sentences import body_spans
from corpus_tools.variants.far_moves import moved_far, take_wording, told_far, told_linked
from corpus_tools.variants.linked_words import told_in_linked

__all__ = [
    "WEAK_DICE",
    "WEAK_HELD",
    "WEAK_SCORE",
    "SourceFiles",
    "by_file",
    "named_earlier",
    "named_in_source",
    "other_take",
    "settle_version",
    "told_in_repeat",
    "weak_pairs",
]

_SENT, _START, _END, _FORM = 1, 2, 3, 4
_SRC_DOC, _SRC_SENT, _SRC_FORM, _CATEGORY = 6, 7, 10, 12
#: a pair weaker than both bars gives no change rows (fitted on round 18's held-out pair and read
#: on 20 pairs: ``benchmarks/README.md``, branch wchg19)
WEAK_SCORE, WEAK_DICE = 0.5, 0.2
#: ... unless the source sentences hold this share of the version sentence's content words ("He is
#: on unconditional bail." told from a long sentence: the dice is low, the pair right)
WEAK_HELD = 0.8
#: the least share of content words (Dice) a sentence of another file shares with the one aligned
#: to be its counterpart in another take
COUNTERPART_DICE = 0.5
#: words a name, title, age or place phrase may hold besides capitalised words and numbers
_NAME_GLUE = frozenset({"of", "from", "aged", "and", "the", "year", "years", "old"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her"})
#: how many sentences after its own a name moved on may be written; how far from a sentence the
#: version is aligned to the source may write an added name
_LATER, _NEAR = 2, 2


def _keys(text: str) -> list[str]:
    return [w.lower() for _, _, w in tokenize(text)]


def _content(keys: list[str]) -> set[str]:
    return {k for k in keys if k.isalnum() and k not in STOP_WORDS}


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _holds(keys: list[str], part: list[str]) -> list[int]:
    """The offsets where ``part`` occurs in ``keys``."""
    n = len(part)
    return [k for k in range(len(keys) - n + 1) if n and keys[k : k + n] == part]


def _neighbours(raw: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[str | None, str | None]:
    """The version's word just before ``start`` and just after ``end``, inside its sentence."""
    before = [w for _, _, w in tokenize(raw[bounds[0] : start]) if w.isalnum()]
    after = [w for _, _, w in tokenize(raw[end : bounds[1]]) if w.isalnum()]
    return (before[-1].lower() if before else None), (after[0].lower() if after else None)


def other_take(rows: list[tuple], version_raw: str, bounds: dict, every: dict) -> list[tuple]:
    """The rows without a replacement or an addition another file of the source reads as the
    version does (module docstring). ``bounds``: version ``sent_id`` -> its raw span; ``every``:
    ``(source file, sent_id)`` -> the sentence's text, every file of the source."""
    files = {d for d, _ in every}
    if len(files) < 2:
        return rows
    keys = {k: _keys(t) for k, t in every.items()}
    content = {k: _content(v) for k, v in keys.items()}
    out = []
    for row in rows:
        new = [k for k in _keys(row[_FORM]) if k.isalnum()]
        old = [k for k in _keys(row[_SRC_FORM]) if k.isalnum()]
        own = (str(row[_SRC_DOC]), int(row[_SRC_SENT]))
        if not (set(new) - STOP_WORDS - HONORIFICS) or row[_CATEGORY] == "deletion" or own not in content:
            out.append(row)
            continue
        left, right = _neighbours(version_raw, row[_START], row[_END], bounds.get(row[_SENT], (0, 0)))
        followed = False
        for key in _counterparts(own, content):
            words = keys[key]
            if old and _holds(words, old):
                continue  # the other take has the words replaced too: no sign it is followed
            for k in _holds(words, new):
                before = words[k - 1] if k else None
                after = words[k + len(new)] if k + len(new) < len(words) else None
                if (left and before == left) or (right and after == right):
                    followed = True
        if not followed:
            out.append(row)
    return out


def _counterparts(key: tuple[str, int], content: dict) -> list[tuple[str, int]]:
    """The sentences of the source's other files that share half their content words with ``key``'s."""
    return [k for k in content if k[0] != key[0] and _dice(content[k], content[key]) >= COUNTERPART_DICE]


def told_in_repeat(rows: list[tuple], alignment: pd.DataFrame, every: dict) -> list[tuple]:
    """The rows without a cut from a source sentence whose counterpart in another file (the same
    sentence in another take) is aligned to another sentence of the version that holds half the
    cut's content words or more: the version tells it there, against that take (module docstring).
    ``alignment``: the version's rows; ``every`` as for :func:`other_take`."""
    if len({d for d, _ in every}) < 2:
        return rows
    content = {k: _content(_keys(t)) for k, t in every.items()}
    version = {int(r.sent_id): _content(_keys(str(r.text))) for r in alignment.itertuples()}
    told: dict[tuple[str, int], set[int]] = {}
    for r in alignment.itertuples():
        keys = {(str(r.source_doc_id), int(i)) for i in r.source_sent_ids}
        for key in keys | {(str(d), int(i)) for d, i in r.other_source_sents}:
            told.setdefault(key, set()).add(int(r.sent_id))
    out = []
    for row in rows:
        own = (str(row[_SRC_DOC]), int(row[_SRC_SENT]))
        words = _content(_keys(row[_SRC_FORM]))
        if row[_CATEGORY] != "deletion" or row[_FORM].strip() or own not in content or not words:
            out.append(row)
            continue
        tellers = {s for k in _counterparts(own, content) for s in told.get(k, ())} - {int(row[_SENT])}
        there = set().union(*(version.get(s, set()) for s in tellers))
        if 2 * len(words & there) < len(words):
            out.append(row)
    return out


def _name_words(text: str) -> list[str] | None:
    """The words of a phrase that is only a name, a title, an age or a place (capitalised words,
    numbers and :data:`_NAME_GLUE`), or None."""
    words = [w for _, _, w in tokenize(text) if w.isalnum()]
    named = [w for w in words if w.lower() not in _NAME_GLUE]
    if not named or not all(w[:1].isupper() or w.isdigit() for w in named):
        return None
    named = [w for w in named if w.lower() not in STOP_WORDS - HONORIFICS]  # "But" opening a sentence
    if not named or len(named) < 2 and not named[0].isdigit():
        return None  # one word alone ("NHS" cut from "NHS care"): a word cut, unless an age
    if all(w.lower() in STOP_WORDS | HONORIFICS for w in named):
        return None  # "The", "Mr": no name
    return named


def _written(word: str, texts: list[str]) -> bool:
    """Whether a name's word is written in one of ``texts`` as it is (an all-capitals opening,
    "THE Deputy", read as its letters)."""
    for text in texts:
        for _, _, w in tokenize(text):
            if w == word or (w.isupper() and len(w) > 1 and w.lower() == word.lower()):
                return True
    return False


def named_earlier(rows: list[tuple], version_text: dict[int, str]) -> list[tuple]:
    """The rows without a cut name, title, age or place the version writes in another sentence
    before it (or up to :data:`_LATER` after), and without a personal pronoun added in its place
    (module docstring). ``version_text``: the version's sentences by ``sent_id``."""
    gone: set[int] = set()
    for c, row in enumerate(rows):
        if row[_CATEGORY] != "deletion" or row[_FORM].strip():
            continue
        named = _name_words(row[_SRC_FORM])
        sent = int(row[_SENT])
        others = [t for s, t in version_text.items() if s < sent or sent < s <= sent + _LATER]
        if named and all(_written(w, others) for w in named):
            gone.add(c)
            for d, add in enumerate(rows):  # "He" added where the name was
                pronoun = add[_FORM].strip().lower() in _PRONOUNS and not add[_SRC_FORM].strip()
                if pronoun and add[_SENT] == row[_SENT] and row[_START] in (add[_START], add[_END]):
                    gone.add(d)
    return [r for k, r in enumerate(rows) if k not in gone]


def named_in_source(rows: list[tuple], alignment: pd.DataFrame, every: dict) -> list[tuple]:
    """The rows without an added name, title, age or place whose words the source writes near the
    sentences the version sentence is aligned to (module docstring). ``alignment``: the version's
    rows; ``every`` as for :func:`other_take`."""
    content = {k: _content(_keys(t)) for k, t in every.items()}
    linked: dict[int, set[tuple[str, int]]] = {}
    for r in alignment.itertuples():
        keys = {(str(r.source_doc_id), int(i)) for i in r.source_sent_ids}
        keys |= {(str(d), int(i)) for d, i in r.other_source_sents}
        keys |= {c for k in keys if k in content for c in _counterparts(k, content)}
        linked[int(r.sent_id)] = {(d, i + step) for d, i in keys for step in range(-_NEAR, _NEAR + 1)}
    out = []
    for row in rows:
        named = None if row[_CATEGORY] != "insertion" or row[_SRC_FORM].strip() else _name_words(row[_FORM])
        texts = [every[k] for k in sorted(linked.get(int(row[_SENT]), ())) if k in every]
        if not (named and all(_written(w, texts) for w in named)):
            out.append(row)
    return out


def weak_pairs(rows: list[tuple], alignment: pd.DataFrame) -> list[tuple]:
    """The rows without those of a version sentence aligned on a weak match (module docstring)."""
    if not {"score", "word_dice", "text", "source_text"} <= set(alignment.columns):
        return rows  # an alignment frame without its scores: nothing to read
    weak = set()
    for r in alignment.itertuples():
        if r.reuse_class == "new" or r.score >= WEAK_SCORE or r.word_dice >= WEAK_DICE:
            continue
        own = _content(_keys(str(r.text)))
        if len(own & _content(_keys(str(r.source_text)))) < WEAK_HELD * len(own):
            weak.add(int(r.sent_id))  # a short sentence the source holds almost whole is no weak pair
    return [r for r in rows if int(r[_SENT]) not in weak]


class SourceFiles(dict):
    """``file`` -> its sentences (``(file, sent_id)`` -> text), with ``near``: each file -> the
    files named with it by one version's alignment, and the files of its story and group (a wire
    story's other takes, aligned to no version)."""

    near: dict[str, set[str]]


def by_file(every: dict, alignment=None, corpus=None, sentences=None) -> SourceFiles:
    """``(file, sent_id)`` -> text, grouped by file: what :func:`settle_version` reads; with
    ``alignment`` (every version's rows), each file's ``near`` files; with ``corpus`` (its
    ``story`` and ``group`` columns) and ``sentences``, the sentences of its story's other files of
    its group as well."""
    out = SourceFiles()
    for (doc, sid), text in every.items():
        out.setdefault(str(doc), {})[(str(doc), int(sid))] = text
    out.near = {}
    if alignment is None or not {"doc_id", "source_doc_id", "other_source_sents"} <= set(alignment.columns):
        return out
    for _, rows in alignment.groupby("doc_id", sort=False):
        named = {str(d) for d in rows["source_doc_id"]}
        named |= {str(d) for p in rows["other_source_sents"] for d, _ in p}
        for d in named:
            out.near.setdefault(d, set()).update(named)
    if corpus is None or sentences is None or not {"story", "group", "text"} <= set(corpus.columns):
        return out
    kin = corpus.groupby(["story", "group"], sort=False).groups
    for d in list(out.near):
        if d not in corpus.index:
            continue
        for other in map(str, kin.get((corpus.at[d, "story"], corpus.at[d, "group"]), ())):
            if other not in out:
                raw = str(corpus.at[other, "text"])
                out[other] = {(other, int(i)): raw[a:b] for i, a, b in body_spans(sentences, other)}
            out.near[d].add(other)
    return out


def settle_version(
    rows: list[tuple], alignment: pd.DataFrame, files: dict, version_raw: str, context=None
) -> list[tuple]:
    """The change rows of one version, against every file of its source, with the rules of
    the module docstring applied.

    Args:
        rows: variant rows (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` as tuples) of
            one version, against every source file.
        alignment: the version's alignment rows (``sent_id``, ``start``, ``end``, ``text``,
            ``score``, ``word_dice``, ``reuse_class``, ``source_doc_id``, ``source_sent_ids``,
            ``other_source_sents``), new sentences included.
        files: the sentences of the source's files (:func:`by_file`); only the files the
            version's alignment names are read, so a large corpus costs no more per version.
        version_raw: the version's raw text.
        context: the function writing a row's context (``context(raw, a, b)``), for the rows
            :func:`corpus_tools.variants.far_moves.moved_far` narrows.

    Returns:
        The rows kept, in their order.
    """
    named = {str(d) for d in alignment["source_doc_id"]}
    named |= {str(d) for pairs in alignment["other_source_sents"] for d, _ in pairs}
    every = {k: t for d in sorted(named) for k, t in files.get(d, {}).items()}
    near = named.union(*(getattr(files, "near", {}).get(d, set()) for d in named))
    takes = {k: t for d in sorted(near) for k, t in files.get(d, {}).items()}  # variants/far_moves.py
    bounds = {int(r.sent_id): (int(r.start), int(r.end)) for r in alignment.itertuples()}
    text = {int(r.sent_id): str(r.text) for r in alignment.itertuples()}
    rows = weak_pairs(rows, alignment)
    rows = other_take(rows, version_raw, bounds, every)
    rows = told_in_repeat(rows, alignment, every)
    rows = told_far(moved_far(told_linked(rows, alignment), version_raw, context), alignment, takes)
    rows = named_in_source(take_wording(rows, alignment, takes, version_raw), alignment, every)
    rows = told_in_linked(rows, alignment, every, version_raw, context)  # variants/linked_words.py
    return named_earlier(rows, text)
