"""A later version that retells an earlier one in part of its words, found by its short passages.

An outlet's later story often retells its earlier story's news in part of the earlier words
while leading with something new: a follow-up, an answer to a bid that repeats the bid, the
earlier news given again as background. It then shares no passage of ``min_tokens`` (8) words
with the earlier one, only shorter runs: "is conditioned on receipt of sufficient financing",
"plans to close its trading floor". Two different stories on one topic share short runs too,
but those are names and titles ("West German Finance Minister Gerhard Stoltenberg and",
"Pratt and Co Financial Services Pty Ltd"): their words are capitalised or function words.

:func:`retold_parents` gives a witness that has no parent by the passages of ``min_tokens``
words the earlier witness of the same outlet whose short passages (:data:`SHORT_TOKENS` words
or more) hold the most distinct *retold words* (:func:`retold_words`: lower-case words of three
letters or more that are not stop words, verbs of saying nor the stock wording of business news,
:data:`STOCK_WORDS`: the words a retold sentence keeps and a name, a title or a templated figure
does not; a passage that is only a list of things, :func:`is_list`, holds none), at least
:data:`MIN_RETOLD_WORDS` in :data:`MIN_RETOLD_PASSAGES` passages, when the
two also name one name (:func:`names_in`) and it was published up to :data:`MAX_GAP` before
(undated texts are not joined on such short runs: their order would be a guess). The numbers
and the stock words are rules set by reading the low-overlap
series of rounds 24 to 27 of the hand reading (``benchmarks/family_round24.md`` to
``family_round27.md``) and the groups those rounds skipped as two stories: the figures on those
series (``benchmarks/README.md``, #23) are therefore not held out.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from corpus_tools.lexicon import MONTHS, REPORTING_FORMS, STOP_WORDS, WEEKDAYS

__all__ = [
    "MAX_GAP",
    "MIN_RETOLD_PASSAGES",
    "MIN_RETOLD_WORDS",
    "SHORT_TOKENS",
    "STOCK_WORDS",
    "is_list",
    "names_in",
    "retold_parents",
    "retold_words",
]

#: the shortest passage, in words, that may show a retelling (the unit of ``min_tokens``)
SHORT_TOKENS = 5
#: distinct retold words (see :func:`retold_words`) a witness must share with an earlier witness
#: of its outlet, in passages of SHORT_TOKENS words or more, to be taken as retelling it
MIN_RETOLD_WORDS = 5
#: the passages holding retold words it needs: one short run is a stock term ("shareholder rights
#: plan, or poison pill", "real gross domestic product growth"), a retelling keeps several
MIN_RETOLD_PASSAGES = 2
#: the latest a retelling comes after the story it retells: an outlet's updates of one day
MAX_GAP = pd.Timedelta(hours=24)
#: the stock wording of business and market news, not counted as retold: units, times, the
#: verbs of a figure's change and job titles ("pct from a year earlier to", "revenue passenger
#: miles rose to", "chairman and chief executive officer" recur in unrelated reports)
STOCK_WORDS: frozenset[str] = frozenset(
    """pct mln billion dlrs dlr cts lbs stg tonnes yen marks francs share shares year years
    month months week weeks day days ago year-ago period quarter earlier later compared against
    yesterday today tomorrow morning afternoon afternoon's evening rose fell rise fall risen fallen
    rising falling increased decreased gained lost chairman president chief executive officer
    operating director vice deputy company""".split()
)

_WORD = re.compile(r"(?<![\w.])[a-z][a-z'\-]*[a-z]")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z]+(?:\.[A-Z]\.?)?")
_NOT_NAMES = frozenset(MONTHS) | WEEKDAYS


def retold_words(text: str) -> set[str]:
    """The retold words of a passage: lower-case words of three letters or more that are not
    stop words, verbs of saying nor :data:`STOCK_WORDS` (names, titles, units and function
    words do not count).

    Example:
        >>> sorted(retold_words("is conditioned on receipt of sufficient financing"))
        ['conditioned', 'financing', 'receipt', 'sufficient']
        >>> retold_words("West German Finance Minister Gerhard Stoltenberg and")
        set()
    """
    return {
        w
        for w in _WORD.findall(text)
        if len(w) >= 3 and w not in STOP_WORDS and w not in REPORTING_FORMS and w not in STOCK_WORDS
    }


def is_list(text: str) -> bool:
    """Whether a passage is a list of things: its lower-case words are two retold words or more
    and "and" or "or", with no verb or function word between them ("fruit juices, purees and pulp",
    "peanuts, prepared beef products and"). Two stories on one trade or market share such lists
    of goods as background; a retelling keeps the words around them ("is conditioned on receipt
    of sufficient financing").

    Example:
        >>> is_list("fruit juices, purees and pulp,"), is_list("plans to close its trading floor")
        (True, False)
    """
    words, listed = _WORD.findall(text), retold_words(text)
    joined = "," in text or any(w in ("and", "or") for w in words)
    return joined and len(listed) >= 2 and all(w in ("and", "or") for w in set(words) - listed)


def names_in(text: str) -> set[str]:
    """Capitalised words inside a sentence (after a lower-case word), months and weekdays left
    out: the names a story is about.

    Example:
        >>> sorted(names_in("The offer by AFG Industries and Wagner and Brown expires in March."))
        ['AFG', 'Brown', 'Wagner']
    """
    return {w for w in _NAME.findall(text) if w.lower() not in _NOT_NAMES}


def retold_parents(
    short: pd.DataFrame,
    orphans: set[int],
    may_precede,
    outlet: list[str | None],
    bodies: list[str],
    dates: list,
) -> dict[int, int]:
    """``{witness: parent}`` for each witness of ``orphans`` that retells an earlier witness.

    Args:
        short: passages shorter than ``min_tokens`` words (rows of
            :func:`corpus_tools.reuse.passages.find_passages` with ``doc_key`` and
            ``source_doc_key``, the witnesses' numbers).
        orphans: witnesses with no parent by the long passages.
        may_precede: ``may_precede(j, i)``, whether witness ``j`` may be the parent of ``i``.
        outlet: each witness's outlet, or None; only a witness of the same known outlet is taken.
        bodies: each witness's body text (the names both must hold, :func:`names_in`).
        dates: each witness's ``published`` time, or None; only a witness published at most
            :data:`MAX_GAP` earlier is taken (short runs are too weak to order undated texts).

    Returns:
        The parent of each orphan that shares :data:`MIN_RETOLD_WORDS` distinct retold words or
        more, in :data:`MIN_RETOLD_PASSAGES` passages or more of :data:`SHORT_TOKENS` words or
        more, and a name, with a witness of its outlet published up to :data:`MAX_GAP` before
        it: the one with the most retold words, ties to the latest.
    """
    words: dict[tuple[int, int], set[str]] = defaultdict(set)
    runs: dict[tuple[int, int], int] = defaultdict(int)
    for r in short.itertuples(index=False):
        found = retold_words(r.text) if r.n_tokens >= SHORT_TOKENS and not is_list(r.text) else set()
        for i, j in ((r.doc_key, r.source_doc_key), (r.source_doc_key, r.doc_key)):
            if found and i in orphans and outlet[i] is not None and outlet[i] == outlet[j]:
                words[(i, j)] |= found
                runs[(i, j)] += 1
    best: dict[int, tuple[int, int]] = {}
    for (i, j), found in words.items():
        n = len(found)
        better = (
            n >= MIN_RETOLD_WORDS and runs[(i, j)] >= MIN_RETOLD_PASSAGES and (n, j) > best.get(i, (0, -1))
        )
        dated = dates[i] is not None and dates[j] is not None and dates[j] < dates[i] <= dates[j] + MAX_GAP
        if better and dated and may_precede(j, i) and names_in(bodies[i]) & names_in(bodies[j]):
            best[i] = (n, j)
    return {i: j for i, (_, j) in best.items()}
