"""A later story across a day's gap that retells an earlier one in rewritten sentences.

Two days after its first story, an outlet often writes the story again: it leads with what is
new and then retells the earlier news and background sentence by sentence in new words ("It
proposes to invest about 400 mln pesos ..." for "This follows the company's proposal to invest
about 400 mln pesos ..."). Such a story shares no passage of ``min_tokens`` (8) words with the
earlier one, and too few retold words in short runs for :func:`corpus_tools.reuse.retold.retold_parents`,
whose rule is also bound to one day (:data:`corpus_tools.reuse.retold.MAX_GAP`). Two stories of
one thread two days apart (two ministers' interviews on one pact) share something too: the
thread's stock background, one sentence or two ("OPEC agreed in December to cut ...").

What tells them apart is how much of the later story is the earlier one rewritten: the share of
its sentences that are aligned to a sentence of the earlier story (:func:`aligned_sentences`:
:data:`MIN_SHARED_KEYS` content words or more shared, and at least :data:`SENTENCE_OVERLAP` of the
later sentence's content words). A retelling has :data:`MIN_ALIGNED_SHARE` of its sentences
aligned or more, and :data:`MIN_ALIGNED` sentences at least; a story sharing only the thread's
background has one or two of five or more. A retelling carries the earlier story's news (its
first sentence is retold) or much of it (:data:`MIN_RETOLD_SENTENCES`), and :data:`MIN_KEPT` of
its content words; a new story of the thread written in the thread's words retells one or two
background sentences and holds less. Sentences giving other names or figures are not aligned (a
template filled twice: two countries' monthly trade, two companies' results). Content words
(:func:`content_keys`) are the words of three letters or more that are not stop words nor verbs
of saying, cut to their first :data:`STEM` letters ("approval" and "approved" are one word), and
the numbers.

:func:`across_parents` applies the rule to the witnesses left with no parent, against the earlier
witnesses of the same outlet published more than one day and at most :data:`MAX_ACROSS` before
them, that share a passage of :data:`corpus_tools.reuse.retold.SHORT_TOKENS` words or more with
them (the candidates come from the inverted index of shared passages, never from all pairs).
:func:`aligned_masks` gives the words of both texts inside aligned sentences, which the family
tree counts as covered. The numbers were set on round 45 of the hand reading
(``benchmarks/family_round45.md``: four retellings across the gap and two stories sharing a
thread's background), so the figures on that round are not held out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
import pandas as pd

from corpus_tools.lexicon import MONTHS, REPORTING_FORMS, STOP_WORDS, WEEKDAYS
from corpus_tools.reuse.retold import MAX_GAP, SHORT_TOKENS
from corpus_tools.variants.facts import split_sentences

__all__ = [
    "MAX_ACROSS",
    "MIN_ALIGNED",
    "MIN_ALIGNED_SHARE",
    "MIN_KEPT",
    "MIN_PARTICULARS",
    "MIN_RETOLD_SENTENCES",
    "MIN_SHARED_KEYS",
    "SENTENCE_OVERLAP",
    "STEM",
    "across_parents",
    "aligned_masks",
    "aligned_sentences",
    "content_keys",
    "particulars",
    "retells",
]

#: the latest a retelling across the gap comes after the story it retells: a weekend and a day
MAX_ACROSS = pd.Timedelta(days=4)
#: letters a content word is cut to ("approval", "approved": "appro")
STEM = 5
#: content words a later sentence must share with one earlier sentence to be aligned to it
MIN_SHARED_KEYS = 3
#: the share of the later sentence's content words that must be in that earlier sentence
SENTENCE_OVERLAP = 0.4
#: the share of the later story's sentences (of MIN_SHARED_KEYS content words or more) aligned
MIN_ALIGNED_SHARE = 0.5
#: the fewest aligned sentences a retelling has: one sentence is a thread's background
MIN_ALIGNED = 2
#: the earlier story's sentences a later story must retell when it does not retell its first one
#: (the news): a new story of the thread retells one or two background sentences
MIN_RETOLD_SENTENCES = 3
#: the share of a later sentence's names and figures that must be in the earlier story
MIN_PARTICULARS = 0.5
#: the share of the earlier story's content words the later one must hold: a retelling takes up
#: much of the earlier news and its background; a new story of the thread, however rewritten in
#: the thread's words, holds only the background (a sixth to a third of the earlier words)
MIN_KEPT = 0.375

_DAY_NAMES = frozenset(MONTHS) | WEEKDAYS
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d(?:[\d.,/\-]*\d)?")


def content_keys(sentence: str) -> set[str]:
    """The content words of a sentence: numbers, and words of three letters or more that are
    not stop words nor verbs of saying, lower-cased and cut to :data:`STEM` letters.

    Example:
        >>> sorted(content_keys("Officials said the approval was likely for 400 mln pesos."))
        ['400', 'appro', 'likel', 'mln', 'offic', 'pesos']
    """
    out = set()
    for w in _WORD.findall(sentence):
        low = w.lower()
        if low[0].isdigit():
            out.add(low)
        elif len(low) >= 3 and low not in STOP_WORDS and low not in REPORTING_FORMS:
            out.add(low[:STEM])
    return out


def particulars(text: str) -> set[str]:
    """The names and figures of a text: its numbers, and its capitalised words that do not open
    a sentence, lower-cased, without a possessive "'s" (the names of days and months left out:
    a story told again on another day names other days).

    Example:
        >>> sorted(particulars("Loral Corp told the New York exchange it had 2,400 staff."))
        ['2,400', 'corp', 'new', 'york']
    """
    return set().union(*(_sentence_particulars(s) for _, _, s in _spans(text)))


def _sentence_particulars(sentence: str) -> set[str]:
    words = _WORD.findall(sentence)
    out = {
        w.lower().removesuffix("'s") for i, w in enumerate(words) if w[0].isdigit() or (i and w[0].isupper())
    }
    return out - _DAY_NAMES


def _other_figures(figures: set[str], keys: set[str]) -> bool:
    """Whether two sentences both give figures and share none of them."""
    theirs = {w for w in keys if w[0].isdigit()}
    return bool(figures) and bool(theirs) and not figures & theirs


def _spans(body: str) -> list[tuple[int, int, str]]:
    """Each sentence of a body with its character span."""
    out, at = [], 0
    for s in split_sentences(body):
        a = body.find(s, at)
        a = at if a < 0 else a
        out.append((a, a + len(s), s))
        at = a + len(s)
    return out


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple:
    """A text read once (a witness is compared with several): its sentence spans, each
    sentence's content words and particulars, and the text's particulars."""
    spans = _spans(text)
    keys = [content_keys(s) for _, _, s in spans]
    own = [_sentence_particulars(s) for _, _, s in spans]
    return spans, keys, own, frozenset().union(*own)


@lru_cache(maxsize=4096)
def _keys(text: str) -> frozenset[str]:
    return frozenset(content_keys(text))


def aligned_sentences(earlier: str, later: str) -> tuple[list[tuple[int, int]], int]:
    """Pairs (later sentence, earlier sentence) of aligned sentences, by position, and the
    number of the later story's sentences of :data:`MIN_SHARED_KEYS` content words or more.

    A later sentence is aligned to the earlier sentence with which it shares the most content
    words (:func:`content_keys`) when they are :data:`MIN_SHARED_KEYS` or more and at least
    :data:`SENTENCE_OVERLAP` of its own. A story retold keeps its names and figures; one template
    filled twice (two countries' monthly trade, two companies' results, an exchange's query to
    two companies) changes them: a later sentence whose names and figures (:func:`particulars`)
    are not :data:`MIN_PARTICULARS` in the earlier story, or that gives figures where the
    earlier sentence gives others, is not aligned.

    Example:
        >>> aligned_sentences("The mill will shut in May, the owner said. Rain fell.",
        ...                   "Its owner plans to shut the paper mill in May. Talks went on.")
        ([(0, 0)], 1)
    """
    _, before, _, known = _read(earlier)
    _, keys_of, own_of, _ = _read(later)
    pairs, n = [], 0
    for k, (keys, own) in enumerate(zip(keys_of, own_of, strict=True)):
        if len(keys) < MIN_SHARED_KEYS:
            continue
        n += 1
        if len(own & known) < MIN_PARTICULARS * len(own):
            continue  # a template filled with another company's or country's names and figures
        figures = {w for w in keys if w[0].isdigit()}
        shared = [0 if _other_figures(figures, b) else len(keys & b) for b in before]
        j = int(np.argmax(shared)) if shared else -1
        if j >= 0 and shared[j] >= MIN_SHARED_KEYS and shared[j] >= SENTENCE_OVERLAP * len(keys):
            pairs.append((k, j))
    return pairs, n


def retells(earlier: str, later: str) -> bool:
    """Whether ``later`` retells ``earlier`` sentence by sentence: :data:`MIN_ALIGNED` aligned
    sentences or more, :data:`MIN_ALIGNED_SHARE` of its sentences or more, the earlier story's
    news (its first sentence aligned to) or :data:`MIN_RETOLD_SENTENCES` of its sentences or
    more, and :data:`MIN_KEPT` of the earlier story's content words (:func:`content_keys`) or more.

    Example:
        >>> earlier = "The mill will shut in May, the owner said. Its 300 workers will lose their jobs."
        >>> retells(earlier, "The owner will shut the mill in May. The 300 workers lose jobs too.")
        True
        >>> retells(earlier, "Heavy rain fell on the town. The mill owner will shut it in May.")
        False
    """
    before, after = _keys(earlier), _keys(later)
    if len(before & after) < MIN_KEPT * max(len(before), 1):
        return False
    pairs, n = aligned_sentences(earlier, later)
    if len(pairs) < MIN_ALIGNED or len(pairs) < MIN_ALIGNED_SHARE * max(n, 1):
        return False
    retold = {j for _, j in pairs}
    return 0 in retold or len(retold) >= MIN_RETOLD_SENTENCES  # the news (its lead), or much of it


def aligned_masks(earlier: str, later: str, later_starts, earlier_starts) -> tuple[np.ndarray, np.ndarray]:
    """Which words of ``later`` and of ``earlier`` (given by their start offsets in the text)
    lie inside aligned sentences (:func:`aligned_sentences`)."""
    pairs, _ = aligned_sentences(earlier, later)
    sl, se = _read(later)[0], _read(earlier)[0]

    def inside(starts, spans) -> np.ndarray:
        st = np.asarray(starts)
        mask = np.zeros(len(st), dtype=bool)
        for a, b, _ in spans:
            mask |= (st >= a) & (st < b)
        return mask

    return inside(later_starts, [sl[k] for k, _ in pairs]), inside(earlier_starts, [se[j] for _, j in pairs])


def across_parents(
    short: pd.DataFrame, orphans: set[int], may_precede, outlet, bodies, dates
) -> dict[int, int]:
    """``{witness: parent}`` for each witness of ``orphans`` that retells, in rewritten sentences
    (:func:`retells`), an earlier witness of its known outlet published more than
    :data:`corpus_tools.reuse.retold.MAX_GAP` and at most :data:`MAX_ACROSS` before it, with which
    it shares a passage of :data:`corpus_tools.reuse.retold.SHORT_TOKENS` words or more. Of
    several, the one with the most aligned sentences, ties to the latest. Undated witnesses are
    not joined. The arguments are :func:`corpus_tools.reuse.retold.retold_parents`'s: ``short``
    the shorter passages, ``may_precede(j, i)``, and each witness's ``outlet`` (or None), body
    text and ``published`` time (or None)."""
    cands: dict[int, set[int]] = defaultdict(set)
    keys = short.loc[short["n_tokens"] >= SHORT_TOKENS, ["doc_key", "source_doc_key"]].to_numpy()
    for a, b in {(int(a), int(b)) for a, b in keys}:
        for i, j in ((a, b), (b, a)):
            if i in orphans and outlet[i] is not None and outlet[i] == outlet[j]:
                cands[i].add(j)
    out = {}
    for i, js in cands.items():
        best = None
        for j in sorted(js):
            dated = dates[i] is not None and dates[j] is not None
            if not (dated and dates[j] + MAX_GAP < dates[i] <= dates[j] + MAX_ACROSS and may_precede(j, i)):
                continue
            if retells(bodies[j], bodies[i]):
                n = len(aligned_sentences(bodies[j], bodies[i])[0])
                if best is None or (n, j) > best:
                    best = (n, j)
        if best is not None:
            out[i] = best[1]
    return out
