"""A later story, days after an earlier one, that tells the earlier one's news again in its own words.

The shape, read in rounds 25-52 of the hand reading (``benchmarks/family_edges.csv``): an outlet's
story of the next event (a board rejecting the offer it received a week before; a refinery's
restart put off after the fire) tells the earlier story's news again in new words, its names and
figures kept: "the board rejected as inadequate the unsolicited offer by PepsiCo ... at 11.50 dlrs
cash per share" after "it has received an offer to be acquired by PepsiCo ... for 11.50 dlrs per
share". It shares no passage of ``min_tokens`` words, often none of five, and its sentences are
too rewritten, or too few, for :mod:`corpus_tools.reuse.retold_across`'s sentence alignment. A
new story of the same thread (another unit's reorganisation, the next day's talks) also names the
thread's firm, place and people, but tells one or none of the earlier story's sentences again.

The rule, a wire editor's reading: the earlier story's *lead* (its first sentence, the news) is
told again: :data:`LEAD_NAMES` of its names and figures (:func:`corpus_tools.reuse.retold_across.particulars`)
and :data:`LEAD_WORDS` of its content words (:func:`corpus_tools.reuse.retold_across.content_keys`)
are in the later story, and when the lead gives a figure, the later story gives one of them (a
story of another sum is another deal); and :data:`MIN_TOLD` of the earlier story's sentences or
more are told again, each with :data:`SENTENCE_WORDS` of its content words in the later story.
Only an earlier witness of the same known outlet, published at least :data:`MIN_LEAD_GAP` and at
most :data:`MAX_LEAD_GAP` before, is taken; undated witnesses are not joined. A story filed within
minutes of another that tells its lead again in other words is a companion story of the same event
(round 46: two stories of one speech to a futures body, filed three minutes apart, one on a tax on
securities, the other on a tax increase), not an update: an update reports what came after.

Candidates come from an inverted index of the leads' names and figures (a name in more than
:data:`MAX_POSTINGS` leads says nothing and is skipped), never from all pairs. The thresholds were
chosen by leave-one-round-out cross-validation over the rounds of ``benchmarks/family_edges.csv``
(``benchmarks/README.md``, round 25, branch tree25, gives the figures): they are not held out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from corpus_tools.reuse import figures_told as ft
from corpus_tools.reuse import names_told as nt
from corpus_tools.reuse import news_day
from corpus_tools.reuse.days_to_come import days_to_come
from corpus_tools.reuse.lead_opening import opens_with_lead
from corpus_tools.reuse.lead_window import LONG_LEAD_GAP, long_update
from corpus_tools.reuse.lower_lead import LOWER_NAMES, lower_lead_words
from corpus_tools.reuse.retold_across import content_keys, particulars
from corpus_tools.reuse.within_hour import FOLLOW_UP_GAP, NEWS_NAMES, follows_up
from corpus_tools.variants.facts import split_sentences

__all__ = [
    "LEAD_NAMES",
    "LEAD_WORDS",
    "MAX_LEAD_GAP",
    "MAX_POSTINGS",
    "MIN_LEAD_GAP",
    "MIN_TOLD",
    "SENTENCE_WORDS",
    "lead_parents",
    "tells_lead",
]

#: the share of the earlier lead's names and figures the later story must hold
LEAD_NAMES = 0.7
#: the share of the earlier lead's content words the later story must hold
LEAD_WORDS = 0.5
#: the earlier story's sentences (of three content words or more) the later one must tell again
MIN_TOLD = 2
#: the share of an earlier sentence's content words in the later story for it to be told again
SENTENCE_WORDS = 0.5
#: the latest a later story comes after the one it tells again (the longest gap read by hand:
#: round 52's ten-day search)
MAX_LEAD_GAP = pd.Timedelta(days=10)
#: the earliest a later story comes after the one it tells again: filed sooner, it is a companion
#: story of the same event (chosen by leave-one-round-out cross-validation, round 27, branch
#: tree27: the one such false edge read, 8072, came 3 minutes after 8071; the quickest update
#: read, 12273, 25 minutes after 12252)
MIN_LEAD_GAP = pd.Timedelta(minutes=10)
#: a name or figure in more leads than this is too common to propose a candidate
MAX_POSTINGS = 50
#: the fewest of the earlier lead's names a later story must share in the leads' index for its
#: figures told or its news dated to be read (:mod:`corpus_tools.reuse.names_told`): one shared
#: name is what most pairs of one outlet have, and reading them all costs more than it finds
BYPASS_NAMES = 2


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[frozenset, frozenset, tuple, frozenset, frozenset]:
    """A body read once: its lead's names and figures and content words, the content words of
    each sentence of three or more, and the whole text's names and figures and content words."""
    sentences = split_sentences(text)
    lead = sentences[0] if sentences else ""
    keys = tuple(k for k in (frozenset(content_keys(s)) for s in sentences) if len(k) >= 3)
    return (
        frozenset(particulars(lead)),
        frozenset(content_keys(lead)),
        keys,
        frozenset(particulars(text)),
        frozenset(content_keys(text)),
    )


