"""A later story of the hour that tells an earlier one's news again in its own words, its count moved on.

The shape, read in round 60 of the hand reading (``benchmarks/family_edges.csv``, two missed edges;
round 39, branch tree39): an outlet files a short story of a breaking event, then, within the hour,
a second one of the same event written afresh with what is known now: "About 200 people were
rescued ... from a sinking cross Channel ferry carrying approximately 540 people ..., a port control
spokesman said" 43 minutes after "The channel ferry ... was sinking off the Belgian coast tonight
with 463 people on board, the Dutch newsagency ANP reported"; "ICO exporters will modify their new
proposal on quota resumption before presenting it to importers tomorrow" 26 minutes after "ICO
producing countries will present a proposal for reintroducing export quotas". The later story
shares no passage of five words; it tells one sentence again (the lead), and the lead rule
(:mod:`corpus_tools.reuse.retold_lead`) asks two, seven tenths of the lead's names, and one of its
figures, which such an update changes (463 people on board become about 540) or writes in words
("April 1" as "April one").

The rule, a wire editor's reading: a story filed within :data:`FOLLOW_UP_GAP` of an earlier story
of its outlet (and at least :data:`corpus_tools.reuse.retold_lead.MIN_LEAD_GAP` after it, the gap
the lead rule reads: sooner, it is a companion story of the same event) that holds more than half of
the earlier lead's names and figures (:func:`corpus_tools.reuse.retold_across.particulars`) and more
than half of its content words (:func:`corpus_tools.reuse.retold_across.content_keys`) tells the
same news again: it is the earlier story's update, with its one sentence told, when it keeps a
figure of the lead or counts again what the lead counts with another number ("463 people" /
"approximately 540 people": :func:`moved_count`); a lead's figure neither kept nor moved on is
another sum, another deal (round 34's reading, branch tree34).
Hours later the lead rule's tests stand: the same rows read two firm roots of that shape, a party's
own statement of a deal announced that morning (8 hours on: the seller's gain on a sale the buyer
announced) and a firm's speech three hours after its statement on another point, each telling the
earlier lead's names and words again; the hour was set between them and the two missed edges (26
and 43 minutes), on those four rows alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from corpus_tools.lexicon import COMPANY_ENDS
from corpus_tools.reuse.lead_news import lead_news
from corpus_tools.reuse.lead_opening import LEAD_KEYS, NAMES_KEPT
from corpus_tools.reuse.names_told import opening_names
from corpus_tools.reuse.retold_across import _WORD, content_keys, particulars

__all__ = [
    "FOLLOW_UP_GAP",
    "HOUR_SHARE",
    "NEWS_NAMES",
    "NEWS_WORDS",
    "follows_up",
    "moved_count",
    "news_sets",
]

#: the longest a later story comes after the earlier one for this reading (see the module's docstring)
FOLLOW_UP_GAP = pd.Timedelta(hours=1)
#: the share of the earlier lead's names and of its content words a story of the hour must hold, more
#: than: more than half of each (round 60's two missed edges hold 0.6 and 0.67 of the names, 0.6 and
#: 0.58 of the words)
HOUR_SHARE = 0.5
#: the fewest content words a lead's news must have to be told again (a dividend's "Record April
#: 3" tells none): the lead-opening rule's floor, :data:`corpus_tools.reuse.lead_opening.LEAD_KEYS`
NEWS_WORDS = LEAD_KEYS
#: the fewest of the news's names (words, not figures) a later story must name: its floor too,
#: :data:`corpus_tools.reuse.lead_opening.NAMES_KEPT`
NEWS_NAMES = NAMES_KEPT

_ARTICLES = frozenset({"The", "A", "An"})
#: a figure and the word it counts ("463 people", "1.2 mln bags": the word after the scale)
_COUNT = re.compile(r"\b(\d[\d,.]*)(?:\s+(?:mln|billion|pct|per|a))?\s+([a-z]{3,})\b")


def moved_count(lead: str, later: str) -> bool:
    """Whether ``later`` counts a thing ``lead`` counts with another number ("463 people on board" /
    "approximately 540 people").

    Example:
        >>> moved_count("The ferry sank with 463 people on board.", "About 540 people were aboard.")
        True
        >>> moved_count("The ferry sank with 463 people on board.", "It was built in 1980 at Kiel.")
        False
    """
    counted = {(n, w) for n, w in _COUNT.findall(lead)}
    later_counts = set(_COUNT.findall(later))
    return any(w == lw and n != ln for n, w in counted for ln, lw in later_counts)


def lead_subject(lead: str) -> str:
    """The first capitalised word of a lead past an opening article ("The", "A", "An"), lower-cased,
    without a possessive "'s": the name the news is about when the lead opens with its subject
    ("herald" of "The channel ferry Herald of Free Enterprise was sinking ..."); "" when none.

    Example:
        >>> lead_subject("The channel ferry Herald of Free Enterprise was sinking.")
        'herald'
        >>> lead_subject("Acme's unit said it will sell.")
        'acme'
    """
    words = _WORD.findall(lead)
    if words and words[0] in _ARTICLES:
        words = words[1:]
    first = next((w for w in words if w[0].isupper()), "")
    return first.lower().removesuffix("'s")


@lru_cache(maxsize=4096)
def news_sets(lead: str) -> tuple[frozenset, frozenset]:
    """A lead's news (:func:`corpus_tools.reuse.lead_news.lead_news`: its teller left out): its
    names and figures but the words of a company's kind ("Corp", "Inc"), and its content words.

    Example:
        >>> names, words = news_sets("Moody's Investors Service Inc said it may cut Dana Corp's debt.")
        >>> sorted(names), sorted(words)
        (['dana'], ["corp'", 'cut', 'dana', 'debt'])
    """
    news = lead_news(lead)
    return frozenset(particulars(news)) - COMPANY_ENDS, frozenset(content_keys(news))


def follows_up(lead: str, later: str, later_sets: tuple, filed, later_filed) -> bool:
    """Whether ``later``, filed after the story whose lead is ``lead`` and within
    :data:`FOLLOW_UP_GAP`, holds more than :data:`HOUR_SHARE` of the lead's news's names and
    figures and more than as much of its content words (:func:`news_sets`), at least
    :data:`NEWS_NAMES` of those names words, the news having :data:`NEWS_WORDS` content words or
    more, that names the lead's subject (:func:`lead_subject`), and keeps a figure of the lead or
    moves its count on (:func:`moved_count`).

    Args:
        lead: the earlier story's lead (its first sentence).
        later: the later story's body.
        later_sets: the later story's names and figures and its content words
            (:func:`corpus_tools.reuse.retold_across.particulars`, ``content_keys``).
        filed, later_filed: the two stories' ``published`` times.

    Example:
        >>> from corpus_tools.reuse.retold_across import content_keys, particulars
        >>> read = lambda s: (frozenset(particulars(s)), frozenset(content_keys(s)))
        >>> t = pd.Timestamp("1987-03-06T15:21", tz="UTC")
        >>> lead = ("The tanker Morning Star of the Norwegian Fjell Line was burning off the Danish "
        ...         "coast with 31 crew on board, the Swedish agency TT reported.")
        >>> later = ("About 20 crew were taken off the burning tanker Morning Star of the Fjell Line "
        ...          "off the Danish coast, a coast guard spokesman said.")
        >>> follows_up(lead, later, read(later), t, t + pd.Timedelta(minutes=40))
        True
        >>> other = "The Fjell Line said its shares fell."
        >>> follows_up(lead, other, read(other), t, t + pd.Timedelta(minutes=40))
        False
        >>> follows_up(lead, later, read(later), t, t + pd.Timedelta(hours=3))
        False
    """
    if not filed < later_filed <= filed + FOLLOW_UP_GAP:
        return False
    (lead_names, lead_words), (names, words) = news_sets(lead), later_sets
    kept = lead_names & names
    if len(lead_words) < NEWS_WORDS or len(kept) <= HOUR_SHARE * len(lead_names):
        return False
    if sum(not w[0].isdigit() for w in kept) < NEWS_NAMES:
        return False
    if len(lead_words & words) <= HOUR_SHARE * len(lead_words):
        return False
    subject = lead_subject(lead)  # the name the news is about, told again
    if subject and subject not in names and subject not in opening_names(later):
        return False
    figures = {w for w in lead_names if w[0].isdigit()}
    return not figures or bool(figures & names) or moved_count(lead, later)
