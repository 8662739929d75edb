"""A later story whose opening tells an earlier story's lead again: an update with one sentence told.

The shape, read in rounds 26 and 55 of the hand reading (``benchmarks/family_edges.csv``): a short
story of three or four sentences followed by a short update that opens with the same news, told
again in its own words: "The New York Stock Exchange said Santa Fe Southern Pacific Corp declined
to comment on inquiries regarding the unusual activity in its stock" 26 minutes after "Santa Fe
Southern Pacific Corp has not yet responded to the Exchange's inquiries about the unusual activity
in the company's stock"; "Butler Manufacturing Co said it completed sale of ... part of its Control
division ... certain Control division assets were sold to Minneapolis-based Enercon Data Corp"
fifteen days after "Butler Manufacturing Co said it agreed in principal to sell part of its
controls division to Enercon Data Corp of Minneapolis". The earlier story is too short for the
lead rule's two sentences told again (:data:`corpus_tools.reuse.retold_lead.MIN_TOLD`), and the
agreement's lead gives no figure to keep weeks later (:mod:`corpus_tools.reuse.lead_window`). A new
story of the same thread names the thread's firm and people but opens with its own news: a
Budget Committee's bipartisan meeting after its Democrats' slow drafting holds 0.67 of the earlier
lead's content words in its opening, a seller's gain after the buyer's purchase 0.62.

The rule, a wire editor's reading: the later story's opening (its first :data:`OPENING`
sentences) holds :data:`OPENING_SHARE` of the earlier lead's content words
(:func:`corpus_tools.reuse.retold_across.content_keys`). Such a story, passing every other test of
the lead rule (its names, words and figure), is an update with one of the earlier story's
sentences told again, and beyond ten days without the lead's figure. The share was chosen by
leave-one-round-out cross-validation over the rounds of ``benchmarks/family_edges.csv``
(``benchmarks/family_edges_open.py``; ``benchmarks/README.md``, round 31, branch tree31, gives the
figures): it is not held out.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.reuse.retold_across import content_keys
from corpus_tools.variants.facts import split_sentences

__all__ = ["OPENING", "OPENING_SHARE", "opening_share", "opens_with_lead"]

#: the sentences of a later story read as its opening
OPENING = 2
#: the least share of the earlier lead's content words in the later opening
OPENING_SHARE = 0.8


@lru_cache(maxsize=4096)
def _lead_and_opening(text: str) -> tuple[frozenset, frozenset]:
    """A body's lead's content words and its opening's (its first :data:`OPENING` sentences)."""
    sentences = split_sentences(text)
    lead = frozenset(content_keys(sentences[0])) if sentences else frozenset()
    opening = frozenset().union(*(content_keys(s) for s in sentences[:OPENING]))
    return lead, opening


def opening_share(earlier: str, later: str) -> float:
    """The share of ``earlier``'s lead's content words in ``later``'s opening (0 when the lead has none).

    Example:
        >>> opening_share("Acme Corp agreed to sell its pump unit to Brill Inc.",
        ...               "Acme Corp said it completed the sale of its pump unit. Brill Inc paid cash.")
        1.0
    """
    lead, _ = _lead_and_opening(earlier)
    if not lead:
        return 0.0
    return round(len(lead & _lead_and_opening(later)[1]) / len(lead), 4)


def opens_with_lead(earlier: str, later: str) -> bool:
    """Whether ``later`` opens with ``earlier``'s news: :data:`OPENING_SHARE` of its lead's content
    words in ``later``'s first :data:`OPENING` sentences (see :func:`opening_share`)."""
    return opening_share(earlier, later) >= OPENING_SHARE