@lru_cache(maxsize=4096)
def _lead(text: str) -> str:
    """A body's first sentence."""
    sentences = split_sentences(text)
    return sentences[0] if sentences else ""


def _names_kept(n: int, lead_names: frozenset) -> bool:
    """Whether ``n`` of the earlier lead's names reach :data:`LEAD_NAMES` of them; for a lead in
    lower case (no names), whether ``n`` of its words reach
    :data:`corpus_tools.reuse.lower_lead.LOWER_NAMES`."""
    return n >= LOWER_NAMES if not lead_names else n >= LEAD_NAMES * len(lead_names)


def _figures_told(earlier: str, later: str) -> bool:
    """Whether ``later`` names :data:`corpus_tools.reuse.figures_told.FIGURES_KEPT` of the
    earlier story's figures or more."""
    return ft.figures_kept(earlier, later) >= ft.FIGURES_KEPT


def _told(earlier: str, later: str, dates: tuple | None = None) -> int:
    """The number of the earlier story's sentences told again in the later one, or -1 when its
    lead is not told again (see :func:`tells_lead`). With ``dates`` (the two stories'), a day of
    the lead still to come by the later one is no figure to keep when the later one keeps another of
    the story's figures (:mod:`corpus_tools.reuse.days_to_come`), and a later story that names the
    day of the earlier story's news (:mod:`corpus_tools.reuse.news_day`) is read as one telling its
    figures again, need not keep the lead's figure, and tells again a name of the lead that opens
    one of its sentences; a name of the lead written a letter apart is told again when the story's
    figures are (:mod:`corpus_tools.reuse.names_told`)."""
    lead_names, lead_words, sentences, _, _ = _read(earlier)
    _, _, _, names, words = _read(later)
    lower = lower_lead_words(earlier) if not lead_names else frozenset()  # reuse.lower_lead
    named = (lead_names or lower) & names
    dated = dates is not None and news_day.dates_news(earlier, later, *dates)  # reuse.news_day
    if lead_names and not _names_kept(len(named), lead_names):  # reuse.names_told
        if dated:  # the news dated: a name opening a later sentence is told again
            named |= lead_names & nt.opening_names(later)
        if not _names_kept(len(named), lead_names) and _figures_told(earlier, later):
            named |= nt.respelled(lead_names - named, names)  # the figures told: one respelled
    if not _names_kept(len(named), lead_names):
        return -1
    kept = len(lead_words & words)
    if kept < LEAD_WORDS * max(len(lead_words), 1) and not (
        kept >= ft.FIGURE_WORDS * len(lead_words) and (dated or _figures_told(earlier, later))
    ):  # fewer of the lead's words do when the story's figures or day are told again
        return -1
    figures = {w for w in lead_names or lower if w[0].isdigit()}
    if figures and not figures & names and dates is not None and ft.figures_kept(earlier, later):
        figures -= days_to_come(_lead(earlier), *dates)  # another of the story's figures kept
    if figures and not figures & names and not dated:
        return -1
    return sum(len(k & words) >= SENTENCE_WORDS * len(k) for k in sentences)


def _names_read_more(earlier: str, later: str, dates: tuple) -> bool:
    """Whether the later story tells a name of the earlier lead that its names leave out by one of
    :mod:`corpus_tools.reuse.names_told`'s readings: opening a sentence of a story dating the news,
    or respelled in a story telling the figures again (the leads' index lets such a pair through)."""
    lead, names = _read(earlier)[0], _read(later)[3]
    left = lead - names
    if left & nt.opening_names(later) and news_day.dates_news(earlier, later, *dates):
        return True
    return _figures_told(earlier, later) and bool(nt.respelled(left, names))


def _late_update(earlier: str, later: str, dates: tuple) -> bool:
    """Whether a story telling ``earlier``'s lead again more than ten days after it is its update:
    it keeps the lead's own figure (:func:`corpus_tools.reuse.lead_window.long_update`), tells
    :data:`corpus_tools.reuse.figures_told.FIGURES_KEPT` of the story's figures again, or names the
    day of its news (:func:`corpus_tools.reuse.news_day.dates_news`; ``dates``: the two stories')."""
    return (
        long_update(earlier, _read(later)[3])
        or _figures_told(earlier, later)
        or news_day.dates_news(earlier, later, *dates)
    )


