"""What a sentence's place says about its source: leads, adjacent source sentences, short lines.

Three readings of :func:`corpus_tools.reuse.alignment.align_sentences` that look beyond one
sentence against one source sentence (round 8 of issue 24, benchmarks/README.md):

* :func:`lead_pairs`: a text's first body sentence reports the source's lead. A paraphrase of a
  source file's lead that the context route reads (``min_topical_context`` words of what happened)
  counts there at the score's own bar (``min_score``) without a neighbour aligned by words: "A new
  age traveller yesterday lost his damages claim against a woman who ran him over" for "A New Age
  traveller today lost a claim for compensation against a driver who crushed him".
* :func:`adjacent_fused`: a rewritten sentence fused from two consecutive source sentences takes
  the second when it brings a word of what happened that no other sentence of its file holds
  ("But a judge ruled that ..." from "He claimed the driver ..." and "... McLaren ruled against").
* :func:`short_lines`: a short sentence that is a source sentence's words up to a title ("Ms
  Davies asked." for "Miss Davies asked.") aligns when a neighbour aligns beside that source
  sentence, or when no other source sentence reads so.
* :func:`passages` (round 9): a sentence that retells a passage of three nearby source sentences
  in their words, new words between, aligns to the three in a text that copies enough of them.
* :func:`fused_beside` (round 10): a sentence fused from two or more source sentences near the one
  its aligned neighbour takes, the second bringing one word the first lacks ("across fields"),
  aligns to them; not when they hold its names and little else at a low score (round 37:
  :mod:`corpus_tools.reuse.names_fused`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from corpus_tools.lexicon import HONORIFICS
from corpus_tools.reuse.fusion import evidence_words, fuse
from corpus_tools.reuse.lone_neighbours import shares_more
from corpus_tools.reuse.names_fused import NAMES_SCORE, beyond_names
from corpus_tools.reuse.similarity import sentence_words

__all__ = [
    "adjacent_fused",
    "beside_candidates",
    "fused_beside",
    "lead_pairs",
    "passages",
    "short_lines",
    "title_free",
]

#: the keys of titles as :func:`corpus_tools.reuse.similarity.sentence_words` reads them ("Miss": "mis")
_TITLE_KEYS = frozenset(k for h in HONORIFICS for k in sentence_words([h.capitalize()], lemmas=True).keys)


def title_free(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A sentence's word keys without titles ("Ms", "Miss", "Mr"), the form two versions of one
    short line share.

    Example:
        >>> title_free(("ms", "davy", "ask")) == title_free(("mis", "davy", "ask"))
        True
    """
    return tuple(k for k in keys if k not in _TITLE_KEYS)


def lead_pairs(src: list, tgt: list) -> tuple[int | None, frozenset[tuple[str, int]]]:
    """The position in ``tgt`` of the text's lead (its first sentence that is not layout; None
    when there is none) and the ``(doc_id, sent_id)`` of each source file's lead."""
    first = next((k for k, t in enumerate(tgt) if not t.layout), None)
    leads: dict[str, int] = {}
    for s in src:
        if not s.layout and (s.doc_id not in leads or s.sent_id < leads[s.doc_id]):
            leads[s.doc_id] = s.sent_id
    return first, frozenset(leads.items())


