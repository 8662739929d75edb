"""A text that takes every sentence but one from its source: the one left new retells it.

A short report written from a wire story often copies or rewrites each of its sentences and
retells one in words of its own: its lead ("was in court yesterday charged with four sex
attacks" for "is accused of four charges of indecent assault"), or a clause the source gives
as a quotation. The routes of :func:`corpus_tools.reuse.matching.match` leave such a sentence
new: it shares names and one or two words with its source sentence, and the words of what
happened are other words. Its place says what its words do not: in a text whose every other
sentence is aligned, a sentence on the same facts is far more often a retelling than the one
sentence of the text's own (on METER courts, 20 of the 21 such sentences whose source sentence
holds ``min_score_cover`` of their evidence words, one not a name, are annotated reused, against
about one in five of the sentences left new elsewhere; ``benchmarks/sentence_reuse.py``, benchmarks/README.md
"#22 and #24, sentences kept and new, round 19").

:func:`lone_retelling` aligns that sentence, in place, to the candidate holding most of its
evidence words (by IDF) and the sentences of the same file fused with it
(:func:`corpus_tools.reuse.choice.fused_within`, as :func:`corpus_tools.reuse.choice.choose` does), when
the candidate holds ``min_score_cover`` of its evidence words, the share a paraphrase's source
sentence must hold (:class:`corpus_tools.reuse.matching.ReuseOptions`): the place stands for the
score, not for the words; one word at least is not a name (a name alone, "Mallory is now in a
wheelchair", is the text's own news of a person the source names). A text with two sentences left
new, or fewer than :data:`MIN_LONE_SENTENCES` body sentences, is read as before; a short line
(``max_short_words``) keeps the rules of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_tools.reuse.choice import fused_within
from corpus_tools.reuse.matching import ReuseOptions, held_words
from corpus_tools.reuse.neighbours import fused_beside

__all__ = ["MIN_LONE_SENTENCES", "lone_retelling", "new_by_place"]

#: the body sentences a text needs for its one new sentence to be read by its place: in a text
#: of two, one sentence aligned says little of the other
MIN_LONE_SENTENCES = 3


def new_by_place(rows: list[dict], common: dict, score: Callable, opt: ReuseOptions) -> None:
    """The passes that read a sentence left new by the text around it, in place: one fused from
    source sentences near its aligned neighbour's (:func:`corpus_tools.reuse.neighbours.fused_beside`,
    ``min_fused_cover_beside``), then the one sentence left new of a text whose other sentences
    are aligned (:func:`lone_retelling`). ``score(t, chosen)``: the score of a sentence against
    source sentences read as one."""
    fused_beside(rows, common, score, min_words=opt.max_short_words, min_cover=opt.min_fused_cover_beside)
    lone_retelling(rows, opt, common, score)


def lone_retelling(rows: list[dict], opt: ReuseOptions, common: dict, score: Callable) -> None:
    """Align, in place, the one sentence left ``new`` of a text whose other body sentences
    (:data:`MIN_LONE_SENTENCES` or more in all) are aligned, to its candidate (``every``) holding
    most of its evidence words by IDF and the source sentences of that file fused with it, when the
    candidate holds ``min_score_cover`` of them, one at least not a name; class ``rewritten``, route
    ``lone``. ``rows``: the rows of one text, in order; ``common``: per source file, the words that
    count for none (:func:`corpus_tools.reuse.fusion.common_words`); ``score(t, chosen)``: as in
    :func:`new_by_place`."""
    body = [r for r in rows if not r["t"].layout]
    new = [r for r in body if r["cls"] == "new"]
    if len(body) < MIN_LONE_SENTENCES or len(new) != 1:
        return
    r = new[0]
    t = r["t"]
    if len(t.keys) <= opt.max_short_words or not t.evidence or not r.get("every"):
        return
    weight = lambda m: sum(m.idf.get(w, 1.0) for w in held_words(t, [m]))  # noqa: E731
    primary = min(r["every"], key=lambda m: (-weight(m), -m.score, m.src.doc_id, m.src.sent_id))
    held = held_words(t, [primary])
    if len(held) < opt.min_score_cover * len(t.evidence) or not held - t.words.names:
        return
    chosen = fused_within(t, primary, r["every"], opt, common)
    r.update(chosen=chosen, cls="rewritten", route="lone", score=score(t, chosen))
