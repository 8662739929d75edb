"""Reuse at scale: tokenisation, the index against the all-pairs reference, the Dask engine."""

from __future__ import annotations

import pytest
from dask.distributed import Client

from conftest import ROOT
from corpus_tools import from_records
from corpus_tools.corpus import load_reuters21578
from corpus_tools.overlap import all_pairs_reuse, find_reuse, shared_passages
from corpus_tools.scale import PASSAGE_COLUMNS, tokenize

REUTERS_TGZ = ROOT.parent / "shared" / "data" / "reuters21578.tar.gz"

WIRE = (
    "The central bank raised its benchmark interest rate by half a percentage point on Tuesday, "
    "citing persistent inflation in food and energy prices. "
    "Analysts had expected a smaller increase after weak factory data last week. "
    "The currency rose sharply against the dollar in early trading in Asia."
)
COPY = (
    "The currency rose sharply against the dollar in early trading in Asia. "  # moved to the top
    "The Central Bank raised its benchmark interest rate by half a percentage point on Tuesday, "
    "citing persistent inflation in food and energy prices. A spokesman declined to comment."
)
OTHER = "Heavy snow closed schools across the north of the country and cut power to thousands of homes."


def _corpus():
    return from_records(
        [
            {"doc_id": "wire", "text": WIRE},
            {"doc_id": "copy", "text": COPY},
            {"doc_id": "other", "text": OTHER},
        ]
    )


def test_tokenize_normalises_case_quotes_and_spelling():
    a = tokenize(["Iran\u2019s U.S. programme", "iran's US program"])
    assert a.hash[:3].tolist() == a.hash[3:].tolist()
    assert a.start.tolist() == [0, 7, 12, 0, 7, 10]
    assert a.end.tolist() == [6, 10, 21, 6, 9, 17]  # "U.S" without its closing dot
    assert a.doc_first.tolist() == [0, 3, 6]
    assert tokenize(["caf\u00e9 \u20ac5"]).hash.tolist() != tokenize(["cafe 5"]).hash.tolist()


def test_find_reuse_on_a_built_corpus():
    r = find_reuse(_corpus())
    assert list(r.columns) == PASSAGE_COLUMNS
    assert r[["doc_a", "doc_b"]].drop_duplicates().values.tolist() == [["wire", "copy"]]
    assert sorted(r["n_tokens"].tolist()) == [12, 23]
    moved = r[r.reordered]
    assert moved["text_a"].tolist() == [
        "The currency rose sharply against the dollar in early trading in Asia"
    ]
    for row in r.itertuples():
        assert WIRE[row.start_a : row.end_a] == row.text_a
        assert COPY[row.start_b : row.end_b] == row.text_b
    assert r["text_a"].str.len().min() >= 50


def test_min_chars_filters_short_passages():
    assert len(find_reuse(_corpus(), min_chars=80)) == 1
    with pytest.raises(ValueError, match="min_chars must be >= 1"):
        find_reuse(_corpus(), min_chars=0)
    with pytest.raises(ValueError, match="engine must be"):
        find_reuse(_corpus(), engine="spark")


def test_index_equals_all_pairs_on_seeds(seeds):
    fast = find_reuse(seeds)
    assert fast.equals(all_pairs_reuse(seeds))
    assert fast[["doc_a", "doc_b"]].drop_duplicates().values.tolist() == [
        ["000", "001"],
        ["000", "002"],
        ["001", "002"],
    ]
    # the same passages as shared_passages finds on the cleaned text, give or take chrome and stripped marks
    assert set(map(tuple, shared_passages(seeds)[["doc_a", "doc_b"]].values.tolist())) == set(
        map(tuple, fast[["doc_a", "doc_b"]].values.tolist())
    )


def test_dask_engine_is_identical():
    corpus = from_records(
        [{"doc_id": f"d{i}", "text": t} for i, t in enumerate([WIRE, COPY, OTHER, WIRE + " " + OTHER])]
    )
    expected = find_reuse(corpus)
    with Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as client:
        got = find_reuse(corpus, engine="dask", client=client, n_partitions=3)
    assert got.equals(expected)
    assert len(expected) == 6  # wire-copy 2, wire-d3 1, copy-d3 2, other-d3 1


@pytest.mark.skipif(
    not REUTERS_TGZ.exists(), reason="../shared/data/reuters21578.tar.gz is not beside the repo"
)
def test_reuters_subset_recall():
    corpus = load_reuters21578(REUTERS_TGZ, limit=400)
    fast = find_reuse(corpus)
    exact = all_pairs_reuse(corpus)
    pairs = set(map(tuple, exact[["doc_a", "doc_b"]].values.tolist()))
    found = set(map(tuple, fast[["doc_a", "doc_b"]].values.tolist()))
    assert len(pairs) >= 20 and found == pairs
