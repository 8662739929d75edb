"""The reuse index built by the Dask engine: the same answers as the pandas-built one, its postings
bucketed by hash so that a query opens only the buckets of its own windows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
from dask.distributed import Client
from test_distributed import _built
from test_index import _rows
from typer.testing import CliRunner

from corpus_tools import ReuseIndex, to_parquet
from corpus_tools.cli import app
from corpus_tools.io.corpus import CorpusError
from corpus_tools.reuse import index_store
from corpus_tools.reuse.passages import find_passages


@pytest.fixture(scope="module")
def client():
    with Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as c:
        yield c


def _both(tmp_path, archive, client, n_buckets=8):
    dask = ReuseIndex.build(archive, tmp_path / "dask", engine="dask", client=client, n_buckets=n_buckets)
    return dask, ReuseIndex.build(archive, tmp_path / "pandas")


def test_both_engines_give_the_same_index_answers(tmp_path, client):
    corpus = _built()
    archive, new = corpus.iloc[:9], corpus.iloc[9:]
    dask, pandas = _both(tmp_path, archive, client)
    assert len(dask) == len(pandas) == 9
    assert dask.stats()["n_postings"] == pandas.stats()["n_postings"] == 260
    files = sorted(p.name.split(".", 1)[1] for p in (tmp_path / "dask").glob("seg-*"))
    assert files[:2] == ["docs-00000.parquet", "docs-00001.parquet"] and "postings-00007.parquet" in files
    pd.testing.assert_frame_equal(dask.documents(), pandas.documents())
    found = dask.match(new)
    pd.testing.assert_frame_equal(found, pandas.match(new))
    assert len(found) == 27
    # exact against batch, as the pandas-built index
    assert _rows(find_passages(archive)) | _rows(found) == _rows(find_passages(corpus))
    for idx in (dask, pandas):  # add and remove work alike on both
        idx.add(new.iloc[:3])
        idx.remove(["d03"])
    later = corpus.iloc[12:]
    pd.testing.assert_frame_equal(ReuseIndex.open(tmp_path / "dask").match(later), pandas.match(later))
    assert dask.doc_ids().tolist() == pandas.doc_ids().tolist()


def test_a_parquet_corpus_is_read_by_the_workers(tmp_path, client):
    corpus = _built()
    to_parquet(corpus, tmp_path / "corpus", partition_size=4)
    dask = ReuseIndex.build(tmp_path / "corpus", tmp_path / "dask", engine="dask", client=client, n_buckets=4)
    pandas = ReuseIndex.build(corpus, tmp_path / "pandas")
    assert len(list((tmp_path / "dask").glob("*.docs-*.parquet"))) == 4  # one per input partition
    text = corpus.loc["d04", "text"]
    pd.testing.assert_frame_equal(dask.match(text), pandas.match(text))


def test_a_query_opens_only_the_buckets_of_its_windows(tmp_path, client, monkeypatch):
    corpus = _built()
    ReuseIndex.build(corpus, tmp_path / "idx", engine="dask", client=client, n_buckets=64)
    opened = []

    class Recorded(pq.ParquetFile):
        def __init__(self, source, *args, **kwargs):
            opened.append(source.name)
            super().__init__(source, *args, **kwargs)

    monkeypatch.setattr(index_store.pq, "ParquetFile", Recorded)
    idx = ReuseIndex.open(tmp_path / "idx")
    seg = idx._segments[0]
    query = "Ferries to the islands were cancelled until further notice, the port authority said."
    hashes, _ = index_store.window_rows([query], 0, idx.options.window_chars)
    buckets = set((np.unique(hashes) % np.uint64(64)).astype(int).tolist())
    written = set(seg.fences()[0].tolist())
    found = idx.match(query)
    assert set(found["source_doc_id"]) == {"d03", "d06", "d09", "d12"}
    postings = sorted(n for n in opened if ".postings" in n)
    expected = sorted(index_store.postings_name(seg.name, b, 64) for b in buckets & written)
    assert postings == expected
    assert (len(np.unique(hashes)), len(written), len(postings)) == (9, 56, 8)  # 56 buckets on disk, 8 opened


def test_unknown_engine_and_bad_buckets_are_refused(tmp_path, client):
    corpus = _built()
    with pytest.raises(ValueError, match="engine must be 'pandas' or 'dask', got 'spark'"):
        ReuseIndex.build(corpus, tmp_path / "a", engine="spark")
    with pytest.raises(ValueError, match=r"n_buckets must be an integer in \[1, 99999\], got 0"):
        ReuseIndex.build(corpus, tmp_path / "b", engine="dask", client=client, n_buckets=0)
    assert not (tmp_path / "b").exists()  # nothing left behind
    with pytest.raises(CorpusError, match="doc_id 'd01' appears more than once"):
        ReuseIndex.build(pd.concat([corpus, corpus.iloc[1:2]]), tmp_path / "c", engine="dask", client=client)


def test_a_doc_id_twice_across_partitions_is_refused(tmp_path, client):
    corpus = _built()
    to_parquet(corpus, tmp_path / "a", partition_size=8)
    to_parquet(corpus.iloc[2:4], tmp_path / "b")
    files = [*sorted((tmp_path / "a").glob("*.parquet")), *sorted((tmp_path / "b").glob("*.parquet"))]
    both = tmp_path / "both"
    both.mkdir()
    for i, f in enumerate(files):
        (both / f"part-{i:05d}.parquet").write_bytes(f.read_bytes())
    with pytest.raises(
        CorpusError, match=r"doc_id .d0[23]. appears twice in .*both/\*\.parquet; make doc_ids unique"
    ):
        ReuseIndex.build(str(both / "*.parquet"), tmp_path / "idx", engine="dask", client=client)
    assert not (tmp_path / "idx").exists()


def test_cli_builds_with_dask_from_a_parquet_corpus(tmp_path, client):
    corpus = _built()
    to_parquet(corpus, tmp_path / "corpus", partition_size=5)
    runner = CliRunner()
    address = client.scheduler.address
    cmd = ["index", "build", str(tmp_path / "corpus"), "-o", str(tmp_path / "dask"), "--engine", "dask"]
    res = runner.invoke(app, [*cmd, "--buckets", "8", "--scheduler", address])
    assert res.exit_code == 0, res.output
    assert res.output == f"indexed 15 documents in {tmp_path / 'dask'}\n"
    assert len(list((tmp_path / "dask").glob("*.postings-*.parquet"))) == 8
    assert len(list((tmp_path / "dask").glob("*.docs-*.parquet"))) == 3  # one per input partition
    res = runner.invoke(app, ["index", "build", str(tmp_path / "corpus"), "-o", str(tmp_path / "pandas")])
    assert res.exit_code == 0, res.output
    query = tmp_path / "q.txt"
    query.write_text(corpus.loc["d04", "text"], encoding="utf-8")
    shown = [runner.invoke(app, ["match", str(tmp_path / i), str(query)]).output for i in ("dask", "pandas")]
    assert shown[0].splitlines()[3:] == shown[1].splitlines()[3:] and len(shown[0].splitlines()) > 5
    res = runner.invoke(app, [*cmd[:4], str(tmp_path / "x"), "--engine", "spark"])
    assert res.exit_code == 2 and "--engine must be pandas or dask, got 'spark'" in res.output
