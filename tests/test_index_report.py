"""``corpus-tools match IDX NEW -o OUTDIR``: one report per new text against the archived documents it
shares most with, an index page listing them; and the index in JupyterLab (match, show_alignment)."""

from __future__ import annotations

import pandas as pd
from test_distributed import STORM
from typer.testing import CliRunner

import corpus_tools as ct
from conftest import SEEDS
from corpus_tools.cli import app
from corpus_tools.io.corpus import load_corpus


def _new_texts(folder, seeds):
    folder.mkdir()
    (folder / "wire copy.txt").write_text(seeds.loc["002", "text"], encoding="utf-8")
    (folder / "storm.txt").write_text("Breaking: " + STORM, encoding="utf-8")  # shares nothing
    (folder / "mix.txt").write_text(seeds.loc["000", "text"][:1500], encoding="utf-8")


def test_match_report_has_one_report_per_new_text(tmp_path):
    seeds = load_corpus(SEEDS)
    runner = CliRunner()
    res = runner.invoke(app, ["index", "build", str(SEEDS), "-o", str(tmp_path / "idx")])
    assert res.output == f"indexed 3 documents in {tmp_path / 'idx'}\n"  # no progress bar: not a TTY
    ct.ReuseIndex.open(tmp_path / "idx").remove(["002"])  # the archive: 000 and 001
    _new_texts(tmp_path / "new", seeds)
    out = tmp_path / "out"
    res = runner.invoke(app, ["match", str(tmp_path / "idx"), str(tmp_path / "new"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == [
        ".corpus_tools.json",
        "index.html",
        "matches.csv",
        "mix",
        "ranked.csv",
        "wire_copy",
    ]
    wire = (out / "wire_copy" / "report.html").read_text(encoding="utf-8")
    assert "wire copy against idx" in wire and "id='views'" in wire
    pairs = pd.read_csv(out / "wire_copy" / "alignment.csv", dtype=str)[["doc_id", "source_doc_id"]]
    # the new text and its top archived hits, the one it shares most with as the source
    assert pairs.drop_duplicates().values.tolist() == [["000", "001"], ["wire copy", "001"]]
    pairs = pd.read_csv(out / "mix" / "alignment.csv", dtype=str)[["doc_id", "source_doc_id"]]
    assert pairs.drop_duplicates().values.tolist() == [["001", "000"], ["mix", "000"]]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "href='wire_copy/report.html'" in page and "href='mix/report.html'" in page
    assert "storm" in page and "href='storm/" not in page  # listed, no report: nothing shared
    ranked = pd.read_csv(out / "ranked.csv", dtype=str)
    # archived hits first, then an earlier new text it shares with (pairs among new texts are kept)
    assert ranked.loc[ranked["doc_id"] == "wire copy", "source_doc_id"].tolist() == ["001", "000", "mix"]
    # our own output is replaced without --overwrite; a user's file in it is not
    res = runner.invoke(app, ["match", str(tmp_path / "idx"), str(tmp_path / "new"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (out / "mix" / "notes.txt").write_text("mine", encoding="utf-8")
    res = runner.invoke(app, ["match", str(tmp_path / "idx"), str(tmp_path / "new"), "-o", str(out)])
    assert res.exit_code == 2 and "holds 1 file(s) this tool did not write (mix)" in res.output
    assert (out / "mix" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_in_jupyter_a_pasted_text_gives_a_ranked_table_and_the_top_hit_side_by_side(tmp_path, seeds):
    idx = ct.ReuseIndex.build(seeds.loc[["000", "001"]], tmp_path / "idx")
    pasted = seeds.loc["002", "text"]
    found = idx.match(pasted)
    ranked = ct.rank_matches(found)
    assert ranked[["rank", "doc_id", "source_doc_id"]].values.tolist() == [
        [1, "text", "001"],
        [2, "text", "000"],
    ]
    assert "<table" in idx._repr_html_() and "n_documents" in idx._repr_html_()
    top = ranked.iloc[0]["source_doc_id"]
    view = ct.show_alignment(idx.compare(pasted, top=1), "text", source=top)
    assert view.source == "001" and 'id="view-text"' in view._repr_html_()
