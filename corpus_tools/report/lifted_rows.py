"""The rows of :func:`corpus_tools.reuse.lifted_clauses.lifted_clauses` and
:func:`corpus_tools.reuse.lifted_facts.lifted_facts` the findings read (the versions derived from
the source), computed once per findings run, and the keys :mod:`corpus_tools.report.retold_findings`
and :mod:`corpus_tools.report.lifted_findings` share: a sentence that lifts a clause or repeats a
phrase of fact is not counted again as a retelling."""

from __future__ import annotations

import pandas as pd

from corpus_tools.analysis import Analysis
from corpus_tools.report.segments import _once
from corpus_tools.reuse.lifted_clauses import lifted_clauses
from corpus_tools.reuse.lifted_facts import lifted_facts

__all__ = ["dropped_sources", "lifted", "lifted_sentences", "lifted_sources"]


def lifted(a: Analysis) -> pd.DataFrame:
    """The rows of :func:`lifted_clauses` and then of :func:`lifted_facts` (on the sentences the
    first leaves) for the versions derived from the source (the findings give shares and counts
    only for them), once per findings run, with ``kind`` ("clause" or "fact"); empty when none."""

    def compute() -> pd.DataFrame:
        der = a.derivation
        if a.alignment is None or a.coverage is None or a.sentences is None or der is None:
            return pd.DataFrame(columns=["doc_id", "sent_id", "source_doc_id", "source_sent_id", "kind"])
        derived = set(der.loc[der["derivation"] != "non_derived", "doc_id"].astype(str))
        aligned = a.alignment[a.alignment["doc_id"].astype(str).isin(derived)]
        frames = dict(corpus=a.corpus, alignment=aligned, coverage=a.coverage, sentences=a.sentences)
        clauses = lifted_clauses(**frames, options=a.options.reuse)
        facts = lifted_facts(**frames, options=a.options.reuse, clauses=clauses)
        parts = [clauses.assign(kind="clause"), facts.assign(kind="fact")]
        return pd.concat([p for p in parts if len(p)] or parts[:1], ignore_index=True)

    return _once(a, "lifted_clauses", compute)


def lifted_sentences(a: Analysis) -> set[tuple[str, int]]:
    """(doc_id, sent_id) of every sentence named as lifting a clause."""
    r = lifted(a)
    return set(zip(r["doc_id"].astype(str), r["sent_id"].astype(int), strict=True))


def lifted_sources(a: Analysis) -> set[tuple[str, str, int]]:
    """(doc_id, source_doc_id, source_sent_id) of every source sentence a version lifts from."""
    r = lifted(a)
    return set(
        zip(
            r["doc_id"].astype(str),
            r["source_doc_id"].astype(str),
            r["source_sent_id"].astype(int),
            strict=True,
        )
    )


def dropped_sources(a: Analysis, docs: set) -> set[tuple[str, str, int]]:
    """(doc_id, source_doc_id, source_sent_id) of the source sentences the coverage frame calls
    dropped by the documents ``docs``."""
    cov = a.coverage
    cov = cov[cov["doc_id"].astype(str).isin(docs) & (cov["status"] == "dropped")]
    doc, src, sent = cov["doc_id"].astype(str), cov["source_doc_id"].astype(str), cov["source_sent_id"]
    return set(zip(doc, src, sent.astype(int), strict=True))
