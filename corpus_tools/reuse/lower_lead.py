"""An earlier story whose lead is written in lower case: its names are the words a later story names.

The shape, read in round 46 of the hand reading (``benchmarks/family_edges.csv``): a wire's story
set in lower case ("the council of ministers approved petroleos de venezuela's planned purchase
of a half interest in the champlin petroleum refinery at corpus christi, texas, government sources
said") and two days later the company's own story of the same purchase ("Petroleos de Venezuela,
S.A. said it will sign a contract March 17 to buy a half interest in a Corpus Christi, Texas
refinery"), seven of the earlier story's sentences told again. The lead rule
(:mod:`corpus_tools.reuse.retold_lead`) reads a lead's names by their capitals
(:func:`corpus_tools.reuse.retold_across.particulars`), so a lead without a capital has no name
to tell again and the rule fails at once: 323 of Reuters-21578's 19,043 stories open so.

The rule: a lead without a capital letter gives as its names its words (:func:`lower_lead_words`:
numbers, and words of three letters or more that are not stop words nor verbs of saying); a
later story tells such a lead's names again when it names :data:`LOWER_NAMES` of those words or
more as names (a later lead in lower case names none). Every other test of the lead rule (its
content words, a figure of it kept, the sentences told again, the gaps, the same known outlet)
stays, and candidates come from the leads' index, those words posted for it. :data:`LOWER_NAMES`
was chosen by cross-validation over the rounds of ``benchmarks/family_edges.csv`` (a floor of 2-5
or no rule, ties to the strictest; ``benchmarks/family_edges_names.py --lower``): one labelled pair
has a lower-case lead (5116's, six words named), so the rule rests on one example and gains
nothing held out (``benchmarks/README.md``, round 32, branch tree32, gives the figures).
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.lexicon import REPORTING_FORMS, STOP_WORDS
from corpus_tools.reuse.retold_across import _DAY_NAMES, _WORD
from corpus_tools.variants.facts import split_sentences

__all__ = ["LOWER_NAMES", "lower_lead_words"]

#: the fewest of a lower-case lead's words a later story must name as names (the strictest floor of
#: the cross-validation's grid, 2-5, that keeps round 46's edge)
LOWER_NAMES = 5


@lru_cache(maxsize=4096)
def lower_lead_words(text: str) -> frozenset[str]:
    """The words of a body's lead (its first sentence) when it has no capital letter, as the lead
    rule's names would read them (lower-cased, without a possessive "'s"); empty otherwise.

    Example:
        >>> sorted(lower_lead_words("the board of acme corp's unit approved 400 mln dlrs, sources said."))
        ['400', 'acme', 'approved', 'board', 'corp', 'dlrs', 'mln', 'sources', 'unit']
        >>> lower_lead_words("The board of Acme Corp approved the plan.")
        frozenset()
    """
    sentences = split_sentences(text)
    lead = sentences[0] if sentences else ""
    if not lead or any(c.isupper() for c in lead):
        return frozenset()
    words = {w.removesuffix("'s") for w in _WORD.findall(lead)} - _DAY_NAMES
    plain = STOP_WORDS | REPORTING_FORMS
    return frozenset(w for w in words if w[0].isdigit() or (len(w) >= 3 and w not in plain))
