"""The findings' words for sentences a version leaves new that retell the source's
(:func:`corpus_tools.reuse.retellings.retellings`), said beside the measures, which stay as the
alignment gives them: the share of its words in new sentences, the source sentences it keeps,
the sentences it adds. Where a version has no such sentence its paragraph reads as before.

"Tells in its own words" (the glossary): a sentence the alignment leaves new tells the same
event as one to three source sentences (a shared verb of what happened or its noun, a shared
name or whole number, and two of the source sentence's own words, one no verb); it tells what
they tell, whether the paper took it from the source or from its own reporter: "check" says a
reader should look.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.lifted_rows import dropped_sources, lifted_sentences, lifted_sources
from corpus_tools.report.segments import Segment, _once, _plural
from corpus_tools.reuse.retellings import retellings

__all__ = ["retold_added", "retold_kept", "retold_share"]


def _summary(a: Analysis) -> dict[str, tuple[int, int, int]]:
    """doc_id -> (sentences that retell, their share of its words in %, dropped source sentences
    they tell), for the documents that have such sentences: read in one pass over the frames."""
    if a.alignment is None or a.coverage is None or a.sentences is None:
        return {}
    opt = a.options.reuse
    der = a.derivation
    # the findings give shares and counts only for versions derived from the source
    derived = (
        set(der.loc[der["derivation"] != "non_derived", "doc_id"].astype(str)) if der is not None else set()
    )
    if not derived:
        return {}
    aligned = a.alignment[a.alignment["doc_id"].astype(str).isin(derived)]
    r = retellings(a.corpus, alignment=aligned, coverage=a.coverage, sentences=a.sentences, options=opt)
    lifts = lifted_sentences(a)  # a sentence that lifts a clause is counted so (report/lifted_findings.py)
    r = r[[(str(d), int(i)) not in lifts for d, i in zip(r["doc_id"], r["sent_id"], strict=True)]]
    if not len(r):
        return {}
    docs = set(r["doc_id"])
    al = a.alignment[a.alignment["doc_id"].astype(str).isin(docs)]
    words = al["text"].str.split().str.len()
    said = set(zip(r["doc_id"], r["sent_id"], strict=True))
    retold = [(str(d), int(i)) in said for d, i in zip(al["doc_id"], al["sent_id"], strict=True)]
    share = (
        words[retold].groupby(al["doc_id"][retold].astype(str)).sum()
        / words.groupby(al["doc_id"].astype(str)).sum()
    )
    dropped = dropped_sources(a, docs)
    dropped -= lifted_sources(a)  # counted as lifted, not told again
    told = {k for k in zip(r["doc_id"], r["source_doc_id"], r["source_sent_id"], strict=True) if k in dropped}
    n_told = pd.Series([d for d, *_ in told], dtype=object).value_counts()
    n_sent = r.groupby("doc_id")["sent_id"].nunique()
    return {d: (int(n_sent[d]), round(100 * float(share.get(d, 0.0))), int(n_told.get(d, 0))) for d in docs}


def _mine(doc: str, a: Analysis) -> tuple[int, int, int]:
    return _once(a, "retellings", lambda: _summary(a)).get(doc, (0, 0, 0))


def retold_share(doc: str, src: str, a: Analysis, new_pct: str) -> str:
    """The share sentence's end: "65% is new." or, with retellings, "65% is not taken from PA
    sentence by sentence; 20% is in 3 sentences that retell PA's in other words (check)."."""
    n, pct, _ = _mine(doc, a)
    if not n:
        return f"{new_pct} is new."
    return (
        f"{new_pct} is not taken from {src} sentence by sentence; {pct}% is in "
        f"{_plural(n, 'sentence')} that retell{'s' if n == 1 else ''} {src}'s in other words (check)."
    )


def retold_kept(doc: str, a: Analysis) -> tuple[list[Segment], int]:
    """ ", tells 4 more in its own words," after "It keeps 6 of PA's 110 sentences" and the
    number of the source's dropped sentences so told (taken off the dropped count)."""
    n = _mine(doc, a)[2]
    return ([f", tells {n} more in its own words,"] if n else []), n


def retold_added(doc: str, src: str, a: Analysis, new: int) -> str:
    """ "; it adds 7 new sentences" or, with retellings, "; it adds 7 sentences not taken from PA
    (3 of them retell PA's: check)"."""
    n = _mine(doc, a)[0]
    if not n:
        return f"; it adds {_plural(new, 'new sentence')}"
    verb = "retells" if n == 1 else "retell"
    return f"; it adds {_plural(new, 'sentence')} not taken from {src} ({n} of them {verb} {src}'s: check)"
