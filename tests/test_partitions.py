"""A stored Parquet corpus is written whole or not at all, and read only when whole (issues #21, #28)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT
from corpus_tools import from_records
from corpus_tools.io.corpus import CorpusError
from corpus_tools.io.partitions import read_stored, write_partitions
from corpus_tools.reuse.distributed import find_reuse, read_documents, to_parquet


def _corpus(n: int = 12, words: int = 30) -> pd.DataFrame:
    return from_records(
        [{"doc_id": f"d{i:03d}", "text": " ".join(f"w{i}x{k}" for k in range(words))} for i in range(n)]
    )


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def test_the_manifest_counts_and_checks(tmp_path):
    paths = to_parquet(_corpus(), tmp_path / "pq", partition_size=5)
    assert [p.name for p in paths] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert read_documents(tmp_path / "pq").index.tolist() == _corpus().index.tolist()
    (tmp_path / "pq" / "part-00001.parquet").unlink()
    with pytest.raises(CorpusError, match=r"incomplete stored corpus: 2 of 3 partitions \(part-00001"):
        read_documents(tmp_path / "pq")
    with pytest.raises(CorpusError, match="incomplete stored corpus"):
        find_reuse(tmp_path / "pq")
    to_parquet(_corpus(), tmp_path / "pq", partition_size=5)  # our own folder: replaced whole
    part = tmp_path / "pq" / "part-00002.parquet"
    shutil.copy(tmp_path / "pq" / "part-00000.parquet", part)
    with pytest.raises(CorpusError, match="part-00002.parquet: changed since it was written"):
        read_stored(tmp_path / "pq")


def test_a_parquet_folder_of_another_tool_is_read_as_it_is(tmp_path):
    (tmp_path / "pq").mkdir()
    _corpus().reset_index().to_parquet(tmp_path / "pq" / "all.parquet")
    assert len(read_documents(tmp_path / "pq")) == 12


_CHILD = """
import os, signal, sys
import pandas as pd
from corpus_tools import from_records
from corpus_tools.io import output
from corpus_tools.io.partitions import write_partitions
point, sig = sys.argv[2], getattr(signal, sys.argv[3])
calls = []
if point == "partitions":  # two partitions written, the third half-way
    real = pd.DataFrame.to_parquet
    def stop(self, path, **kw):
        calls.append(1)
        if len(calls) == 3:
            open(path, "wb").write(b"PAR1 half")
            os.kill(os.getpid(), sig)
        return real(self, path, **kw)
    pd.DataFrame.to_parquet = stop
else:  # everything written, at the swap
    output._exchange = lambda a, b: os.kill(os.getpid(), sig)
    output.os.rename = lambda a, b: os.kill(os.getpid(), sig)
corpus = from_records([{"doc_id": f"n{i}", "text": f"new text number {i}"} for i in range(12)])
write_partitions(corpus, sys.argv[1], partition_size=3)
"""


def _ctrl_c_as_at_a_terminal() -> None:
    """A job started in the background of a shell inherits SIGINT ignored, and Python then never
    raises KeyboardInterrupt: give the child the disposition it has at a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("previous", [False, True])
@pytest.mark.parametrize("point", ["partitions", "swap"])
@pytest.mark.parametrize("sig", ["SIGINT", "SIGKILL"])
def test_an_interrupted_write_leaves_no_folder_or_the_previous_one(tmp_path, previous, point, sig):
    target = tmp_path / "pq"
    if previous:
        to_parquet(_corpus(), target, partition_size=5)
    before = _tree(target)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(target), point, sig],
        env=env,
        capture_output=True,
        cwd=tmp_path,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    assert run.returncode == -getattr(signal, sig), run.stderr[-400:]
    assert _tree(target) == before
    if previous:
        assert read_documents(target).index.tolist() == _corpus().index.tolist()
    else:
        assert not target.exists()
    stale = list(tmp_path.glob(".pq.tmp-*"))
    assert bool(stale) == (sig == "SIGKILL")  # Ctrl-C removes its staging; a kill cannot
    with pytest.warns(UserWarning, match="removed 1 staging folder") if stale else contextlib.nullcontext():
        to_parquet(_corpus(3), target, partition_size=2)  # the rerun cleans what the killed run left
    assert read_documents(target).index.tolist() == ["d000", "d001", "d002"]
    assert not list(tmp_path.glob(".pq.tmp-*"))


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (needs root; skipped elsewhere)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_leaves_the_previous_folder(tiny_disk):
    to_parquet(_corpus(), tiny_disk / "pq", partition_size=5)
    before = _tree(tiny_disk / "pq")
    big = _corpus(n=400, words=400)  # ~2 MB of text that does not compress away
    big["text"] = [os.urandom(2000).hex() for _ in range(len(big))]
    with pytest.raises(CorpusError, match="No space left on device") as err:
        write_partitions(big, tiny_disk / "pq", partition_size=50)
    assert "\n" not in str(err.value)
    assert _tree(tiny_disk / "pq") == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["pq"]  # no staging folder left
