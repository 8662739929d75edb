"""Safe outputs: OutputDir refusals, atomic swap, lock, manifest, CSV quoting; the CLI's one-line errors."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import SEEDS, as_nobody
from corpus_tools import cli_common
from corpus_tools.cli import app
from corpus_tools.io.corpus import CorpusError
from corpus_tools.io.output import MANIFEST, OutputDir, check_outdir, csv_safe, foreign_entries
from corpus_tools.report import page as report

runner = CliRunner()


def _write(outdir: Path, files: dict[str, str], **kwargs) -> None:
    with OutputDir(outdir, **kwargs) as out:
        for name, text in files.items():
            out.write_text(name, text)


def write_tables(tables: dict[str, pd.DataFrame], outdir: Path, **kwargs) -> list[Path]:
    with OutputDir(outdir, **kwargs) as out:
        return [out.write_table(name, frame) for name, frame in tables.items()]


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip() and not ln.startswith(("analyses", "\r"))]
    errors = [ln for ln in lines if ln.startswith("corpus-tools: error:")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    return errors[0]


@pytest.fixture
def no_analysis(monkeypatch):
    """The analysis must not start: OUTDIR is checked first."""

    def boom(*args, **kwargs):
        raise AssertionError("the analysis ran before OUTDIR was checked")

    monkeypatch.setattr(cli_common, "analyze", boom)


def test_new_folder_gets_files_and_manifest(tmp_path):
    out = tmp_path / "new" / "out"
    _write(out, {"a.txt": "one", "b.txt": "two"})
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "a.txt", "b.txt"]
    manifest = json.loads((out / MANIFEST).read_text())
    assert sorted(manifest["files"]) == ["a.txt", "b.txt"] and manifest["files"]["a.txt"]["size"] == 3
    assert foreign_entries(out) == []
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["out"]  # no staging folder, no lock left


def test_second_run_replaces_the_first_as_a_whole(tmp_path):
    out = tmp_path / "out"
    _write(out, {"a.txt": "first", "old_only.txt": "first"})
    _write(out, {"a.txt": "second"})
    assert (out / "a.txt").read_text() == "second"
    assert not (out / "old_only.txt").exists()  # no file of an earlier run beside the new one


def test_foreign_file_refused_then_overwrite_replaces(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sources.csv").write_text("a user's own file")
    with pytest.raises(CorpusError, match=r"holds 1 file\(s\) this tool did not write \(sources.csv\)"):
        _write(out, {"sources.csv": "ours"})
    assert (out / "sources.csv").read_text() == "a user's own file"
    _write(out, {"sources.csv": "ours"}, overwrite=True)
    assert (out / "sources.csv").read_text() == "ours"


def test_our_file_edited_by_the_user_is_foreign(tmp_path):
    out = tmp_path / "out"
    _write(out, {"report.html": "<p>ours</p>"})
    (out / "report.html").write_text("<p>my notes</p>")
    assert foreign_entries(out) == ["report.html"]
    with pytest.raises(CorpusError, match="did not write"):
        _write(out, {"report.html": "again"})


def test_symlink_in_outdir_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out"
    _write(out, {"variants.csv": "x"})
    (out / "variants.csv").unlink()
    (out / "variants.csv").symlink_to(victim)
    with pytest.raises(CorpusError, match="variants.csv"):
        _write(out, {"variants.csv": "overwritten?"})
    _write(out, {"variants.csv": "new"}, overwrite=True)
    assert victim.read_text() == "precious"
    assert not (out / "variants.csv").is_symlink() and (out / "variants.csv").read_text() == "new"


def test_outdir_itself_a_symlink_refused(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    with pytest.raises(CorpusError, match="symbolic link"):
        check_outdir(tmp_path / "link")


@pytest.mark.parametrize("where", ["corpus", "corpus/report", "."])
def test_corpus_folder_inside_or_parent_refused(tmp_path, where):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with pytest.raises(CorpusError, match="corpus folder"):
        check_outdir(tmp_path / where, corpus_dir=corpus)


@pytest.mark.parametrize("name", ["", "."])
def test_empty_name_and_current_folder_refused(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CorpusError, match="empty|current folder"):
        check_outdir(name)


def test_concurrent_run_fails_fast(tmp_path):
    out = tmp_path / "out"
    with OutputDir(out) as first:
        first.write_text("a.txt", "first")
        with pytest.raises(CorpusError, match=rf"another corpus-tools run \(process {os.getpid()}\)"):
            OutputDir(out).__enter__()
    assert (out / "a.txt").read_text() == "first"
    _write(out, {"a.txt": "later"})  # the lock is released at the end of the first run
    assert (out / "a.txt").read_text() == "later"


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, OSError, ValueError])
def test_interrupted_run_leaves_the_old_output(tmp_path, interrupt):
    out = tmp_path / "out"
    _write(out, {"report.html": "old report", "scores.csv": "old"})
    with pytest.raises(interrupt), OutputDir(out) as o:
        o.write_text("scores.csv", "new")
        raise interrupt("Ctrl-C while the figures render")
    assert (out / "report.html").read_text() == "old report" and (out / "scores.csv").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_foreign_file_added_during_the_run_is_not_deleted(tmp_path):
    out = tmp_path / "out"
    _write(out, {"a.txt": "old"})
    with pytest.raises(CorpusError, match="did not write"), OutputDir(out) as o:
        o.write_text("a.txt", "new")
        (out / "notes.txt").write_text("written while the analysis ran")
    assert (out / "notes.txt").exists() and (out / "a.txt").read_text() == "old"


def test_csv_with_carriage_returns_reads_back(tmp_path):
    frame = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "text": ["one\r\ntwo", "lone\rreturn", "line\nbreak", "plain"],
            "n": [1, 2, 3, 4],
        }
    )
    [path] = write_tables({"variants": frame}, tmp_path / "out")
    back = pd.read_csv(path, keep_default_na=False)
    assert len(back) == 4
    assert back["text"].tolist() == frame["text"].tolist() and back["n"].tolist() == [1, 2, 3, 4]


def test_safe_csv_prefixes_formula_cells(tmp_path):
    frame = pd.DataFrame({"text": ["=SUM(A1)", "+1", "-2", "@cmd", "plain", "a=b"], "n": [-1, 2, 3, 4, 5, 6]})
    assert csv_safe(frame)["text"].tolist() == ["'=SUM(A1)", "'+1", "'-2", "'@cmd", "plain", "a=b"]
    [path] = write_tables({"t": frame}, tmp_path / "out", safe_csv=True)
    back = pd.read_csv(path)
    assert back["text"].iloc[0] == "'=SUM(A1)" and back["n"].tolist() == [-1, 2, 3, 4, 5, 6]
    [plain] = write_tables({"t": frame}, tmp_path / "out2")
    assert pd.read_csv(plain)["text"].iloc[0] == "=SUM(A1)"


def test_file_names_stay_inside_the_folder(tmp_path):
    with OutputDir(tmp_path / "out") as o:
        for bad in ("../x", "a/b", MANIFEST, ""):
            with pytest.raises(ValueError, match="refused"):
                o.path(bad)


# ----------------------------------------------------------------------------- the CLI


def test_cli_report_twice_then_foreign_file_refused_before_analysis(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = runner.invoke(app, ["report", str(SEEDS), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert foreign_entries(out) == [] and (out / "report.html").exists() and (out / "variants.csv").exists()
    (out / "sources.csv").write_text("a user's file")
    (out / "scores.csv").unlink()

    def boom(*args, **kwargs):
        raise AssertionError("analysis ran")

    monkeypatch.setattr(cli_common, "analyze", boom)
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(out)]))
    assert "did not write" in line and "--overwrite" in line
    assert (out / "sources.csv").read_text() == "a user's file"


def test_cli_outdir_is_the_corpus(tmp_path, no_analysis):
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(SEEDS)]))
    assert "corpus folder" in line
    line = _one_line_error(runner.invoke(app, ["overlap", str(SEEDS), "-o", str(SEEDS / "report")]))
    assert "corpus folder" in line and not (SEEDS / "report").exists()


def test_cli_outdir_is_a_file(tmp_path, no_analysis):
    (tmp_path / "out").write_text("x")
    assert "is not a folder" in _one_line_error(
        runner.invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "out")])
    )
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "out" / "sub")]))
    assert "cannot write the output folder here" in line and "out" in line


def test_cli_empty_output_refused(tmp_path, monkeypatch, no_analysis):
    monkeypatch.chdir(tmp_path)
    assert "current folder" in _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", ""]))
    assert list(tmp_path.iterdir()) == []


def test_cli_concurrent_run_refused(tmp_path, no_analysis):
    with OutputDir(tmp_path / "out"):
        line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "out")]))
    assert "another corpus-tools run" in line


def test_cli_unwritable_location_one_line(tmp_path, no_analysis):
    # root may write anywhere on a normal file system; /sys refuses even root (EPERM)
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", "/sys/corpus_tools_out"]))
    assert "cannot write the output folder here" in line


@pytest.mark.skipif(
    os.geteuid() != 0, reason="needs root to drop privileges to 'nobody' (a real read-only folder)"
)
def test_cli_read_only_outdir_one_line_exit_2(monkeypatch):
    base = Path(tempfile.mkdtemp(prefix="ct-ro-", dir="/tmp"))
    try:
        base.chmod(0o777)
        out = base / "out"
        out.mkdir(mode=0o555)
        out.chmod(0o555)
        log = base / "log.txt"
        log.write_text("")
        log.chmod(0o666)
        monkeypatch.setattr(
            cli_common, "analyze", lambda *a, **k: (_ for _ in ()).throw(AssertionError("ran"))
        )

        def child() -> int:
            result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out)])
            log.write_text(result.output)
            return result.exit_code

        assert as_nobody(child) == 2
        output = log.read_text()
        assert (
            output.count("corpus-tools: error:") == 1 and "read-only" in output and "Traceback" not in output
        )
        assert list(out.iterdir()) == []
    finally:
        for p in sorted(base.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        base.rmdir()


def test_cli_full_disk_and_interrupt_leave_the_old_report(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert runner.invoke(app, ["report", str(SEEDS), "-o", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_write = OutputDir.write_text

    def full_disk(self, name, text):
        if name == "report.html":
            raise OSError(28, "No space left on device")
        return real_write(self, name, text)

    monkeypatch.setattr(OutputDir, "write_text", full_disk)
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(out)]))
    assert "No space left on device" in line
    monkeypatch.setattr(OutputDir, "write_text", real_write)
    # Ctrl-C while the page is drawn
    monkeypatch.setattr(report, "reuse_graph_svg", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out)])
    assert isinstance(result.exception, KeyboardInterrupt) or result.exit_code != 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_safe_csv_escapes_formula_like_header_cells(tmp_path):
    frame = pd.DataFrame({"=1+1": ["x"], "@sum": ["=A1"], "plain": ["-3"]})
    [path] = write_tables({"collation": frame}, tmp_path / "out", safe_csv=True)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header == "'=1+1,'@sum,plain"
    assert pd.read_csv(path).iloc[0].tolist() == ["x", "'=A1", "'-3"]
    [raw] = write_tables({"collation": frame}, tmp_path / "out2")
    assert raw.read_text(encoding="utf-8").splitlines()[0] == "=1+1,@sum,plain"  # only when asked


def _writable_mount_point() -> Path | None:
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        point = Path(line.split()[4])
        if point != Path("/") and point.is_dir() and os.access(point, os.W_OK) and "\\" not in str(point):
            return point
    return None


@pytest.mark.skipif(_writable_mount_point() is None, reason="no writable mount point to try")
def test_cli_outdir_on_a_mount_point_refused_before_analysis(no_analysis):
    point = _writable_mount_point()
    before = sorted(os.listdir(point))
    line = _one_line_error(runner.invoke(app, ["report", str(SEEDS), "-o", str(point), "--overwrite"]))
    assert f"{point}: is a mount point" in line and "write into a folder inside it" in line
    # nothing written (other processes may add or remove their own files in a shared mount
    # such as /dev/shm meanwhile, so only this tool's names are looked for)
    new = set(os.listdir(point)) - set(before)
    assert not [n for n in new if n in ("report.html", ".corpus_tools.json") or ".tmp-" in n]
    with pytest.raises(CorpusError, match="mount point"):
        check_outdir(point, overwrite=True)


def test_outdir_on_another_file_system_than_its_parent_refused(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    check_outdir(out)  # a plain folder passes
    real_stat = Path.stat

    def stat(self, *args, **kwargs):  # out is on device 99, its parent on the real one
        st = real_stat(self, *args, **kwargs)
        if self == out:
            return os.stat_result((*st[:2], 99, *st[3:]))
        return st

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(CorpusError, match="is a mount point"):
        check_outdir(out)
