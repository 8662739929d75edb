"""A later story whose lead says it follows an earlier announcement: "completed", "previously announced".

The shape, read in rounds 54 and 55 of the hand reading (``benchmarks/family_edges.csv``): a
company's story of a deal done tells the deal the outlet announced days before in other words,
without its figures and with none of its sentences told again, but its lead says so itself:
"Butler Manufacturing Co said it completed sale of its Livestock Systems division and part of its
Control division" fifteen days after "Butler Manufacturing Co said it agreed in principal to sell
part of its controls division to Enercon Data Corp"; "<Scan-Graphics Inc> said it has completed a
merger with <Captive Venture Capital Inc>" twelve days after "Scan-Graphics Inc said it will be
acquired by Captive Venture Capital Inc"; "International Corona Resources Ltd said its board ...
believes that terms of Royex Gold Mining Corp's previously announced offer are fair" thirteen days
after "<Royex Gold Mining Corp> said it is making an offer for <International Corona Resources
Ltd>". :mod:`corpus_tools.reuse.retold_lead` misses them: the figure of the bid is not repeated,
one sentence or none is told again, or it comes after its ten days. A new story of the same firm
(another unit's reorganisation, the next round of talks, a strike's end) names the firm and often
the earlier lead's words, but its lead does not say it reports the end of what was announced.

The rule, a wire editor's reading: the later story's lead carries one of :data:`BACK_CUES` (the deal
"completed", an offer "previously announced"), and :data:`BACK_NAMES` of the earlier story's lead's
names and figures and :data:`BACK_WORDS` of its content words
(:func:`corpus_tools.reuse.retold_across.particulars`, :func:`~.retold_across.content_keys`) are in
the later story, :data:`LEAD_SUBJECT` of the earlier lead's names (words, not figures) in its own
lead. Only an earlier witness of the same known outlet, published at least
:data:`corpus_tools.reuse.retold_lead.MIN_LEAD_GAP` and at most :data:`MAX_BACK_GAP` before, is
taken; undated witnesses are not joined. Of several, the one whose lead's names are most in the later
story, ties to the latest. The cue is a plain string test on the lead, made before any candidate is
read. Candidates come from an inverted index of the leads' names, never from all pairs.

The cues were read from the three stories above (rounds 54-55) and the thresholds fitted on the
rounds of ``benchmarks/family_edges.csv`` (``benchmarks/family_edges_cv.py --back``); rounds 7-52's
orphans carry no cue, so their verdicts do not move and do not test the rule: the figures are in
``benchmarks/README.md``, round 28, branch tree28. They are not held out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from corpus_tools.reuse.retold_across import particulars
from corpus_tools.reuse.retold_lead import MAX_POSTINGS, MIN_LEAD_GAP, _read
from corpus_tools.variants.facts import split_sentences

__all__ = [
    "BACK_CUES",
    "BACK_NAMES",
    "BACK_WORDS",
    "LEAD_SUBJECT",
    "MAX_BACK_GAP",
    "back_parents",
    "says_back",
]

#: a lead saying it reports what follows an announcement: a deal completed, an offer made before
BACK_CUES = re.compile(
    r"\b(?:complet(?:ed|es)|(?:previously|earlier|already) (?:announced|reported|disclosed|proposed)"
    r"|announced (?:earlier|previously))\b",
    re.IGNORECASE,
)
#: the share of the earlier lead's names and figures the later story must hold
BACK_NAMES = 0.6
#: the share of the earlier lead's content words the later story must hold
BACK_WORDS = 0.5
#: the earlier lead's names (words, not figures) the later story's lead must name itself: a
#: dividend's or a results table's lead, all figures, is no announcement followed
LEAD_SUBJECT = 2
#: the latest a later story comes after the one it follows (rounds 54-55 read 12-15 days; chosen of
#: 10, 14, 21 and 31 days with the shares above by cross-validation, round 28, branch tree28)
MAX_BACK_GAP = pd.Timedelta(days=21)


def says_back(text: str) -> bool:
    """Whether a body's lead (its first sentence) says it follows an earlier announcement.

    Example:
        >>> says_back("Acme Corp said it completed the sale of its Ohio unit. Terms were not given.")
        True
        >>> says_back("Acme Corp said it agreed to sell its Ohio unit. The sale will be completed soon.")
        False
    """
    if BACK_CUES.search(text) is None:  # the cheap test first: most bodies carry no cue anywhere
        return False
    sentences = split_sentences(text)
    return bool(sentences) and BACK_CUES.search(sentences[0]) is not None


def _share(earlier: str, later: str) -> tuple[float, float]:
    """The shares of the earlier lead's names and of its content words in the later story, or
    zeros when the later story's lead names fewer than :data:`LEAD_SUBJECT` of the earlier lead's
    names that are words."""
    lead_names, lead_words, _, _, _ = _read(earlier)
    _, _, _, names, words = _read(later)
    subject = {w for w in lead_names if not w[0].isdigit()} & _lead_particulars(later)
    if len(subject) < LEAD_SUBJECT:
        return 0.0, 0.0
    return (
        len(lead_names & names) / max(len(lead_names), 1),
        len(lead_words & words) / max(len(lead_words), 1),
    )


def _lead_particulars(text: str) -> set[str]:
    """The names and figures of a body's lead."""
    sentences = split_sentences(text)
    return particulars(sentences[0]) if sentences else set()


