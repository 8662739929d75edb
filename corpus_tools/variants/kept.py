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

import pandas as pd

from corpus_tools.lexicon import NUMBER_WORDS, STOP_WORDS, tokenize
from corpus_tools.variants.moves import is_move
from corpus_tools.variants.units import MAX_UNIT_WORDS, is_dateline_credit

__all__ = ["drop_kept"]

#: the positions of a variant row of :func:`corpus_tools.variants.lexical.extract_variants`
_SENT, _FORM, _SRC_SENT, _SRC_FORM, _CATEGORY = 1, 4, 7, 10, 12


def _keys(text: str) -> list[str]:
    return [t[2].lower() for t in tokenize(text)]


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
