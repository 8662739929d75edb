"""Two stories of one outlet joined by a single weak passage: a new story of the thread, not an update.

The shape, read in rounds 31-56 of the hand reading (``benchmarks/family_edges.csv``): an outlet's
new story of a running thread shares one passage of ``min_tokens`` words with its earlier story,
and the passage is a name, a stock phrase or a line of the thread's background: "the General
Agreement on Tariffs and Trade (GATT" (a GATT probe after the Agriculture Secretary's visit),
"Amoco Corp's wholly owned Amoco Canada Petroleum Co Ltd said" (two statements of one firm),
"On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on" (the Commerce
Secretary's interview after the Prime Minister's speech), "90 pct of its loans of 1.3 billion
Brunei dlrs had been extended" (an adviser quitting, after the government's takeover). The later
story tells none of the earlier story's news again: at most :data:`WEAK_TOLD` of its sentences, and
less than :data:`WEAK_LEAD_WORDS` of its lead's content words. An update of the same news, even one
sharing only a name passage with its parent, tells the earlier lead and several of its sentences
again in other words (a board's answer that repeats the bid).

The rule: a pair of witnesses of the same known outlet, both dated, sharing exactly one passage of
``min_tokens`` words, holding fewer than :data:`WEAK_RETOLD_WORDS` retold words
(:func:`corpus_tools.reuse.retold.retold_words`: names, titles, units and function words do not
count), whose later witness tells at most :data:`WEAK_TOLD` of the earlier one's sentences
(:data:`corpus_tools.reuse.retold_lead.SENTENCE_WORDS` of each one's content words) and less than
:data:`WEAK_LEAD_WORDS` of its lead's content words, or whose lead holds less than
:data:`corpus_tools.reuse.lead_news.NEWS_LED` of the earlier lead's news (its words less its
teller's: the shared passage the teller, "Amoco Corp's wholly owned Amoco Canada Petroleum Co Ltd
said", round 36), is a *weak link*: the earlier witness is not
a candidate parent by that passage (it may still be one by the rules for orphans,
:mod:`corpus_tools.reuse.retold`, :mod:`corpus_tools.reuse.retold_across`,
:mod:`corpus_tools.reuse.retold_lead`). Only the pairs the passage index already gives are read;
no pair is added. The thresholds were chosen by leave-one-round-out cross-validation over the
rounds of ``benchmarks/family_edges.csv`` (``benchmarks/family_edges_weak.py``;
``benchmarks/README.md``, round 29, branch tree29, gives the figures).
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from corpus_tools.reuse.lead_news import NEWS_LED, news_led
from corpus_tools.reuse.retold import retold_words
from corpus_tools.reuse.retold_lead import SENTENCE_WORDS, _read

__all__ = ["WEAK_LEAD_WORDS", "WEAK_RETOLD_WORDS", "WEAK_TOLD", "told_again", "weak_links"]

# The three thresholds: the strictest of the grid's best rules on rounds 7-52, and on all rounds
# (``benchmarks/family_edges_weak.py``, round 29, branch tree29; fitted on the labelled edges).
#: a single shared passage with fewer retold words than this says nothing of the news
WEAK_RETOLD_WORDS = 3
#: the most of the earlier story's sentences a later story of a weak link tells again
WEAK_TOLD = 1
#: a later story of a weak link holds less than this share of the earlier lead's content words
WEAK_LEAD_WORDS = 0.4


def told_again(earlier: str, later: str) -> tuple[int, float]:
    """The number of ``earlier``'s sentences (of three content words or more) told again in
    ``later`` (:data:`corpus_tools.reuse.retold_lead.SENTENCE_WORDS` of each one's content words
    in it), and the share of ``earlier``'s lead's content words in ``later``.

    Example:
        >>> earlier = ("Acme Corp said it received an offer from Brill Inc of 12.50 dlrs a share. "
        ...            "Brill already holds 9.9 pct of Acme. Acme hired Dunn and Co to advise it.")
        >>> told_again(earlier, "Acme Corp said its board rejected the Brill Inc offer of 12.50 "
        ...            "dlrs a share. Brill holds 9.9 pct of Acme stock.")
        (2, 0.8889)
        >>> told_again(earlier, "Acme Corp said it will close its Ohio plant.")
        (0, 0.2222)
    """
    _, lead_words, sentences, _, _ = _read(earlier)
    _, _, _, _, words = _read(later)
    told = sum(len(k & words) >= SENTENCE_WORDS * len(k) for k in sentences)
    return told, round(len(lead_words & words) / max(len(lead_words), 1), 4)


def weak_links(passages: pd.DataFrame, outlet: list, bodies: list[str], dates: list) -> set[tuple[int, int]]:
    """The pairs ``(a, b)``, ``a < b``, of witnesses joined by a single weak passage (see the
    module's docstring).

    Args:
        passages: the passages of ``min_tokens`` words or more (rows of
            :func:`corpus_tools.reuse.passages.find_passages` with ``doc_key`` and
            ``source_doc_key``, the witnesses' numbers).
        outlet: each witness's outlet, or None.
        bodies: each witness's body text.
        dates: each witness's ``published`` time, or None.
    """
    texts: dict[tuple[int, int], list[str]] = defaultdict(list)
    for a, b, text in zip(passages["doc_key"], passages["source_doc_key"], passages["text"], strict=True):
        if outlet[a] is not None and outlet[a] == outlet[b] and dates[a] is not None and dates[b] is not None:
            texts[(min(a, b), max(a, b))].append(text)
    out = set()
    for (a, b), found in texts.items():
        if len(found) != 1 or len(retold_words(found[0])) >= WEAK_RETOLD_WORDS or dates[a] == dates[b]:
            continue
        early, late = (a, b) if dates[a] < dates[b] else (b, a)
        told, lead = told_again(bodies[early], bodies[late])
        if told <= WEAK_TOLD and (lead < WEAK_LEAD_WORDS or news_led(bodies[early], bodies[late]) < NEWS_LED):
            out.add((a, b))  # or the lead's words held, its news not led with (reuse.lead_news)
    return out