def back_parents(orphans: set[int], may_precede, outlet, bodies, dates) -> dict[int, int]:
    """``{witness: parent}`` for each witness of ``orphans`` whose lead says it follows an earlier
    announcement (:func:`says_back`) and that holds :data:`BACK_NAMES` of the names and figures and
    :data:`BACK_WORDS` of the content words of the lead of an earlier witness of its known outlet,
    published at least ``MIN_LEAD_GAP`` and at most :data:`MAX_BACK_GAP` before it.

    Args:
        orphans: witnesses with no parent by the other rules.
        may_precede: ``may_precede(j, i)``, whether witness ``j`` may be the parent of ``i``.
        outlet: each witness's outlet, or None.
        bodies: each witness's body text.
        dates: each witness's ``published`` time, or None.

    Example:
        >>> bodies = ["Acme Corp said it agreed to sell its Ohio unit to Brill Inc for 40 mln dlrs.",
        ...           "Acme Corp said it completed the sale of its Ohio unit to Brill Inc."]
        >>> dates = [pd.Timestamp("1987-03-01"), pd.Timestamp("1987-03-14")]
        >>> back_parents({1}, lambda j, i: j < i, ["Reuters"] * 2, bodies, dates)
        {1: 0}
    """
    todo = [i for i in orphans if outlet[i] is not None and dates[i] is not None and says_back(bodies[i])]
    if not todo:
        return {}
    postings: dict[str, list[int]] = defaultdict(list)  # a lead's name or figure -> its witnesses
    for j, body in enumerate(bodies):
        if outlet[j] is not None and dates[j] is not None:
            for name in _read(body)[0]:
                postings[name].append(j)
    out = {}
    for i in sorted(todo):
        hits: Counter[int] = Counter()
        for name in _read(bodies[i])[3]:
            found = postings.get(name, ())
            if len(found) <= MAX_POSTINGS:
                hits.update(found)
        best = None
        for j, n in hits.items():
            if j == i or outlet[j] != outlet[i] or n < BACK_NAMES * len(_read(bodies[j])[0]):
                continue
            if not (dates[j] + MIN_LEAD_GAP <= dates[i] <= dates[j] + MAX_BACK_GAP and may_precede(j, i)):
                continue
            names, words = _share(bodies[j], bodies[i])
            if names >= BACK_NAMES and words >= BACK_WORDS and (best is None or (names, j) > best):
                best = (names, j)
        if best is not None:
            out[i] = best[1]
    return out
