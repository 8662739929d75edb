"""The stored reuse index: exact against batch, add/remove, options, and writes that survive faults."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from test_distributed import STORM, _built
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from corpus_tools import IndexOptions, ReuseIndex, from_records, rank_matches
from corpus_tools.cli import app
from corpus_tools.io.corpus import CorpusError, load_corpus
from corpus_tools.reuse import index_store
from corpus_tools.reuse.passages import find_passages

KEY = ["source_doc_id", "doc_id", "source_start", "source_end", "start", "end", "n_tokens", "reordered"]


def _rows(frame: pd.DataFrame) -> set[tuple]:
    return set(map(tuple, frame[KEY].astype(str).to_numpy().tolist()))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("n_archive", [1, 4, 9, 14])
def test_match_plus_archive_pairs_equals_batch(tmp_path, n_archive):
    corpus = _built()
    archive, new = corpus.iloc[:n_archive], corpus.iloc[n_archive:]
    idx = ReuseIndex.build(archive, tmp_path / "idx")
    found = idx.match(new)
    assert list(found.columns[:10]) == list(find_passages(corpus).columns)
    assert _rows(find_passages(archive)) | _rows(found) == _rows(find_passages(corpus))
    assert len(find_passages(corpus)) == 42
    assert set(found["doc_id"]) <= set(new.index)  # every pair has a new text


def test_match_on_seeds_ranks_and_keeps_metadata(tmp_path, seeds):
    idx = ReuseIndex.build(seeds.loc[["000", "001"]], tmp_path / "idx")
    found = idx.match(seeds.loc["002", "text"])
    assert set(found["doc_id"]) == {"text"}
    assert found.loc[found["source_doc_id"] == "001", "source_outlet"].unique().tolist() == ["Reuters"]
    ranked = rank_matches(found)
    assert ranked[["rank", "source_doc_id"]].values.tolist() == [[1, "001"], [2, "000"]]
    assert ranked["n_tokens"].tolist() == [435, 262]
    first = ranked.iloc[0]
    assert found.iloc[0]["source_doc_id"] == first["source_doc_id"]  # the passages come ranked too
    text = seeds.loc["002", "text"]
    for row in found.itertuples():
        assert text[row.start : row.end] == row.text
        assert seeds.loc[row.source_doc_id, "text"][row.source_start : row.source_end] == row.source_text
    from_folder = ReuseIndex.build(SEEDS, tmp_path / "idx2")  # a corpus folder is read as load_corpus does
    assert from_folder.doc_ids().tolist() == ["000", "001", "002"]
    compared = idx.compare(text, top=1)
    assert compared.index.tolist() == ["001", "text"] and compared["role"].tolist() == ["archived", "new"]


def test_add_and_remove(tmp_path):
    corpus = _built()
    idx = ReuseIndex.build(corpus.iloc[:6], tmp_path / "idx")
    before = {n: b for n, b in _files(tmp_path / "idx").items() if n.endswith("postings.parquet")}
    idx.add(corpus.iloc[6:12])
    after = _files(tmp_path / "idx")
    assert all(after[n] == b for n, b in before.items())  # the archive's postings are not rewritten
    assert len(idx) == 12 and idx.stats()["n_segments"] == 2
    query = corpus.iloc[12:]
    batch = find_passages(corpus)
    expected = {r for r in _rows(batch) if r[1] in set(query.index)}
    assert _rows(idx.match(query)) == expected
    with pytest.raises(CorpusError, match="'d07' is already in the index"):
        idx.add(corpus.iloc[7:8])
    idx.remove(["d03"])
    assert len(ReuseIndex.open(tmp_path / "idx")) == 11
    got = idx.match(query)
    assert "d03" not in set(got["source_doc_id"]) and len(got) == len(
        expected - {r for r in expected if r[0] == "d03"}
    )
    with pytest.raises(CorpusError, match="'nope' is not in the index"):
        idx.remove(["nope"])
    idx.verify()  # every file's checksum is in OutputDir's manifest, so a rebuild may replace the folder
    assert len(ReuseIndex.build(corpus, tmp_path / "idx")) == len(corpus)


def test_options_are_stored_and_checked(tmp_path):
    corpus = _built()
    idx = ReuseIndex.build(corpus.iloc[:6], tmp_path / "idx", options=IndexOptions(min_tokens=10))
    assert ReuseIndex.open(tmp_path / "idx").options == IndexOptions(min_tokens=10)
    new = corpus.iloc[6:]
    assert (idx.match(new)["n_tokens"] >= 10).all()
    longer = idx.match(new, options=IndexOptions(min_tokens=20))  # a query-time setting: applied
    full = find_passages(corpus, min_tokens=20)
    assert _rows(longer) == {r for r in _rows(full) if r[1] in set(new.index)}
    with pytest.raises(ValueError, match="built with window_chars=25, the match asks for 30"):
        idx.match(new, options=IndexOptions(window_chars=30))
    with pytest.raises(ValueError, match="min_tokens"):
        IndexOptions(min_tokens=0)


def test_an_incomplete_index_is_refused_in_one_line(tmp_path):
    idx = ReuseIndex.build(_built(), tmp_path / "idx")
    docs = next((tmp_path / "idx").glob("*.docs.parquet"))
    docs.write_bytes(docs.read_bytes()[:-10])
    with pytest.raises(
        CorpusError, match=r"incomplete index \(seg-\w+\.docs\.parquet is missing or truncated\)"
    ):
        ReuseIndex.open(tmp_path / "idx")
    (tmp_path / "idx" / "index.json").unlink()
    with pytest.raises(CorpusError, match="incomplete index"):
        ReuseIndex.open(tmp_path / "idx")
    with pytest.raises(CorpusError, match="not a reuse index"):
        ReuseIndex.open(tmp_path)
    assert idx is not None


def test_a_second_writer_is_refused_and_readers_share(tmp_path):
    corpus = _built()
    idx = ReuseIndex.build(corpus.iloc[:6], tmp_path / "idx")
    with index_store.Writer(tmp_path / "idx"):
        with pytest.raises(CorpusError, match=f"another corpus-tools run \\(process {os.getpid()}\\)"):
            ReuseIndex.open(tmp_path / "idx").add(corpus.iloc[6:8])
        with pytest.raises(CorpusError, match="is writing this"):
            ReuseIndex.build(corpus, tmp_path / "idx")
        assert len(ReuseIndex.open(tmp_path / "idx").match(corpus.iloc[6:])) > 0  # a reader is not blocked
    idx.add(corpus.iloc[6:8])
    assert len(idx) == 8


# a child process that adds documents and is interrupted at one point of the write
_CHILD = """
import os, signal, sys
import corpus_tools as ct
from corpus_tools.reuse import index_store
from test_distributed import _built
point, sig = sys.argv[2], getattr(signal, sys.argv[3])
calls = []
def stop(*args, real=None):
    calls.append(1)
    if point == "postings" and len(calls) == 2:  # the docs file is written, the postings half-way
        open(args[1], "wb").write(b"PAR1 half a file")
        os.kill(os.getpid(), sig)
    if point == "commit":
        os.kill(os.getpid(), sig)
    return real(*args)
