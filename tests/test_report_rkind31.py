"""Issue 22, round 31 (branch rkind31): the findings' change sentence counts words a version "adds"
that its source writes elsewhere as words from elsewhere in the source, not words added
(report/moved_words.py; benchmarks/claims.md, "Thirtieth round", pu11: "words added (5)" in the
paragraph saying the paper "adds no word of its own"). Invented texts of the shape; the end-to-end
case fails on ``93492da``."""

from __future__ import annotations

import types

import pandas as pd

from corpus_tools import from_records
from corpus_tools.report.findings import _changes
from corpus_tools.report.moved_words import moved_insertions
from corpus_tools.variants.lexical import extract_variants


def _sentence(wire: str, paper: str) -> str:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    seg = _changes("p", types.SimpleNamespace(variants=v, corpus=corpus))
    return "".join(s if isinstance(s, str) else s[0] for s in seg)


def test_words_the_source_writes_elsewhere_are_not_words_added():
    wire = (
        "Singer cleared\n\nPop singer Dale Mercer was today cleared of attacking two fans outside a "
        "concert hall.\n\nThe jury at Leeds Crown Court heard the fans had been hurt following a "
        "row over tickets.\n\nThe 34-year-old, who comes from Harrogate, denied the charges."
    )
    paper = (
        "Dale Mercer, 34, a pop singer from Harrogate, was cleared of attacking two fans outside a "
        "concert hall."
    )
    told = _sentence(wire, paper)
    assert "words from elsewhere in the source" in told, told
    assert "words added" not in told, told


def test_a_new_word_or_a_negation_stays_added():
    rows = pd.DataFrame(
        {
            "category": ["insertion", "insertion", "insertion", "insertion", "deletion"],
            "source_form": ["", "", "", "", "a row"],
            "form": ["in Harrogate", "not", "jeering", "after a", ""],
        }
    )
    src = "He lives in Harrogate. He did not strike anyone after a row."
    got = moved_insertions(rows, [src])["category"].tolist()
    assert got == ["moved_words", "insertion", "insertion", "insertion", "deletion"]
    assert moved_insertions(rows, [])["category"].tolist() == rows["category"].tolist()
