"""Limits the analysis chain states: the origin's memory grows with the overlapping pairs, not N²
(an inverted index of n-grams, no loop over every pair); a paragraph longer than the spaCy
pipeline's limit is refused up front with the document's name and size."""

from __future__ import annotations

import tracemalloc

import pytest

from corpus_tools import CorpusError, find_origin, from_records, sentences


def _tiny_corpus(n: int):
    words = [f"w{i}" for i in range(5000)]
    return from_records(
        [
            {"doc_id": f"d{i}", "text": " ".join(words[(i * 7 + k) % 5000] for k in range(12)) + "."}
            for i in range(n)
        ]
    )


def _peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_find_origin_memory_grows_less_than_quadratically():
    small, large = _tiny_corpus(150), _tiny_corpus(300)
    ratio = _peak_bytes(lambda: find_origin(large)) / _peak_bytes(lambda: find_origin(small))
    assert ratio < 2.5


def test_paragraph_longer_than_the_pipeline_limit_is_named():
    corpus = from_records([{"doc_id": "huge", "text": "word " * 210_000}])
    with pytest.raises(CorpusError, match="huge"):
        sentences(corpus)
