"""A sentence the splitter cut in two, decided as one (issue 22, round 13).

A sentence splitter cuts a sentence where a paper's punctuation misleads it: a quotation run on
without a stop ("I thought he was going to hit me with the cue" / "so I punched him."), a stray
full stop ("She claimed the Metropolitan Police." / "got 'two for the price of one' ..."), a
line break in a quotation ("You had the opportunity to do untold good" / "but instead you were
cruel."). The second piece opens in lower case. Each piece alone is short and shares too little
with its source to align, so a paper sentence taken from the source was counted new, and a
"keeps N, adds M new sentences" claim counted a half of a kept sentence as a new one.

:func:`joined_pieces` reads each such pair as the one sentence it is: when the joined sentence
aligns by the routes of :func:`corpus_tools.reuse.matching.match` (nothing new is fitted: the
same routes, covers and thresholds as any sentence), a piece left new takes its source sentences;
a piece that aligns alone keeps its own. When the joined sentence does not align, nothing
changes.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_tools.reuse.matching import Sentence
from corpus_tools.reuse.similarity import SentenceWords

__all__ = ["joined", "joined_pieces"]


def joined(a: Sentence, b: Sentence) -> Sentence:
    """Sentences ``a`` and ``b`` (the next one, of the same document) as one sentence: ``a``'s
    id and start, ``b``'s end, their words in order.

    Example:
        >>> from corpus_tools.reuse.similarity import sentence_words
        >>> a = Sentence("x", 3, 0, 10, ("so",), sentence_words(["You", "lied"], lemmas=True))
        >>> b = Sentence("x", 4, 11, 20, ("so",), sentence_words(["so", "I", "left"], lemmas=True))
        >>> j = joined(a, b)
        >>> j.keys == a.keys + b.keys, j.sent_id, j.start, j.end
        (True, 3, 0, 20)
    """
    wa, wb = a.words, b.words
    words = SentenceWords(wa.keys + wb.keys, wa.names | wb.names, wa.numbers | wb.numbers)
    return Sentence(a.doc_id, a.sent_id, a.start, b.end, a.norms + b.norms, words)


def joined_pieces(
    rows: list[dict],
    decide_joined: Callable[[int, Sentence], dict],
    make: Callable[[Sentence, Sentence], object],
) -> None:
    """Align, in place, each sentence left ``new`` that is one piece of a sentence the splitter
    cut (the next sentence opens in lower case: :attr:`Sentence.opens_lower`) to the source
    sentences its pair aligns to when read as one sentence (:func:`joined`).

    ``rows``: the rows of one text, in order (``t``, ``chosen``, ``cls``, ``route``, ``score``);
    ``decide_joined(k, t)``: the row the rules give the joined sentence ``t`` of rows ``k`` and
    ``k + 1`` (its own candidates, its neighbours ``k - 1`` and ``k + 2``); ``make(t, s)``: the
    match of sentence ``t`` against source sentence ``s``. The piece takes the joined row's
    source sentences (matched again against the piece), its score and route, class
    ``rewritten`` (a piece is never a source sentence's whole wording)."""
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        if not b["t"].opens_lower or a["t"].layout or b["t"].layout:
            continue
        if a["cls"] != "new" and b["cls"] != "new":
            continue
        again = decide_joined(k, joined(a["t"], b["t"]))
        if again["cls"] == "new":
            continue
        for r in (a, b):
            if r["cls"] == "new":
                chosen = [make(r["t"], m.src) for m in again["chosen"]]
                r.update(
                    chosen=chosen, score=again["score"], cls="rewritten", route=again["route"], features=None
                )