if point == "postings":
    real_write = index_store._write_parquet
    index_store._write_parquet = lambda *a: stop(*a, real=real_write)
else:
    real_commit = index_store.commit_index
    index_store.commit_index = lambda *a: stop(*a, real=real_commit)
ct.ReuseIndex.open(sys.argv[1]).add(_built().iloc[6:12])
"""


def _ctrl_c_as_at_a_terminal() -> None:
    """A job started in the background of a shell inherits SIGINT ignored, and Python then never
    raises KeyboardInterrupt: give the child the disposition it has at a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("point", ["postings", "commit"])
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGINT"])
def test_an_interrupted_add_leaves_the_index_as_it_was(tmp_path, point, sig):
    corpus = _built()
    idx = ReuseIndex.build(corpus.iloc[:6], tmp_path / "idx")
    before, matched = _files(tmp_path / "idx"), _rows(idx.match(corpus.iloc[12:]))
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'tests'}{os.pathsep}{ROOT}"}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "idx"), point, sig],
        env=env,
        capture_output=True,
        cwd=tmp_path,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    assert run.returncode == -getattr(signal, sig), run.stderr[-500:]  # Python ends on SIGINT too
    again = ReuseIndex.open(tmp_path / "idx")
    assert len(again) == 6 and _rows(again.match(corpus.iloc[12:])) == matched
    left = set(_files(tmp_path / "idx")) - set(before)
    assert bool(left) == (sig == "SIGKILL")  # Ctrl-C cleans up at once; a kill cannot
    with pytest.warns(UserWarning, match="left by an interrupted write") if left else _no_warning():
        again.add(corpus.iloc[6:12])  # the rerun cleans what the killed run left
    assert len(ReuseIndex.open(tmp_path / "idx")) == 12
    assert not [n for n in left if (tmp_path / "idx" / n).exists()]


