"""The news of a story's lead, its teller left out: what a later story must lead with to update it.

The shape, read in round 36 (branch tree36, ``benchmarks/family.md``, "Round 36 (tree36): the six
and their neighbours"; Reuters-21578 18325 after 18201): two stories of one outlet, filed hours
apart, share one passage, and it is the earlier lead's *teller*: "Amoco Corp's wholly owned Amoco
Canada Petroleum Co Ltd said it had yet to work out details regarding the amount and timing of its
previously reported share offering ...", then "Amoco Corp's wholly owned Amoco Canada Petroleum Co
Ltd said its proposed ... acquisition of Dome Petroleum Ltd will benefit Canada ...". The teller's
words make 0.71 of the earlier lead's content words held by the later story, so
:mod:`corpus_tools.reuse.weak_link` read it as a story telling the earlier news again. A reader
sees who said it, not what happened: the later story leads with its own news (a conference
speech) and tells the earlier one (the share offering) in a clause of background. Every right edge
of the same shape read (one weak passage, one sentence told: a G-7 statement told again in other
words, a board's answer naming the bid, loans confirmed) leads with the earlier news told again:
0.33 to 0.55 of its news words in the later lead, against 0.18 for 18325. On four slices of 3,000
dated Reuters-21578 stories the reading changes 80 parents, read by hand: 46 better (mostly two
firms' stories of one kind sharing a stock line), 1 worse, 18 wrong before and after, 13
disputable (benchmarks/README.md, "Round 36, branch tree36").

The rule: a lead's *news* is the lead less its teller: the words before a closing ", X said" (or
"says", "told") or ", according to X" when the teller is :data:`TELLER_WORDS` words or fewer, else
the words after an opening "X said" as short, else the whole lead.
:func:`news_led` is the share of an earlier lead's news content words
(:func:`corpus_tools.reuse.retold_across.content_keys`) in a later story's lead. Two stories of a
weak link's shape (one outlet, both dated, one shared passage of few retold words, at most one
sentence told again) are not parent and child when the later lead holds less than
:data:`NEWS_LED` of the earlier news, however many of the earlier lead's words (its teller's) the
later story holds (:func:`corpus_tools.reuse.weak_link.weak_links`). Only the pairs the weak-link
rule already reads are read; no pair is added.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus_tools.reuse.retold_across import content_keys
from corpus_tools.variants.facts import split_sentences

__all__ = ["NEWS_LED", "TELLER_WORDS", "lead_news", "news_led"]

#: a later story of a weak link (:mod:`corpus_tools.reuse.weak_link`) whose lead holds less than
#: this share of the earlier lead's news leads with news of its own (18325: 0.18; the right edges
#: of its shape 0.33 and more; ``benchmarks/family_edges_news.py`` gives the fit)
NEWS_LED = 0.25
#: the most words a lead's teller runs to ("U.S. Senate Republican leader Robert Dole"): a longer
#: run before "said" is the news itself ("... will ask OPEC to raise its quota, Santos said")
TELLER_WORDS = 14

_SAID = re.compile(r"\b(?:said|says|told)\b")
#: a closing teller: ", according to X" or ", X said", up to four words after the verb ("said in a
#: statement", "told reporters")
_CLOSING = re.compile(r",\s*(according to [^,]*?|[^,]*\b(?:said|says|told)(?:\s+[^\s,]+){0,4}?)\.?\s*$")


def lead_news(lead: str) -> str:
    """``lead`` without its teller: before a closing ", X said" or ", according to X" (X
    :data:`TELLER_WORDS` words or fewer), else after an opening "X said" (as short), else the whole
    lead.

    Example:
        >>> lead_news("Acme Corp's wholly owned Acme Canada Ltd said it had yet to set the offer's size.")
        "it had yet to set the offer's size."
        >>> lead_news("Output fell 2.5 pct in May, the Trade Ministry said.")
        'Output fell 2.5 pct in May'
        >>> lead_news("Output fell 2.5 pct in May.")
        'Output fell 2.5 pct in May.'
    """
    closing = _CLOSING.search(lead)
    if closing and len(closing.group(1).split()) <= TELLER_WORDS:
        return lead[: closing.start()].strip()
    said = _SAID.search(lead)
    if said and len(lead[: said.start()].split()) <= TELLER_WORDS:
        return lead[said.end() :].strip()
    return lead


@lru_cache(maxsize=4096)
def _lead_keys(text: str) -> tuple[frozenset, frozenset]:
    """A body's lead's news content words and its lead's content words."""
    sentences = split_sentences(text)
    lead = sentences[0] if sentences else ""
    return frozenset(content_keys(lead_news(lead))), frozenset(content_keys(lead))


def news_led(earlier: str, later: str) -> float:
    """The share of ``earlier``'s lead's news content words (:func:`lead_news`) in ``later``'s
    lead; 1.0 when the earlier lead tells no news word (nothing to lead with).

    Example:
        >>> earlier = ("Acme Corp's wholly owned Acme Canada Ltd said it had yet to set the size "
        ...            "and timing of its planned share offering in Canada.")
        >>> news_led(earlier, "Acme Corp's wholly owned Acme Canada Ltd said its purchase of Brill "
        ...          "Oil Ltd will benefit Canada.")
        0.1429
        >>> news_led(earlier, "Acme Canada Ltd said its planned share offering in Canada will be "
        ...          "set in size and timing next month.")
        1.0
    """
    news = _lead_keys(earlier)[0]
    if not news:
        return 1.0
    return round(len(news & _lead_keys(later)[1]) / len(news), 4)
