"""The findings' words for sentences a version leaves new that lift a clause of the source
(:func:`corpus_tools.reuse.lifted_clauses.lifted_clauses`), said beside the alignment's measures,
which stay as they are, and beside the retellings (:mod:`corpus_tools.report.retold_findings`).

"Lifts a clause" (the glossary): a sentence the alignment leaves new shares with one source
sentence a run of words in the same order long enough to be taken, not stock
(:mod:`corpus_tools.reuse.lifted_clauses`). "Check": on METER courts about four named sentences
in five have the lifted words annotated as taken from PA, the rest as the paper's own (its
reporter heard the same words in court; ``benchmarks/lifted_clauses.py``). A sentence that both
lifts a clause and retells is counted once, as lifting: the source's words in order are the
stronger evidence (METER's annotators marked 33.9% of round 22's named retellings reused). A
version with no such sentence reads as before.

"Repeats a fact" (round 25): a sentence left new that shares with one source sentence a shorter run
of words carrying a number, a date or words found in at most two source sentences
(:mod:`corpus_tools.reuse.lifted_facts`) is counted the same way, in its own words: "2 of them
repeat a fact of PA's: check", "lift a clause or repeat a fact of PA's" when a version has both.
"""

from __future__ import annotations

from corpus_tools.analysis import Analysis
from corpus_tools.report.lifted_rows import dropped_sources, lifted, lifted_sentences
from corpus_tools.report.retold_findings import _mine, retold_added, retold_kept, retold_share
from corpus_tools.report.segments import Segment, _once, _plural

__all__ = ["reuse_added", "reuse_kept", "reuse_share"]


def _summary(a: Analysis) -> dict[str, tuple[int, int, int, str, str]]:
    """doc_id -> (sentences that lift a clause or repeat a fact, their share of its words in %,
    dropped source sentences they take from, and the kinds of each: "clause", "fact" or both,
    for the sentences and for the dropped source sentences)."""
    r = lifted(a)
    if not len(r):
        return {}
    docs = set(r["doc_id"])
    al = a.alignment[a.alignment["doc_id"].astype(str).isin(docs)]
    words = al["text"].str.split().str.len()
    said = lifted_sentences(a)
    mine = [(str(d), int(i)) in said for d, i in zip(al["doc_id"], al["sent_id"], strict=True)]
    share = (
        words[mine].groupby(al["doc_id"][mine].astype(str)).sum()
        / words.groupby(al["doc_id"].astype(str)).sum()
    )
    dropped = dropped_sources(a, docs)
    kinds: dict = {}
    for d, sd, si, kind in zip(r["doc_id"], r["source_doc_id"], r["source_sent_id"], r["kind"], strict=True):
        if (str(d), str(sd), int(si)) in dropped:
            kinds.setdefault(str(d), {}).setdefault((str(sd), int(si)), set()).add(kind)
    n_sent = r.groupby("doc_id")["sent_id"].nunique()
    of_sent = r.groupby("doc_id")["kind"].agg(lambda k: "+".join(sorted(set(k))))
    return {
        d: (
            int(n_sent[d]),
            round(100 * float(share.get(d, 0.0))),
            len(kinds.get(d, {})),
            of_sent[d],
            "+".join(sorted(set().union(*kinds.get(d, {}).values()))),
        )
        for d in docs
    }


def _of(doc: str, a: Analysis) -> tuple[int, int, int, str, str]:
    return _once(a, "lifted_summary", lambda: _summary(a)).get(doc, (0, 0, 0, "", ""))


def _verb(n: int, verb: str) -> str:
    return f"{verb}s" if n == 1 else verb


def _does(n: int, kinds: str, src: str) -> str:
    """ "lifts a clause of PA's", "repeat a fact of PA's", "lift a clause or repeat a fact of PA's"."""
    clause, fact = f"{_verb(n, 'lift')} a clause", f"{_verb(n, 'repeat')} a fact"
    return {"clause": clause, "fact": fact}.get(kinds, f"{clause} or {fact}") + f" of {src}'s"


def reuse_share(doc: str, src: str, a: Analysis, new_pct: str) -> str:
    """The share sentence's end: "65% is new.", or with lifted clauses "65% is not taken from PA
    sentence by sentence; 20% is in 3 sentences that lift a clause of PA's (check)." (", 10% in 2
    that retell PA's in other words" before the check when some retell)."""
    n, pct, _, kinds, _ = _of(doc, a)
    if not n:
        return retold_share(doc, src, a, new_pct)
    out = (
        f"{new_pct} is not taken from {src} sentence by sentence; {pct}% is in "
        f"{_plural(n, 'sentence')} that {_does(n, kinds, src)}"
    )
    n_r, pct_r, _ = _mine(doc, a)
    if n_r:
        out += f", {pct_r}% in {n_r} that {_verb(n_r, 'retell')} {src}'s in other words"
    return out + " (check)."


def reuse_kept(doc: str, a: Analysis) -> tuple[list[Segment], int]:
    """ ", lifts a clause of 3 more," (and "tells 4 more in its own words,") after "It keeps 6 of
    PA's 110 sentences", and the number of the source's dropped sentences so taken or told."""
    _, _, n, _, kinds = _of(doc, a)
    told, n_told = retold_kept(doc, a)
    if not n:
        return told, n_told
    more = ", " + {"clause": "lifts a clause", "fact": "repeats a fact"}.get(
        kinds, "lifts a clause or a fact"
    )
    more += f" of {n} more"
    return [more + (f", tells {n_told} more in its own words," if n_told else ",")], n + n_told


def reuse_added(doc: str, src: str, a: Analysis, new: int) -> str:
    """ "; it adds 7 new sentences", or with lifted clauses "; it adds 7 sentences not taken whole
    from PA (2 of them lift a clause of PA's: check)" (", 3 retell PA's" before the check)."""
    n, _, _, kinds, _ = _of(doc, a)
    if not n:
        return retold_added(doc, src, a, new)
    out = f"; it adds {_plural(new, 'sentence')} not taken whole from {src} "
    out += f"({n} of them {_does(n, kinds, src)}"
    n_r = _mine(doc, a)[0]
    return out + (f", {n_r} {_verb(n_r, 'retell')} {src}'s: check)" if n_r else ": check)")
