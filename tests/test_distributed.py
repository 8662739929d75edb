"""The Dask engine: the same frames as the pandas engine, from memory, Parquet and text folders."""

from __future__ import annotations

import subprocess
import sys

import dask.dataframe as dd
import pandas as pd
import pytest
from dask.distributed import Client
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from corpus_tools import from_records
from corpus_tools.cli import app
from corpus_tools.io.corpus import CorpusError, load_corpus
from corpus_tools.reuse.distributed import document_files, find_reuse, read_documents, to_parquet
from corpus_tools.reuse.passages import PASSAGE_COLUMNS
from test_scale import COPY, OTHER, WIRE  # the same small stories for both engines

STORM = (
    "Storm warnings were issued for the whole coast on Friday as winds reached 120 km an hour. "
    "Ferries to the islands were cancelled until further notice, the port authority said."
)


def _built(n_copies: int = 3) -> pd.DataFrame:
    """Stories, their copies and combinations, spread so that pairs cross partitions."""
    texts = [WIRE, OTHER, COPY, STORM, WIRE + " " + OTHER, "Nothing shared here at all, only a short note."]
    for k in range(n_copies):
        texts += [f"Update {k}: " + STORM.replace("Friday", "Saturday"), COPY + f" Edition {k}.", OTHER]
    return from_records([{"doc_id": f"d{i:02d}", "text": t} for i, t in enumerate(texts)])


@pytest.fixture(scope="module")
def client():
    with Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as c:
        yield c


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({c: object for c in ("doc_id", "source_doc_id", "text", "source_text")})
    return frame.sort_values(["source_doc_id", "doc_id", "source_start", "start"], ignore_index=True)


@pytest.mark.parametrize("n_partitions", [1, 5])
def test_dask_engine_equals_pandas_engine(client, n_partitions):
    corpus = _built()
    expected = find_reuse(corpus)
    got = find_reuse(corpus, engine="dask", client=client, n_partitions=n_partitions)
    assert list(got.columns) == PASSAGE_COLUMNS
    assert got.equals(expected)
    assert (len(expected), expected.reordered.sum()) == (42, 8)  # passages of >= 8 words
    assert expected[["source_doc_id", "doc_id"]].drop_duplicates().shape[0] == 31


def test_dask_engine_reads_parquet_and_writes_parquet(client, tmp_path):
    corpus = _built()
    expected = find_reuse(corpus)
    to_parquet(corpus, tmp_path / "in", partition_size=4)
    assert find_reuse(tmp_path / "in", engine="dask", client=client).equals(expected)
    assert find_reuse(str(tmp_path / "in" / "part-*.parquet"), engine="dask", client=client).equals(expected)
    assert find_reuse(tmp_path / "in", engine="dask", client=client, output=tmp_path / "out") is None
    assert _sorted(pd.read_parquet(tmp_path / "out")).equals(_sorted(expected))
    assert find_reuse(tmp_path / "in", output=tmp_path / "out_pandas") is None
    assert _sorted(pd.read_parquet(tmp_path / "out_pandas")).equals(_sorted(expected))


def test_dask_engine_reads_text_folders_and_dask_frames(client, tmp_path):
    corpus = _built(1)
    for doc_id, text in corpus["text"].items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    expected = find_reuse(corpus)
    assert document_files(tmp_path)[0] == "text"
    assert read_documents(tmp_path)["text"].equals(corpus["text"])
    assert find_reuse(tmp_path, engine="dask", client=client, n_partitions=2).equals(expected)
    frame = dd.from_pandas(corpus[["text"]].reset_index(), npartitions=3)
    assert find_reuse(frame, engine="dask", client=client).equals(expected)
    assert find_reuse(frame).equals(expected)


def test_bad_input_is_named(client, tmp_path):
    with pytest.raises(ValueError, match="engine must be"):
        find_reuse(_built(), engine="spark")
    with pytest.raises(ValueError, match="max_df must be >= 1"):
        find_reuse(_built(), max_df=0)
    with pytest.raises(CorpusError, match="no \\*.parquet or \\*.txt"):
        find_reuse(tmp_path, engine="dask", client=client)
    with pytest.raises(CorpusError, match="no 'text' column"):
        find_reuse(
            dd.from_pandas(pd.DataFrame({"doc_id": ["a"]}), npartitions=1), engine="dask", client=client
        )


def test_import_without_dask():
    code = (
        "import sys; sys.modules['dask'] = None\n"
        "import corpus_tools, corpus_tools.reuse.distributed as d\n"
        "c = corpus_tools.from_records([{'doc_id': 'a', 'text': 'x'}])\n"
        "assert len(d.find_reuse(c)) == 0\n"
        "try:\n    d.find_reuse(c, engine='dask')\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "pip install 'corpus_tools[dask]'" in out.stdout


def test_to_parquet_command_writes_the_dask_input(tmp_path):
    result = CliRunner().invoke(
        app, ["to-parquet", str(SEEDS), "-o", str(tmp_path / "pq"), "--partition-size", "2"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == [
        ".corpus_tools.json",
        "corpus.json",
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert read_documents(tmp_path / "pq")["text"].equals(load_corpus(SEEDS)["text"])
    (tmp_path / "pq" / "mine.txt").write_text("a user's file")
    again = CliRunner().invoke(app, ["to-parquet", str(SEEDS), "-o", str(tmp_path / "pq")])
    assert again.exit_code == 2 and "did not write (mine.txt)" in again.output
