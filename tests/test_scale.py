"""Reuse at scale (pandas engine): tokenisation, the index against the all-pairs reference."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from corpus_tools import from_records
from corpus_tools.io.corpus import CorpusError
from corpus_tools.io.datasets import load_reuters21578
from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse.distributed import to_parquet
from corpus_tools.reuse.passages import PASSAGE_COLUMNS, hashed_tokens
from corpus_tools.reuse.passages import find_passages as find_reuse
from corpus_tools.reuse.reference import all_pairs_reuse

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
    a = hashed_tokens(["Iran\u2019s U.S. programme", "iran's US program"])
    assert a.hash[:3].tolist() == a.hash[3:].tolist()
    assert a.start.tolist() == [0, 7, 12, 0, 7, 10]
    assert a.end.tolist() == [6, 11, 21, 6, 9, 17]  # "U.S." keeps its closing dot, as WORD_PATTERN
    assert a.doc_first.tolist() == [0, 3, 6]
    assert hashed_tokens(["caf\u00e9 \u20ac5"]).hash.tolist() != hashed_tokens(["cafe 5"]).hash.tolist()
    assert hashed_tokens(["colour honour"]).hash.tolist() == hashed_tokens(["color honor"]).hash.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "U.S.A.B a.b x'U.S. 1.2.3. ab.U.S.",
        "it''s Iran's d_e",
        "caf\u00e9 \U0001d400bc \u20ac5",
        "",
        "e.g. U.S",
    ],
)
def test_tokens_are_word_pattern_matches(text):
    t = hashed_tokens([text])
    assert list(zip(t.start.tolist(), t.end.tolist(), strict=True)) == [
        m.span() for m in WORD_RE.finditer(text)
    ]


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ.'\u2019 _\u00e91\n\U0001d400", max_size=30))
def test_tokens_match_word_pattern_on_any_text(text):
    t = hashed_tokens([text])
    assert list(zip(t.start.tolist(), t.end.tolist(), strict=True)) == [
        m.span() for m in WORD_RE.finditer(text)
    ]


def test_find_reuse_on_a_built_corpus():
    r = find_reuse(_corpus())
    assert list(r.columns) == PASSAGE_COLUMNS
    assert r[["source_doc_id", "doc_id"]].drop_duplicates().values.tolist() == [["wire", "copy"]]
    assert sorted(r["n_tokens"].tolist()) == [12, 23]
    moved = r[r.reordered]
    assert moved["source_text"].tolist() == [
        "The currency rose sharply against the dollar in early trading in Asia"
    ]
    for row in r.itertuples():
        assert WIRE[row.source_start : row.source_end] == row.source_text
        assert COPY[row.start : row.end] == row.text
    assert r["source_text"].str.len().min() >= 50


def test_min_tokens_filters_short_passages():
    assert find_reuse(_corpus())["n_tokens"].tolist() == [23, 12]
    assert find_reuse(_corpus(), min_tokens=13)["n_tokens"].tolist() == [23]
    with pytest.raises(ValueError, match="min_tokens must be >= 1"):
        find_reuse(_corpus(), min_tokens=0)


def test_index_equals_all_pairs_on_seeds(seeds):
    fast = find_reuse(seeds)
    assert fast.equals(all_pairs_reuse(seeds))
    assert fast[["source_doc_id", "doc_id"]].drop_duplicates().values.tolist() == [
        ["000", "001"],
        ["000", "002"],
        ["001", "002"],
    ]


def test_to_parquet_writes_partitions_in_corpus_order(seeds, tmp_path):
    paths = to_parquet(seeds, tmp_path / "c", partition_size=2)
    assert [p.name for p in paths] == ["part-00000.parquet", "part-00001.parquet"]
    back = pd.concat([pd.read_parquet(p) for p in paths])
    assert back["doc_id"].tolist() == list(seeds.index) and back["text"].tolist() == seeds["text"].tolist()
    (tmp_path / "c" / "notes.txt").write_text("mine")  # a file this package did not write
    with pytest.raises(CorpusError, match="did not write"):
        to_parquet(seeds, tmp_path / "c")
    with pytest.raises(ValueError, match="partition_size must be >= 1"):
        to_parquet(seeds, tmp_path / "d", partition_size=0)


@pytest.mark.skipif(
    not REUTERS_TGZ.exists(), reason="../shared/data/reuters21578.tar.gz is not beside the repo"
)
def test_reuters_subset_recall():
    corpus = load_reuters21578(REUTERS_TGZ, limit=400)
    fast = find_reuse(corpus)
    exact = all_pairs_reuse(corpus)
    pairs = set(map(tuple, exact[["source_doc_id", "doc_id"]].values.tolist()))
    found = set(map(tuple, fast[["source_doc_id", "doc_id"]].values.tolist()))
    assert len(pairs) >= 20 and found == pairs
