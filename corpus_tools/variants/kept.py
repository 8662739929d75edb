"""Words kept in a neighbouring sentence: a cut or an addition the other text holds nearby is no change.

:func:`corpus_tools.variants.lexical.extract_variants` diffs each aligned group on its own, so a
phrase a version moves to the next sentence ("The former Radio Kent DJ" -> ", who worked for
Radio Kent," one sentence on), or that a source sentence of the group holds in another place
("strangling" added, the source's next sentence "denied strangling her"), reads as cut in one
group and added or kept in another. :func:`drop_kept` removes such a cut or addition when the
whole phrase is found, word for word, in the other text's sentences of its neighbourhood: for a
cut, the version sentences aligned to its source sentence and the version sentences either side
of its own; for an addition, the source sentences aligned to its version sentence and to the
version sentences either side. Only a phrase that could be a move counts
(:func:`corpus_tools.variants.moves.is_move`: two or more words with a content word, a name or
number (a number word too: "Three" cut, "the other three striking locals" in the next
sentence), or one content word, this last only in the sentences of its own group), so "the" or
"said" found nearby never hides a change. A short cut (up to four words) whose content words,
two or more, are all in its own version sentence in another order is kept too ("rejected a
tentative" -> "tentative talks ... that rejected on Saturday"). A dateline's agency credit
("(Reuters) -") cut is a cut even where the version says "told Reuters".
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from corpus_tools.lexicon import HONORIFICS, NUMBER_WORDS, STOP_WORDS, tokenize
from corpus_tools.variants.moves import is_move, true_runs
from corpus_tools.variants.units import MAX_UNIT_WORDS, is_dateline_credit

__all__ = ["drop_held", "drop_kept", "held_words"]

#: the positions of a variant row of :func:`corpus_tools.variants.lexical.extract_variants`
_SENT, _FORM, _SRC_SENT, _SRC_FORM, _CATEGORY = 1, 4, 7, 10, 12


#: the word keys and the word runs of this many texts (and lists of texts) are remembered: pure
#: functions of them, asked again for every cut and addition of a version (round 33: on a
#: 10-document METER story, 38,000 tokenizations of a few hundred sentences)
_TEXTS_KEPT, _GRAMS_KEPT = 1 << 12, 64


@lru_cache(maxsize=_TEXTS_KEPT)
def _word_keys(text: str) -> tuple[str, ...]:
    return tuple(t[2].lower() for t in tokenize(text))


def _keys(text: str) -> list[str]:
    return list(_word_keys(text))


def _holds(words: list[str], texts: list[str]) -> bool:
    """Whether ``words`` occur, in order and adjacent, in one of ``texts``."""
    n = len(words)
    for text in texts:
        keys = _keys(text)
        if any(keys[k : k + n] == words for k in range(len(keys) - n + 1)):
            return True
    return False


def drop_kept(rows: list[tuple], alignment: pd.DataFrame, source_text: dict[int, str]) -> list[tuple]:
    """The variant rows of one version against one source document, without the cuts and
    additions the other text holds in the neighbourhood (see the module docstring).

    Args:
        rows: variant rows (the tuples of :data:`corpus_tools.variants.lexical.VARIANT_COLUMNS`).
        alignment: the alignment rows of the version against this source document, new
            sentences included (``sent_id``, ``text``, ``source_sent_ids``).
        source_text: the source document's sentences, by ``sent_id``.

    Returns:
        The rows kept, in their order.
    """
    version = {int(r.sent_id): str(r.text) for r in alignment.itertuples()}
    linked = {int(r.sent_id): [int(s) for s in r.source_sent_ids] for r in alignment.itertuples()}
    readers: dict[int, list[int]] = {}
    for sent, ids in linked.items():
        for sid in ids:
            readers.setdefault(sid, []).append(sent)
    out = []
    for row in rows:
        category, sent, sid = row[_CATEGORY], int(row[_SENT]), int(row[_SRC_SENT])
        if category not in ("deletion", "insertion") or is_dateline_credit(row[_SRC_FORM]):
            out.append(row)
            continue
        raw = [t[2] for t in tokenize(row[_SRC_FORM] if category == "deletion" else row[_FORM])]
        number = bool(raw) and all(w.lower() in NUMBER_WORDS for w in raw)  # "Three" -> "three"
        steps = (-1, 0, 1) if number or is_move(raw) else (0,)  # one common word: its own group only
        if category == "deletion":
            near = set(readers.get(sid, [])) | {sent + d for d in steps}
            texts = [version[s] for s in sorted(near) if s in version]
        else:
            near_ids = {i for d in steps for i in linked.get(sent + d, [])} | {sid}
            texts = [source_text[i] for i in sorted(near_ids) if i in source_text]
        held = raw and (number or is_move(raw, edges=True)) and _holds([w.lower() for w in raw], texts)
        if not held and not (category == "deletion" and _scattered(raw, version.get(sent, ""))):
            out.append(row)
    return out


def _scattered(raw: list[str], text: str) -> bool:
    """Whether a short cut phrase's content words (two or more) are all in its own version
    sentence, in another order ("rejected a tentative" -> "set tentative talks ... that rejected")."""
    content = [w.lower() for w in raw if w.lower() not in STOP_WORDS and w.isalpha()]
    return len(raw) <= MAX_UNIT_WORDS and len(content) > 1 and set(content) <= set(_keys(text))


# ----------------------------------------------------------------------------- words kept nearby

#: tokens in a row found verbatim anywhere in the other text: the fewest, and the content words
#: among them (fitted on the claims audit's guscott and chips, round 11: "before retiring from
#: international rugby" in a clause the mail adds, PA's career sentence not aligned nearby)
_ANYWHERE_RUN, _ANYWHERE_CONTENT = 4, 2
#: how far from a source sentence its neighbourhood takes from a source sentence may lie (PA's
#: "banged up and down on the floor" two sentences after the one the times' sentence is aligned to)
_SOURCE_REACH = 2


def _content_word(word: str) -> bool:
    w = word.lower()
    return w.isalnum() and w not in STOP_WORDS and w not in HONORIFICS and (len(w) > 1 or w.isdigit())


def _common(word: str) -> bool:
    """A content word that is no name: lower case, or a number ("Mr Jones" recurs everywhere: a
    paper's "Mr Jones" for PA's "the pedestrian" is an addition, though PA names him nearby)."""
    return _content_word(word) and (word.islower() or word.isdigit())


def _grams(texts: list[str], n: int) -> frozenset[tuple[str, ...]]:
    return _grams_of(tuple(texts), n)


@lru_cache(maxsize=_GRAMS_KEPT)
def _grams_of(texts: tuple[str, ...], n: int) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for text in texts:
        keys = _word_keys(text)
        out.update(keys[k : k + n] for k in range(len(keys) - n + 1))
    return frozenset(out)


def held_words(words: list[str], near: list[str], anywhere: list[str]) -> list[bool]:
    """Which of a cut or added phrase's ``words`` the other text keeps: in a run of two or more
    words with a content word (:func:`corpus_tools.variants.moves.is_move`) found in the same order in
    one of the ``near`` sentences (pairs of adjacent words found there, the run then checked
    whole; a run must hold a content word that is no name, :func:`_common`), or in a run of four
    or more words, two of them content words, found in one of the ``anywhere`` sentences; a
    first name before a kept surname is kept with it ("Christopher Grant" written "Mr Grant").

    Example:
        >>> held_words("and then banged up and down on the floor".split(),
        ...            ["He then banged me up and down on the floor."], [])
        [False, True, True, True, True, True, True, True, True]
    """
    keys = [w.lower() for w in words]
    held = [False] * len(keys)
    pairs = _grams(near, 2)
    for k in range(len(keys) - 1):
        if (keys[k], keys[k + 1]) in pairs:
            held[k] = held[k + 1] = True
    for lo, hi in true_runs(held):  # a run with no content word is no move, a name alone none here
        if not is_move(words[lo:hi]) or not any(_common(w) for w in words[lo:hi]):
            held[lo:hi] = [False] * (hi - lo)
    grams = _grams(anywhere, _ANYWHERE_RUN)
    for k in range(len(keys) - _ANYWHERE_RUN + 1):
        gram = tuple(keys[k : k + _ANYWHERE_RUN])
        if gram in grams and sum(map(_content_word, gram)) >= _ANYWHERE_CONTENT:
            held[k : k + _ANYWHERE_RUN] = [True] * _ANYWHERE_RUN
    for k in range(len(keys) - 2, -1, -1):
        if not held[k] and held[k + 1] and words[k][:1].isupper() and words[k + 1][:1].isupper():
            held[k] = _content_word(words[k])
    return held


def drop_held(
    rows: list[tuple],
    alignment: pd.DataFrame,
    source_text: dict[tuple[str, int], str],
) -> list[tuple]:
    """The variant rows of one version against one source file, the words of each cut and
    addition that the other text keeps nearby taken out (issue 22, round 11: "a word the paper
    keeps from any PA sentence its neighbourhood takes from is not cut or added").

    The neighbourhood of an addition in version sentence ``s``: the source sentences, in any file
    of the source, that ``s`` and the sentences either side of it are aligned to
    (``source_sent_ids`` and ``other_source_sents``), and those up to two sentences from them in
    the same file. Of a cut from source sentence ``(file, i)``: the version sentences aligned to
    it and those either side of ``s``. Words found there (:func:`held_words`) are no change: a row
    whose words left hold no content word is dropped (the version's "Mr Grant, 45, and Mrs Grant,
    43, denied" added in one sentence while PA's "Christopher Grant, 45, and Meryl Grant, 43,
    denied" is cut from the next: neither), and a row is narrowed to its first and last words
    left (never split: a kept phrase inside an added clause does not make two additions of it).
    Other categories are left as they are.

    Args:
        rows: variant rows (:data:`corpus_tools.variants.lexical.VARIANT_COLUMNS` tuples) of one
            version against one source file.
        alignment: every alignment row of the version (``sent_id``, ``text``, ``source_doc_id``,
            ``source_sent_ids``, ``other_source_sents``).
        source_text: the text of every sentence of the source's files, by ``(doc_id, sent_id)``.

    Returns:
        The rows, in their order.
    """
    version = {int(r.sent_id): str(r.text) for r in alignment.itertuples()}
    takes: dict[int, set[tuple[str, int]]] = {}
    readers: dict[tuple[str, int], set[int]] = {}
    for r in alignment.itertuples():
        got = {(str(r.source_doc_id), int(i)) for i in r.source_sent_ids}
        got |= {(str(d), int(i)) for d, i in r.other_source_sents}
        takes[int(r.sent_id)] = got
        for key in got:
            readers.setdefault(key, set()).add(int(r.sent_id))
    out = []
    for row in rows:
        category = row[_CATEGORY]
        if category not in ("deletion", "insertion"):
            out.append(row)
            continue
        sent, cut = int(row[_SENT]), category == "deletion"
        if cut:
            key = (str(row[6]), int(row[_SRC_SENT]))
            near_ids = readers.get(key, set()) | {sent - 1, sent, sent + 1}
            near = [version[s] for s in sorted(near_ids) if s in version]
            anywhere = list(version.values())
        else:
            keys = {k for s in (sent - 1, sent, sent + 1) for k in takes.get(s, ())}
            wide = {(d, i + r) for d, i in keys for r in range(-_SOURCE_REACH, _SOURCE_REACH + 1)}
            near = [source_text[k] for k in sorted(wide) if k in source_text]
            anywhere = list(source_text.values())
        toks = tokenize(row[_SRC_FORM] if cut else row[_FORM])
        held = held_words([t[2] for t in toks], near, anywhere)
        if not any(held):
            out.append(row)
            continue
        left = [k for k, h in enumerate(held) if not h]
        if any(_content_word(toks[k][2]) for k in left):
            out.append(row)  # kept whole: a word held elsewhere does not cut a phrase into a fragment
    return out
