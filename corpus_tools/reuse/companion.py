"""Two stories of one event filed minutes apart, sharing a line: companions, not an update.

The shape, read in round 32 of the hand reading (``benchmarks/family_edges.csv``): an outlet files
two stories of one speech within minutes, each on its own point ("Volcker said severe problems
remain in some sectors of the U.S. economy" and, seven minutes later, "Volcker said both the Fed and
the financial markets remain concerned about the possibility of renewed inflation"). They share
the speech's frame ("he said in remarks prepared for delivery to a ... of business leaders here"),
a passage of eight words or more, and nothing else: the later story neither repeats the earlier
one's text nor tells its news again (the speaker's name and title, which it keeps, are not news).
A wire editor reads them as companion stories of the same event, neither rewriting the other.
An update filed as quickly keeps much of the text it updates (a third to nine tenths of it, read
in rounds 11-21), or, when it rewrites all, tells the same news again (round 32: a trust's hotel
loan told again six minutes later in a round-up of three units' loans, every news word of the
earlier lead kept).

The rule: two dated witnesses of the same known outlet, the later one filed less than
:data:`corpus_tools.reuse.retold_lead.MIN_LEAD_GAP` after the earlier (the quickest update read in
other words, fitted in round 27, branch tree27), whose shared passages of ``min_tokens`` words cover
less than :data:`COMPANION_COVER` of the later one's words, and whose later one holds less than
:data:`COMPANION_NEWS` of the earlier lead's news words (:func:`news_share`), are *companions*: the
earlier is not a candidate parent by those passages. Only the pairs the passage index gives are
read; no pair is added. The share was chosen by cross-validation over the rounds of
``benchmarks/family_edges.csv`` (``benchmarks/family_edges_companion.py``; ``benchmarks/README.md``,
round 33, branch tree33, gives the figures): it rests on one labelled example.
"""

from __future__ import annotations

from corpus_tools.reuse.retold_lead import MIN_LEAD_GAP, _read

__all__ = ["COMPANION_COVER", "COMPANION_NEWS", "companions", "news_share"]

# The two thresholds: the strictest of the grid's best rules on rounds 7-52, and on all rounds
# (``benchmarks/family_edges_companion.py``, round 33, branch tree33; fitted on the labelled edges).
#: the share of the later story's words in passages shared with the earlier one below which two
#: stories filed minutes apart are companions (the one false edge read: 0.05; the one right edge
#: as weak: 0.09, kept by its news)
COMPANION_COVER = 0.1
#: the share of the earlier lead's news words (:func:`news_share`) the later story must hold to
#: tell its news again (the false edge read: 0.38; every right edge filed within minutes: 0.7-1.0)
COMPANION_NEWS = 0.5


def news_share(earlier: str, later: str) -> float:
    """The share of ``earlier``'s lead's *news words* in ``later``: its content words
    (:func:`corpus_tools.reuse.retold_across.content_keys`) but its names (a speaker's name and
    title tell who spoke, not what was said); figures count.

    Example:
        >>> earlier = "Federal Reserve Chairman Paul Volcker said severe problems remain in farming."
        >>> news_share(earlier, "Fed Chairman Paul Volcker said inflation remains a concern.")
        0.2
        >>> news_share(earlier, "Paul Volcker said problems remain severe in farming and oil.")
        0.8
    """
    names, lead, _, _, _ = _read(earlier)
    news = lead - {n[:5] for n in names if not n[0].isdigit()}
    return round(len(news & _read(later)[4]) / max(len(news), 1), 4)


def companions(
    cover: dict, size: list[int], outlet: list, bodies: list[str], dates: list
) -> set[tuple[int, int]]:
    """The pairs ``(a, b)``, ``a < b``, of witnesses that are companion stories (see the module's
    docstring).

    Args:
        cover: ``{(a, b): words of a in passages shared with b}``, for the pairs sharing a passage.
        size: each witness's number of words.
        outlet: each witness's outlet, or None.
        bodies: each witness's body text.
        dates: each witness's ``published`` time, or None.

    Example:
        >>> import pandas as pd
        >>> t = pd.Timestamp("1987-03-12 16:41")
        >>> bodies = ["Volcker said problems remain.", "Volcker said inflation is a worry."]
        >>> companions({(1, 0): 2}, [4, 40], ["R", "R"], bodies, [t, t + pd.Timedelta(minutes=7)])
        {(0, 1)}
        >>> companions({(1, 0): 2}, [4, 40], ["R", "R"], bodies, [t, t + pd.Timedelta(minutes=30)])
        set()
    """
    out = set()
    for (late, early), words in cover.items():
        if outlet[late] is None or outlet[late] != outlet[early] or None in (dates[late], dates[early]):
            continue
        if not dates[early] < dates[late] < dates[early] + MIN_LEAD_GAP:
            continue  # the cheap tests first: only pairs filed minutes apart read their leads
        if words >= COMPANION_COVER * max(size[late], 1):
            continue
        if news_share(bodies[early], bodies[late]) >= COMPANION_NEWS:
            continue
        out.add((min(late, early), max(late, early)))
    return out