def adjacent_fused(rows: list[dict], common: dict) -> None:
    """Add, in place, to each rewritten row of one text the source sentences next to its own (same
    file, the sentence before or after) that bring a word of what happened (an evidence word of
    :attr:`SentenceWords.topical`) its source sentences lack, not common in the file (``common``:
    :func:`corpus_tools.reuse.fusion.common_words` per file) and not taken by another sentence of
    the text (there the word is the text repeating what it copied: "the bakery" again), standing
    before or after the words the first source sentence explains: the second half of a sentence
    fused from two consecutive source sentences. ``rows``: the rows of
    one text, in order, each with its candidates' matches (``every``)."""
    used = defaultdict(int)
    for r in rows:
        for m in r["chosen"]:
            used[(m.src.doc_id, m.src.sent_id)] += 1
    for r in rows:
        chosen = r["chosen"]
        if r["cls"] != "rewritten" or r["route"] == "fused" or not chosen:
            continue
        t = r["t"]
        held = set().union(*(m.src.words.content | m.src.words.numbers for m in chosen))
        near = {(m.src.doc_id, m.src.sent_id + d) for m in chosen for d in (-1, 1)}
        # a word inside the stretch the first source sentence explains stands for one of its own
        # ("murdered" for its "kill"): only words outside it can come from the next sentence
        span = chosen[0].target_pos or {0}
        outside = {k for n, k in enumerate(t.keys) if n < min(span) or n > max(span)}
        wanted = (evidence_words(t.words) & t.words.topical & outside) - held
        for m in r["every"]:
            key = (m.src.doc_id, m.src.sent_id)
            brought = wanted & m.src.words.content - common[m.src.doc_id]
            if key in near and not used[key] and brought and shares_more(t, m.src, brought, held, chosen):
                chosen.append(m)  # not a next sentence's one word alone (rkind33)
                used[key] += 1


def short_lines(rows: list[dict], src: list, max_words: int, make: Callable) -> None:
    """Align, in place, each short sentence left ``new`` (at most ``max_words`` words) whose words
    are a source sentence's up to titles (:func:`title_free`) when the sentence before it aligns
    to the source sentence before that one, or the sentence after it to the one after, or when
    that source sentence is the only one that reads so (a line repeated in several takes counts
    once). ``rows``: the rows of one text, in order; ``make(t, s)`` the match of sentence ``t``
    against source sentence ``s``."""
    by_words: dict[tuple[str, ...], list] = defaultdict(list)
    for s in src:
        if not s.layout and len(s.keys) <= max_words:
            by_words[title_free(s.keys)].append(s)
    for k, r in enumerate(rows):
        t = r["t"]
        if r["cls"] != "new" or t.layout or len(t.keys) > max_words or not evidence_words(t.words):
            continue
        found = by_words.get(title_free(t.keys), [])
        if len(title_free(t.keys)) < 2 or not found:
            continue
        pick = [s for s in found if _beside(rows, k, s)]
        if not pick and len({s.norms for s in found}) == 1:
            pick = found[:1]
        if pick:
            m = make(t, pick[0])
            # near verbatim: never the fitted decision's to decide (it carries no features)
            r.update(chosen=[m], score=m.score, cls="near_verbatim", route="words", features=None)


def _beside(rows: list[dict], k: int, s) -> bool:
    """Whether the sentence before row ``k`` aligns to the source sentence before ``s`` (same
    file), or the sentence after it to the one after."""
    for step in (-1, 1):
        if 0 <= k + step < len(rows):
            near = rows[k + step]["chosen"]
            if any(m.src.doc_id == s.doc_id and m.src.sent_id == s.sent_id + step for m in near):
                return True
    return False


#: a retold passage (:func:`passages`): three source sentences of one file within five consecutive
#: ones, holding 65% of the sentence's evidence words and 60% of its words of what happened, in a
#: text with 30% of its sentences aligned before. Chosen on METER courts' phrase annotations (5,859
#: sentences, in sample, benchmarks/README.md "Issue 22, sentences and word changes round 9"):
#: with two source sentences, or without the text's share, more false alignments than true ones
PASSAGE_SPAN, PASSAGE_SENTENCES = 5, 3
PASSAGE_COVER, PASSAGE_TOPICAL, PASSAGE_TEXT_ALIGNED = 0.65, 0.6, 0.3


def _words(m) -> frozenset[str]:
    return m.src.words.content | m.src.words.numbers


def _passage(t, every: list) -> tuple[list, frozenset[str]]:
    """The source sentences of one file within :data:`PASSAGE_SPAN` consecutive ones that hold most
    of ``t``'s evidence words, up to :data:`PASSAGE_SENTENCES`, greedily, each bringing a word the
    others lack; and the evidence words they hold."""
    best: list = []
    best_held: frozenset[str] = frozenset()
    for anchor in every:
        window = [
            m
            for m in every
            if m.src.doc_id == anchor.src.doc_id and 0 <= m.src.sent_id - anchor.src.sent_id < PASSAGE_SPAN
        ]
        picked: list = []
        held: frozenset[str] = frozenset()
        while len(picked) < PASSAGE_SENTENCES:
            gains = [(len(t.evidence & _words(m) - held), -m.src.sent_id, k) for k, m in enumerate(window)]
            gain, _, k = max(gains, default=(0, 0, 0))
            if gain < 1:
                break
            picked.append(window[k])
            held = held | (t.evidence & _words(window[k]))
        if len(held) > len(best_held):
            best, best_held = picked, held
    return best, best_held


