"""The command line: the README's main job, and one-line errors on bad input."""

from __future__ import annotations

import gc
import re

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from corpus_tools import cli
from corpus_tools.cli import app

runner = CliRunner()


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1).splitlines()
    assert block[0].startswith("make run") and "corpus-tools report seeds/ -o report/" in block[0]
    assert block[1].startswith("make test")
    makefile = (ROOT / "Makefile").read_text()
    assert "$(BIN)/corpus-tools report seeds/ -o report/" in makefile
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")


def test_summary_on_seeds():
    result = runner.invoke(app, ["summary", str(SEEDS)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "(3 documents)" in out
    assert re.search(r"001\s+Reuters\s+wire original\s+6050\s+964\s+39", out)
    assert re.search(r"unknown\s+2\s+911\s+455\.5", out)


def test_summary_bad_input_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.")
    result = runner.invoke(app, ["summary", str(tmp_path)])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("corpus-tools: error:") and "INDEX.md" in lines[0]
    assert "Traceback" not in result.output


def test_summary_lenient_reports_unlisted_file(make_corpus):
    folder = make_corpus({"a.txt": "One story here."}, [{"file": "a.txt", "doc_id": "a", "outlet": "AP"}])
    (folder / "b.txt").write_text("Another story.")
    result = runner.invoke(app, ["summary", str(folder), "--no-strict"])
    assert result.exit_code == 0
    assert "warning:" in result.output and "b.txt: not listed" in result.output
    assert "(2 documents)" in result.output


def test_main_tunes_the_garbage_collector_only_while_it_runs(monkeypatch):
    seen = {}
    before = gc.get_threshold()

    def fake_app():
        seen["threshold"], seen["frozen"] = gc.get_threshold(), gc.get_freeze_count()
        raise SystemExit(0)

    monkeypatch.setattr(cli, "app", fake_app)
    with pytest.raises(SystemExit):
        cli.main()
    assert seen["threshold"][0] == cli.GC_THRESHOLD and seen["frozen"] > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
