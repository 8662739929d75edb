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

from corpus_tools.reuse.retold_across import content_keys, particulars
from corpus_tools.variants.facts import split_sentences

__all__ = ["FOLLOW_UP_GAP", "HOUR_SHARE", "follows_up", "moved_count"]

#: the longest a later story comes after the earlier one for this reading (see the module's docstring)
FOLLOW_UP_GAP = pd.Timedelta(hours=1)
#: the share of the earlier lead's names and of its content words a story of the hour must hold, more
#: than: more than half of each (round 60's two missed edges hold 0.6 and 0.67 of the names, 0.6 and
#: 0.58 of the words)
HOUR_SHARE = 0.5

#: a figure and the word it counts ("463 people", "1.2 mln bags": the word after the scale)
_COUNT = re.compile(r"\b(\d[\d,.]*)(?:\s+(?:mln|billion|pct|per|a))?\s+([a-z]{3,})\b")


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[str, frozenset, frozenset, frozenset, frozenset]:
    """A body's lead, its lead's names and figures and content words, and the body's."""
    sentences = split_sentences(text)
    lead = sentences[0] if sentences else ""
    pair = (frozenset(particulars(lead)), frozenset(content_keys(lead)))
    return lead, *pair, frozenset(particulars(text)), frozenset(content_keys(text))


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


def follows_up(earlier: str, later: str, filed: pd.Timestamp, later_filed: pd.Timestamp) -> bool:
    """Whether ``later``, filed after ``earlier`` and within :data:`FOLLOW_UP_GAP`, holds more than
    :data:`HOUR_SHARE` of ``earlier``'s lead's names and figures and more than as much of its
    content words, and keeps a figure of the lead or moves its count on (:func:`moved_count`);
    ``filed``, ``later_filed``: the two stories' ``published`` times.

    Example:
        >>> t = pd.Timestamp("1987-03-06T15:21", tz="UTC")
        >>> earlier = ("The tanker Morning Star of the Norwegian Fjell Line was burning off the "
        ...            "Danish coast with 31 crew on board, the Swedish agency TT reported.")
        >>> later = ("About 20 crew were taken off the burning tanker Morning Star of the Fjell "
        ...          "Line off the Danish coast, a coast guard spokesman said.")
        >>> follows_up(earlier, later, t, t + pd.Timedelta(minutes=40))
        True
        >>> follows_up(earlier, "The Fjell Line said its shares fell.", t, t + pd.Timedelta(minutes=40))
        False
        >>> follows_up(earlier, later, t, t + pd.Timedelta(hours=3))
        False
    """
    if not filed < later_filed <= filed + FOLLOW_UP_GAP:
        return False
    lead, lead_names, lead_words, _, _ = _read(earlier)
    _, _, _, names, words = _read(later)
    if not lead_names or len(lead_names & names) <= HOUR_SHARE * len(lead_names):
        return False
    if len(lead_words & words) <= HOUR_SHARE * len(lead_words):
        return False
    figures = {w for w in lead_names if w[0].isdigit()}
    return not figures or bool(figures & names) or moved_count(lead, later)