def passages(rows: list[dict], common: dict, score: Callable, *, min_words: int) -> None:
    """Align, in place, each sentence left ``new`` (longer than ``min_words``) that retells a
    passage of the source in its words, two or three source sentences fused with new words between
    ("He then ran off and was caught after a mile-and-a-half chase" for "... chased for
    one-and-a-half miles", "... catching up with him" and "the defendant ran off"): the
    :data:`PASSAGE_SENTENCES` source sentences of :func:`_passage` hold :data:`PASSAGE_COVER` of
    its evidence words and :data:`PASSAGE_TOPICAL` of its words of what happened, two of those at
    least and two not common in the file (``common``), in a text that has
    :data:`PASSAGE_TEXT_ALIGNED` of its sentences aligned and one aligned by its words.
    ``rows``: the rows of one text, in order; ``score(t, chosen)``: the score of a sentence
    against source sentences read as one."""
    aligned = sum(r["cls"] != "new" for r in rows)
    if not any(r["route"] == "words" for r in rows) or aligned < PASSAGE_TEXT_ALIGNED * len(rows):
        return  # a text that copies little retells no passage of its source
    for r in rows:
        t = r["t"]
        if r["cls"] != "new" or t.layout or len(t.keys) <= min_words or not r.get("every"):
            continue
        best, held = _passage(t, r["every"])
        topical = t.evidence & t.words.topical
        hit = held & topical
        rare = hit - common.get(best[0].src.doc_id, frozenset()) if best else frozenset()
        if (
            len(best) == PASSAGE_SENTENCES
            and len(held) >= PASSAGE_COVER * len(t.evidence)
            and len(hit) >= max(2, PASSAGE_TOPICAL * len(topical))
            and len(rare) >= 2
        ):
            r.update(chosen=best, cls="rewritten", route="passage", score=score(t, best))


#: a sentence fused beside its neighbours (:func:`fused_beside`): the nearest aligned sentence at
#: most BESIDE_GAP sentences before or after it; two source sentences or more of that sentence's
#: file, the first within BESIDE_SPAN sentences of the neighbour's, each bringing one evidence word
#: the others lack, holding ``min_fused_cover_beside`` of its evidence words and BESIDE_TOPICAL of
#: its words of what happened. Chosen on METER courts' phrase annotations by date folds (5,859
#: sentences, ``benchmarks/sentence_reuse.py``'s folds, a replay over every sentence left new with
#: an aligned neighbour): by F1 on the training dates, the same values in all five folds
#: (benchmarks/README.md "#24 and #22, sentence reuse round 10"). BESIDE_MIN_TOPICAL set by hand:
#: a company's name and "three locals" from two sentences are no fusion (METER: 3 true and 2
#: false alignments fewer)
BESIDE_GAP, BESIDE_SPAN, BESIDE_SENTENCES = 2, 5, 2
BESIDE_TOPICAL, BESIDE_MIN_TOPICAL = 0.3, 2


def _nearest_sources(rows: list[dict], aligned: list[bool], k: int) -> dict[tuple[str, int], int]:
    """``(doc_id, sent_id)`` of the source sentences of the nearest aligned sentence before row
    ``k`` and of the nearest after it, each at most :data:`BESIDE_GAP` sentences away."""
    near: dict[tuple[str, int], int] = {}
    for side in (-1, 1):
        for gap in range(1, BESIDE_GAP + 1):
            j = k + side * gap
            if 0 <= j < len(rows) and aligned[j]:
                near.update(((m.src.doc_id, m.src.sent_id), gap) for m in rows[j]["chosen"])
                break
    return near


