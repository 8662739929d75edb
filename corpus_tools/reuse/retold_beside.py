"""Sentences left new that retell a source sentence beside the ones their neighbours take.

A paper written from a wire story often retells several of its sentences in words of its own
("was jailed after knifing the widow to death" for "was found guilty of murdering the widow"),
among sentences it copies. :func:`corpus_tools.reuse.lone.lone_retelling` aligns such a sentence
when it is the one sentence of the text left new; this pass reads the sentences of a text with
two or more left new by the order the paper follows: a sentence left new aligns to a candidate
of the same source file within :data:`corpus_tools.reuse.neighbours.BESIDE_SPAN` sentences of a
source sentence its nearest aligned neighbour (at most
:data:`corpus_tools.reuse.neighbours.BESIDE_GAP` sentences away) takes, when that candidate holds
``min_score_cover`` of its evidence words (the share a paraphrase's source sentence must hold)
and ``min_topical_context`` of its words of what happened, not names (a sentence sharing a name
and "appeared at ... court" with the source is the paper's own). Every number is an existing
option or constant: none is chosen here.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_tools.reuse.choice import fused_within
from corpus_tools.reuse.lone import MIN_LONE_SENTENCES
from corpus_tools.reuse.matching import ReuseOptions, held_words
from corpus_tools.reuse.neighbours import BESIDE_GAP, BESIDE_SPAN

__all__ = ["retold_beside"]


def _near_sources(rows: list[dict], k: int) -> set[tuple[str, int]]:
    """``(doc_id, sent_id)`` of the source sentences taken by the nearest aligned body sentence
    before row ``k`` and the nearest after it, each at most ``BESIDE_GAP`` sentences away."""
    near: set[tuple[str, int]] = set()
    for step in (-1, 1):
        for j in range(k + step, k + step * (BESIDE_GAP + 1), step):
            if not 0 <= j < len(rows) or rows[j]["t"].layout:
                continue
            if rows[j]["cls"] != "new":
                near |= {(m.src.doc_id, m.src.sent_id) for m in rows[j]["chosen"]}
                break
    return near


def retold_beside(rows: list[dict], opt: ReuseOptions, common: dict, score: Callable) -> None:
    """Align, in place, each sentence left ``new`` of a text with two or more such sentences (and
    :data:`corpus_tools.reuse.lone.MIN_LONE_SENTENCES` body sentences or more) to its candidate
    (``every``) beside a source sentence its nearest aligned neighbour takes (same file, within
    ``BESIDE_SPAN``) that holds ``min_score_cover`` of its evidence words and
    ``min_topical_context`` of its words of what happened beyond names, the one holding most by
    IDF, with the sentences of its file fused with it; class ``rewritten``, route ``retold``.
    ``rows``: the rows of one text, in order; ``common``: per source file, the words that count for
    none; ``score(t, chosen)``: the score of a sentence against source sentences read as one."""
    body = [r for r in rows if not r["t"].layout]
    if len(body) < MIN_LONE_SENTENCES or sum(r["cls"] == "new" for r in body) < 2:
        return
    found = []
    for k, r in enumerate(rows):
        t = r["t"]
        if r["cls"] != "new" or t.layout or len(t.keys) <= opt.max_short_words or not t.evidence:
            continue
        near = _near_sources(rows, k)
        what = (t.evidence & t.words.topical) - t.words.names
        fits = []
        for m in r.get("every") or ():
            held = held_words(t, [m])
            if (
                any(d == m.src.doc_id and abs(s - m.src.sent_id) <= BESIDE_SPAN for d, s in near)
                and len(held) >= opt.min_score_cover * len(t.evidence)
                and len(held & what) >= opt.min_topical_context
            ):
                weight = sum(m.idf.get(w, 1.0) for w in held)
                fits.append((-weight, -m.score, m.src.doc_id, m.src.sent_id, m))
        if fits:
            found.append((r, min(fits, key=lambda f: f[:4])[4]))
    for r, primary in found:  # decided on the alignments before this pass, not on one another
        chosen = fused_within(r["t"], primary, r["every"], opt, common)
        r.update(chosen=chosen, cls="rewritten", route="retold", score=score(r["t"], chosen))