def _within_hour(earlier: str, later: str, filed: pd.Timestamp, later_filed: pd.Timestamp) -> bool:
    """:func:`corpus_tools.reuse.within_hour.follows_up` on two bodies, read once (:func:`_read`)."""
    later_sets = _read(later)[3:]
    if len(_read(earlier)[0] & later_sets[0]) < NEWS_NAMES:  # the lead's names hold its news's
        return False
    return follows_up(_lead(earlier), later, later_sets, filed, later_filed)


def tells_lead(earlier: str, later: str) -> bool:
    """Whether ``later`` tells ``earlier``'s news again: its lead's names, figures and content
    words (:data:`LEAD_NAMES`, :data:`LEAD_WORDS`, a figure of it when it gives one) and
    :data:`MIN_TOLD` of its sentences or more (:data:`SENTENCE_WORDS` of each one's content words).

    Example:
        >>> earlier = ("Acme Corp said it received an offer from Brill Inc of 12.50 dlrs a share. "
        ...            "Brill already holds 9.9 pct of Acme. Acme hired Dunn and Co to advise it.")
        >>> tells_lead(earlier, "Acme Corp said its board rejected the Brill Inc offer of 12.50 dlrs "
        ...            "a share. Brill holds 9.9 pct of Acme stock. Dunn and Co advise the board.")
        True
        >>> tells_lead(earlier, "Acme Corp said it will close its Ohio plant. Brill Inc, which holds "
        ...            "9.9 pct, made no comment.")
        False
    """
    return _told(earlier, later) >= MIN_TOLD


def lead_parents(orphans: set[int], may_precede, outlet, bodies, dates) -> dict[int, int]:
    """``{witness: parent}`` for each witness of ``orphans`` that tells again (:func:`tells_lead`)
    the news of an earlier witness of its known outlet published at least :data:`MIN_LEAD_GAP`
    and at most :data:`MAX_LEAD_GAP` before it (or up to
    :data:`corpus_tools.reuse.lead_window.LONG_LEAD_GAP` when it keeps that story's lead figure).
    A later story that opens with the earlier lead's news
    (:func:`corpus_tools.reuse.lead_opening.opens_with_lead`) needs one sentence told, and no figure;
    one filed within the hour holding most of the earlier lead's names and words
    (:func:`corpus_tools.reuse.within_hour.follows_up`) needs neither.
    Of several, the one with the most sentences told again, ties to the latest; one within
    :data:`MAX_LEAD_GAP` before any later than that.

    Args:
        orphans: witnesses with no parent by the other rules.
        may_precede: ``may_precede(j, i)``, whether witness ``j`` may be the parent of ``i``.
        outlet: each witness's outlet, or None.
        bodies: each witness's body text.
        dates: each witness's ``published`` time, or None.
    """
    todo = [i for i in orphans if outlet[i] is not None and dates[i] is not None]
    if not todo:
        return {}
    postings: dict[str, list[int]] = defaultdict(list)  # a lead's name or figure -> its witnesses
    for j, body in enumerate(bodies):
        if outlet[j] is not None and dates[j] is not None:
            for name in _read(body)[0] or lower_lead_words(body):
                postings[name].append(j)
    out = {}
    for i in sorted(todo):
        hits: Counter[int] = Counter()
        for name in _read(bodies[i])[3]:
            found = postings.get(name, ())
            if len(found) <= MAX_POSTINGS:
                hits.update(found)
        best = None  # (within MAX_LEAD_GAP, sentences told, witness): a late one only when no near one
        hour_ago = dates[i] - FOLLOW_UP_GAP  # reuse.within_hour
        for j, n in hits.items():
            in_gap = dates[j] + MIN_LEAD_GAP <= dates[i] <= dates[j] + LONG_LEAD_GAP
            if j == i or outlet[j] != outlet[i] or not (in_gap and may_precede(j, i)):
                continue
            hour = dates[j] >= hour_ago and _within_hour(bodies[j], bodies[i], dates[j], dates[i])
            if (
                not hour
                and not _names_kept(n, _read(bodies[j])[0])
                and not (n >= BYPASS_NAMES and _names_read_more(bodies[j], bodies[i], (dates[j], dates[i])))
            ):
                continue
            # the hour's story holding most of the lead: its one sentence told
            told = max(_told(bodies[j], bodies[i], (dates[j], dates[i])), int(hour))
            if told < 1:
                continue
            near = dates[i] <= dates[j] + MAX_LEAD_GAP
            opens = (told < MIN_TOLD or not near) and opens_with_lead(bodies[j], bodies[i])
            if not near and not opens and not _late_update(bodies[j], bodies[i], (dates[j], dates[i])):
                continue  # weeks later: the lead's own figure kept (reuse.lead_window), or the story's
            if (told >= MIN_TOLD or opens or hour) and (best is None or (near, told, j) > best):
                best = (near, told, j)
        if best is not None:
            out[i] = best[2]
    return out