def fused_beside(
    rows: list[dict], common: dict, score: Callable, *, min_words: int, min_cover: float
) -> None:
    """Align, in place, each sentence left ``new`` (longer than ``min_words``) that is fused from
    source sentences near the one its neighbour takes ("Then he ran two miles across fields chased
    by a witness, Jim Cole" from "... chased for two miles by ... Jim Cole" and, three
    sentences before, "... running across fields"): :func:`corpus_tools.reuse.fusion.fuse` with
    one word to bring picks :data:`BESIDE_SENTENCES` or more sentences of the neighbour's file
    (:func:`_nearest_sources`), the first within :data:`BESIDE_SPAN` sentences of the neighbour's,
    and they hold ``min_cover`` of its evidence words and :data:`BESIDE_TOPICAL` (and
    :data:`BESIDE_MIN_TOPICAL`) of its words of what happened. Without an aligned neighbour, a second
    sentence bringing one word is too weak: such a sentence stays new. ``rows``: the rows of one
    text, in order; ``common``: per source file, the words that count for none; ``score(t,
    chosen)``: the score of a sentence against source sentences read as one."""
    aligned = [r["cls"] != "new" for r in rows]
    for k, r in enumerate(rows):
        t = r["t"]
        if aligned[k] or t.layout or len(t.keys) <= min_words or not t.evidence or not r.get("every"):
            continue
        near = _nearest_sources(rows, aligned, k)
        best: list = []
        held: frozenset[str] = frozenset()
        for doc in sorted({d for d, _ in near}):
            same = [m for m in r["every"] if m.src.doc_id == doc]
            pairs = [(m.src.sent_id, m.src.words) for m in same]
            chosen = [same[n] for n in fuse(t.words, pairs, min_words=1, common=common[doc])]
            if len(chosen) < BESIDE_SENTENCES:
                continue
            mine = t.evidence & frozenset().union(*(_words(m) for m in chosen))
            span = min(abs(chosen[0].src.sent_id - s) for d, s in near if d == doc)
            if span <= BESIDE_SPAN and len(mine) > len(held):
                best, held = chosen, mine
        topical = t.evidence & t.words.topical
        if (
            best
            and len(held) >= min_cover * len(t.evidence)
            and len(held & topical) >= max(BESIDE_MIN_TOPICAL, BESIDE_TOPICAL * len(topical))
            and (beyond_names(t, held, min_cover) or score(t, best) >= NAMES_SCORE)  # names alone: none
        ):
            r.update(chosen=best, cls="rewritten", route="fused", score=score(t, best))


def beside_candidates(rows: list[dict], src: dict, make: Callable) -> list[tuple[int, list]]:
    """The candidates (``every``), extended, of each sentence left ``new`` whose neighbour
    (the sentence before or after it) is aligned: the source sentences that neighbour takes, and
    those just before and after them in the same file, when not among them yet (a paper retells
    its source in order: "Lord Smith would not accept elaborate attempts by witnesses to disguise
    themselves", beside the sentence aligned to the source's "elaborate disguises", retells that
    one and the next, which the ranking of candidates by shared words left out behind longer ones).
    ``src``: the source sentences by ``(doc_id, sent_id)``; ``make(s, t)``: sentence ``t`` matched
    against source sentence ``s``.
    Returns ``(position, candidates)`` of each row extended, for the caller to decide again; the
    rows are not changed (a sentence the extended candidates leave new keeps its own for the later
    passes: more candidates can make :func:`passages` or :func:`fused_beside` pick a set that
    fails, and lose an alignment), and a neighbour aligned only by this pass counts for none."""
    changed = []
    for k, r in enumerate(rows):
        t = r["t"]
        if r["cls"] != "new" or t.layout:
            continue
        have = {(m.src.doc_id, m.src.sent_id) for m in r["every"]}
        extra = []
        for j in (k - 1, k + 1):
            if not (0 <= j < len(rows)) or rows[j]["cls"] == "new":
                continue
            for m in rows[j]["chosen"]:
                for n in (m.src.sent_id - 1, m.src.sent_id, m.src.sent_id + 1):
                    key = (m.src.doc_id, n)
                    if key in src and key not in have:
                        have.add(key)
                        extra.append(make(src[key], t))
        if extra:
            changed.append((k, [*r["every"], *extra]))
    return changed
