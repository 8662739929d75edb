"""Which source sentences a sentence aligns to, among its candidates (split from
:mod:`corpus_tools.reuse.alignment`, round 12): the best class, then the best score or the
rewrite holding most words, the sentences fused with it, and the lead's context route."""

from __future__ import annotations

from corpus_tools.reuse.fusion import fuse
from corpus_tools.reuse.matching import ReuseOptions, Sentence, covers, held_words

__all__ = ["REUSE_CLASSES", "best_candidate", "choose", "fused_across", "fused_within", "lead_context"]

#: Sentence reuse classes of :func:`corpus_tools.reuse.alignment.align_sentences`, closest reuse first.
REUSE_CLASSES = ("verbatim", "near_verbatim", "rewritten", "new")
_CLASS_ORDER = {c: k for k, c in enumerate(REUSE_CLASSES)}


def lead_context(m, k: int, first: int | None, leads: frozenset, opt: ReuseOptions) -> bool:
    """Whether a paraphrase read by the context route pairs the text's lead (``k == first``) with a
    source file's lead at the score's own bar (``min_score``; the lead's place stands for the
    ``min_topical_score`` words it lacks: "A new age traveller yesterday lost his damages claim").
    On METER courts (5,859 sentences): 3 true and 1 false alignment more; at the context route's
    bar (tried before fusions), 7 and 7 (benchmarks/README.md "#24 sentence reuse round 8")."""
    return k == first and (m.src.doc_id, m.src.sent_id) in leads and m.score >= opt.min_score


def choose(t: Sentence, cands: list, every: list, opt: ReuseOptions, common: dict) -> list:
    """The best candidate (the best class, then the best score, computed on demand) and the source
    sentences fused with it; a candidate read by the paraphrase score is passed over when it and
    the sentences fused with it hold less than ``min_score_cover`` of the sentence's evidence
    words (:func:`corpus_tools.reuse.matching.covers`). [] when every candidate is passed over."""
    cands = list(cands)
    while cands:
        top = min(_CLASS_ORDER[m.cls] for m in cands)
        primary = best_candidate(t, [m for m in cands if _CLASS_ORDER[m.cls] == top])
        chosen = fused_within(t, primary, every, opt, common)
        chosen += fused_across(t, every, chosen, opt, common)
        if primary.route == "words" or covers(t, chosen, opt.min_score_cover):
            return chosen
        cands.remove(primary)
    return []


def fused_within(t: Sentence, primary, every: list, opt: ReuseOptions, common: dict) -> list:
    """``primary`` and the source sentences of its file among the candidates ``every`` that bring
    words it lacks (:func:`corpus_tools.reuse.fusion.fuse`, ``min_fused_words``; none for the
    speaker's name alone)."""
    same = [m for m in every if m is not primary and m.src.doc_id == primary.src.doc_id]
    more = fuse(
        t.words,
        [(m.src.sent_id, m.src.words) for m in same],
        taken=[primary.src.words],
        min_words=opt.min_fused_words,
        common=common[primary.src.doc_id],
        speaker_alone=False,
    )
    return [primary, *(same[n] for n in more)]


def best_candidate(t: Sentence, best: list) -> object:
    """The best-scored candidate of the best class, or a rewrite holding twice its evidence words
    by IDF (the score favours a short source sentence sharing words in order: "a ball of string
    in his hand", 0.95, over the one retold with the rock and "later told police", 0.52)."""
    if (top := min(best, key=lambda m: (-m.score, m.src.doc_id, m.src.sent_id))).cls != "rewritten":
        return top
    held = lambda m: sum(m.idf.get(w, 1.0) for w in held_words(t, [m]))  # noqa: E731
    most = min(best, key=lambda m: (-held(m), -m.score, m.src.doc_id, m.src.sent_id))
    return most if held(most) >= 2 * held(top) else top


def fused_across(t: Sentence, every: list, chosen: list, opt: ReuseOptions, common: dict) -> list:
    """Source sentences of the other files of a source split into takes that bring words the
    chosen ones lack (:func:`corpus_tools.reuse.fusion.fuse`), up to ``max_fused_sentences`` in all."""
    room = opt.max_fused_sentences - len(chosen)
    other = [m for m in every if m.src.doc_id != chosen[0].src.doc_id]
    if room <= 0 or not other:
        return []
    more = fuse(
        t.words,
        [(m.src.sent_id, m.src.words) for m in other],
        taken=[m.src.words for m in chosen],
        min_words=opt.min_fused_words,
        common=frozenset().union(*(common[m.src.doc_id] for m in [*chosen, *other])),
        speaker_alone=False,
    )
    return [other[n] for n in more[:room]]