class _no_warning:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_full_disk_leaves_the_index_as_it_was(tmp_path, monkeypatch):
    corpus = _built()
    idx = ReuseIndex.build(corpus.iloc[:6], tmp_path / "idx")
    before = _files(tmp_path / "idx")

    def full(table, path, row_group_size):
        Path(path).write_bytes(b"PAR1")
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(index_store, "_write_parquet", full)
    with pytest.raises(
        CorpusError, match="could not be written \\(No space left on device\\); it is left as it"
    ):
        idx.add(corpus.iloc[6:12])
    assert _files(tmp_path / "idx") == before
    with pytest.raises(CorpusError, match="No space left on device"):
        ReuseIndex.build(corpus, tmp_path / "idx")  # a rebuild that fails keeps the previous index
    assert _files(tmp_path / "idx") == before
    assert not list(tmp_path.glob(".idx.tmp-*"))


def test_cli_build_add_stats_match(tmp_path):
    runner = CliRunner()
    new = tmp_path / "new"
    new.mkdir()
    (new / "storm.txt").write_text("Breaking: " + STORM, encoding="utf-8")
    res = runner.invoke(app, ["index", "build", str(SEEDS), "-o", str(tmp_path / "idx")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["index", "add", str(tmp_path / "idx"), str(new)])
    assert res.exit_code == 0 and "added 1 documents: 4 in" in res.output
    res = runner.invoke(app, ["index", "stats", str(tmp_path / "idx")])
    assert "n_documents: 4" in res.output and "n_segments: 2" in res.output
    query = tmp_path / "query.txt"
    query.write_text(load_corpus(SEEDS).loc["002", "text"], encoding="utf-8")
    res = runner.invoke(app, ["match", str(tmp_path / "idx"), str(query), "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert [ln.split()[:3] for ln in lines if ln.strip().startswith(("1 ", "2 ", "3 "))] == [
        ["1", "query", "002"],
        ["2", "query", "001"],
        ["3", "query", "000"],
    ]
    ranked = pd.read_csv(tmp_path / "out" / "ranked.csv")
    assert ranked["source_doc_id"].astype(str).str.zfill(3).tolist() == ["002", "001", "000"]
    assert "query against idx" in (tmp_path / "out" / "query" / "report.html").read_text(encoding="utf-8")
    assert "href='query/report.html'" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    missing = runner.invoke(app, ["match", str(tmp_path / "idx"), str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt: not found" in missing.output
    bad = runner.invoke(app, ["match", str(tmp_path / "new"), str(query)])
    assert bad.exit_code == 2 and bad.output.count("\n") == 1 and "not a reuse index" in bad.output


def test_cli_refuses_a_file_and_a_link_as_output(tmp_path):
    runner = CliRunner()
    (tmp_path / "afile").write_text("x")
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    for cmd in (["to-parquet", str(SEEDS)], ["index", "build", str(SEEDS)]):
        res = runner.invoke(app, [*cmd, "-o", str(tmp_path / "afile")])
        assert (
            res.exit_code == 2
            and "exists and is not a folder" in res.output
            and "Traceback" not in res.output
        )
        res = runner.invoke(app, [*cmd, "-o", str(tmp_path / "link")])
        assert res.exit_code == 2 and "is a symbolic link" in res.output
    assert list((tmp_path / "real").iterdir()) == []


def test_match_of_texts_only_new(tmp_path):
    idx = ReuseIndex.build(
        from_records([{"doc_id": "x", "text": "Nothing to share with anyone here."}]), tmp_path / "i"
    )
    found = idx.match(_built().iloc[[3, 6]])
    assert set(zip(found["source_doc_id"], found["doc_id"], strict=True)) == {("d03", "d06")}
    assert found["source_outlet"].isna().all()  # the source is a new text: no archived metadata


def test_stored_options_read_back_old_names_and_refuse_unknown_ones(tmp_path, seeds):
    ReuseIndex.build(seeds.loc[["000", "001"]], tmp_path / "idx", options=IndexOptions(window_chars=30))
    manifest_path = tmp_path / "idx" / "index.json"
    manifest = json.loads(manifest_path.read_text())
    # an index written when the hash windows were called seeds
    manifest["options"]["seed_chars"] = manifest["options"].pop("window_chars")
    manifest_path.write_text(json.dumps(manifest))
    assert ReuseIndex.open(tmp_path / "idx").options.window_chars == 30
    manifest["options"]["shingle_size"] = 4
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(CorpusError, match=r"does not know \(shingle_size\)"):
        ReuseIndex.open(tmp_path / "idx")
