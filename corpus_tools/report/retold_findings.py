"""The findings' words for sentences a version leaves new that retell the source's
(:func:`corpus_tools.reuse.retellings.retellings`), said beside the measures, which stay as the
alignment gives them: the share of its words in new sentences, the source sentences it keeps,
the sentences it adds. Where a version has no such sentence its paragraph reads as before.

"Tells in its own words" (the glossary, ``docs/glossary.md``): a sentence the alignment leaves
new shares a name or a number with one to three source sentences and at least two words of what
happened with each (not the stock words of a court report); it tells what they tell, whether
the paper took it from the source or from its own reporter: "check" says a reader should look.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.segments import Segment, _once, _plural, _rows
from corpus_tools.reuse.retellings import RETELLING_COLUMNS, retellings

__all__ = ["retold_added", "retold_kept", "retold_share"]


def _all(a: Analysis) -> pd.DataFrame:
    frames = (a.alignment, a.coverage, a.sentences)
    if any(f is None for f in frames):
        return pd.DataFrame(columns=RETELLING_COLUMNS)
    return retellings(
        a.corpus, alignment=a.alignment, coverage=a.coverage, sentences=a.sentences, options=a.options.reuse
    )


def _mine(doc: str, a: Analysis) -> pd.DataFrame:
    return _rows(_once(a, "retellings", lambda: _all(a)), doc)


def retold_share(doc: str, src: str, a: Analysis, new_pct: str) -> str:
    """The share sentence's end: "65% is new." or, with retellings, "65% is not taken from PA
    sentence by sentence; 20% is in 3 sentences that retell PA's in other words (check)."."""
    mine = _mine(doc, a)
    if not len(mine):
        return f"{new_pct} is new."
    al = a.alignment
    al = al[al["doc_id"].astype(str) == doc]
    words = al["text"].str.split().str.len()
    retold = al["sent_id"].isin(set(mine["sent_id"]))
    pct = f"{round(100 * words[retold].sum() / words.sum()) if words.sum() else 0}%"
    n = mine["sent_id"].nunique()
    return (
        f"{new_pct} is not taken from {src} sentence by sentence; {pct} is in "
        f"{_plural(n, 'sentence')} that retell{'s' if n == 1 else ''} {src}'s in other words (check)."
    )


def retold_kept(doc: str, a: Analysis) -> tuple[list[Segment], int]:
    """ ", tells 4 more in its own words," after "It keeps 6 of PA's 110 sentences" and the
    number of the source's dropped sentences so told (taken off the dropped count)."""
    mine = _mine(doc, a)
    if not len(mine):
        return [], 0
    told = set(zip(mine["source_doc_id"].astype(str), mine["source_sent_id"].astype(int), strict=True))
    cov = a.coverage
    dropped = cov[(cov["doc_id"].astype(str) == doc) & (cov["status"] == "dropped")]
    n = len(
        told
        & set(zip(dropped["source_doc_id"].astype(str), dropped["source_sent_id"].astype(int), strict=True))
    )
    return ([f", tells {n} more in its own words,"] if n else []), n


def retold_added(doc: str, src: str, a: Analysis, new: int) -> str:
    """ "; it adds 7 new sentences" or, with retellings, "; it adds 7 sentences not taken from PA
    (3 of them retell PA's: check)"."""
    n = _mine(doc, a)["sent_id"].nunique()
    if not n:
        return f"; it adds {_plural(new, 'new sentence')}"
    verb = "retells" if n == 1 else "retell"
    return f"; it adds {_plural(new, 'sentence')} not taken from {src} ({n} of them {verb} {src}'s: check)"
