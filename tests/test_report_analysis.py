"""The report as a view of one Analysis: strict column reads, the side-by-side view's links, the
origin conflict, the provenance section, and analysis options from the command line."""

from __future__ import annotations

import re
from dataclasses import fields

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import SEEDS, STORY_WIRE
from corpus_tools import Analysis, Options, ReuseOptions, analyze, findings, from_records, write_report
from corpus_tools.analysis import COMMANDS, STAGES
from corpus_tools.cli import app
from corpus_tools.options import options_from
from corpus_tools.report.graph import EDGE_COLUMNS
from corpus_tools.report.segments import FINDINGS_COLUMNS
from corpus_tools.report.tables import TABLE_COLUMNS
from corpus_tools.report.views import VIEW_COLUMNS
from corpus_tools.reuse.derivation import DerivationRules

runner = CliRunner()

#: every (reader, frame, columns) the report, the view and the findings read
READS = [
    *(("findings", n, c) for n, c in FINDINGS_COLUMNS.items()),
    *(("view", n, c) for n, c in VIEW_COLUMNS.items()),
    *(("tables", n, c) for n, c in TABLE_COLUMNS.items()),
    ("graph", "origin", EDGE_COLUMNS),
]


@pytest.fixture(scope="module")
def seed_analysis(seeds):
    return analyze(seeds)


@pytest.fixture(scope="module")
def unrelated_analysis():
    """Two documents that share nothing: every frame after the origin is empty."""
    return analyze(
        from_records(
            [
                {"doc_id": "a", "text": "The council voted on the budget on Monday. It passed easily."},
                {"doc_id": "b", "text": "Heavy rain flooded roads in the north. Schools were closed."},
            ]
        )
    )


@pytest.mark.parametrize(("reader", "frame", "wanted"), READS, ids=[f"{r}-{n}" for r, n, _ in READS])
def test_every_column_read_is_in_the_frame_that_feeds_it(
    seed_analysis, unrelated_analysis, reader, frame, wanted
):
    for a in (seed_analysis, unrelated_analysis):
        have = list(getattr(a, frame).columns)
        missing = [c for c in wanted if c not in have]
        assert not missing, f"the {reader} read {missing} of the {frame} frame, which has {have}"


def test_report_of_frames_without_rows(unrelated_analysis, tmp_path):
    a = unrelated_analysis
    assert [len(getattr(a, n)) for n in ("scores", "origin", "variants", "attributions")] == [0, 0, 0, 0]
    page = write_report(a, tmp_path / "out").read_text()
    assert "Not derived from a, so not shown side by side: <code>b</code>" in page
    assert '<section class="ct-view"' not in page and "<h2 id='provenance'>" in page


def test_a_missing_column_names_the_frame_and_the_column(seeds, tmp_path):
    a = analyze(seeds)
    a.coverage = a.coverage.rename(columns={"sent_ids": "target_sent_ids"})
    with pytest.raises(KeyError, match="the coverage frame has no column 'sent_ids'"):
        write_report(a, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # nothing put in place


def test_the_view_links_each_source_sentence_to_the_version_sentences_using_it(seed_analysis, tmp_path):
    page = write_report(seed_analysis, tmp_path / "out").read_text()
    spans = re.findall(
        r'<span class="ct-s ct-(\w+)" id="ct-(\w+)-s(\d+)" data-sid="(\d+)" data-tgt="([^"]*)"', page
    )
    assert len(spans) == 78  # 39 source sentences beside each of the two versions
    cov = seed_analysis.coverage.set_index(["doc_id", "source_sent_id"])
    for status, doc, _, sid, tgt in spans:
        expected = " ".join(map(str, cov.loc[(doc, int(sid)), "sent_ids"]))
        assert tgt == expected and status == cov.loc[(doc, int(sid)), "status"]
        assert (tgt == "") == (status == "dropped")
    assert (
        sum(1 for s in spans if s[4]) == 78 - int((seed_analysis.coverage["status"] == "dropped").sum()) > 0
    )


def _contradicting_dates() -> pd.DataFrame:
    """The full wire story dated after a copy cut from it: the dates say the copy came first."""
    paragraphs = STORY_WIRE.split("\n")
    cut = "\n".join(paragraphs[:3])
    return from_records(
        [
            {"doc_id": "full", "text": STORY_WIRE, "outlet": "Wire", "published": "2024-03-15"},
            {"doc_id": "cut", "text": cut, "outlet": "Paper", "published": "2024-03-14"},
        ]
    )


def test_the_origin_conflict_is_shown(tmp_path):
    a = analyze(_contradicting_dates())
    edge = a.origin.iloc[0]
    assert (edge["source_doc_id"], edge["doc_id"], edge["direction"]) == ("cut", "full", "published")
    assert bool(edge["conflict"]) and a.origin.attrs["conflicts"]
    page = write_report(a, tmp_path / "out").read_text()
    table = page.split("<h3 id='t-origin'>")[1].split("</table>")[0]
    assert "dates or roles against the wording" in table
    row = re.search(r"<tr><td>cut</td><td>full</td>.*?</tr>", table).group(0)
    assert row.endswith("<td>yes</td></tr>")
    assert "published makes &#x27;cut&#x27; the source of &#x27;full&#x27;; the text says the reverse" in page


def test_provenance_prints_the_analysis_options_source_and_model(seeds, tmp_path):
    options = Options(
        min_tokens=20, reuse=ReuseOptions(min_target_cover=1.0), derivation=DerivationRules(min_passage=0.5)
    )
    a = analyze(seeds, source="002", options=options)
    page = write_report(a, tmp_path / "out").read_text()
    prov = page.split("<h2 id='provenance'>")[1]
    assert "<code>min_tokens</code></td><td>20</td>" in prov
    assert "<code>reuse.min_target_cover</code></td><td>1.0</td>" in prov
    assert "<code>derivation.min_passage</code></td><td>0.5</td>" in prov
    assert "<code>ngram_size</code></td><td>3</td>" in prov  # the defaults used, too
    assert "Source: <code>002</code>" in prov and f"Model: <code>{a.model}</code>" in prov
    assert "Corpus: 3 documents (000, 001, 002)" in prov
    # one row per option, nothing else
    assert prov.count("<tr><td><code>") == len(fields(Options)) - 2 + len(fields(ReuseOptions)) + len(
        fields(DerivationRules)
    )
    # the glossary explains the thresholds used, not the defaults
    assert "A run of at least 20 words two documents share" in page
    assert "one passage taken from it holds more than 50% of its words" in page


def test_write_report_takes_only_an_analysis(seeds, tmp_path):
    with pytest.raises(TypeError, match="expected a corpus_tools.Analysis"):
        write_report(seeds, tmp_path / "out")


def test_the_stage_list_is_written_once():
    assert [f.name for f in fields(Analysis)][5:] == list(STAGES)
    assert COMMANDS == {
        "overlap": ["copies", "scores", "origin", "passages", "alignment", "coverage", "derivation"],
        "variants": ["variants", "house_style", "text_stats", "keyness", "collation"],
        "speakers": ["outlets", "attributions", "speakers", "speaker_summary", "speaker_survival"],
    }


# ----------------------------------------------------------------------------- options from the CLI


def _overlap(tmp_path, name: str, *options: str):
    out = tmp_path / name
    result = runner.invoke(app, ["overlap", str(SEEDS), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return out


def test_cli_options_are_honoured(tmp_path):
    default = _overlap(tmp_path, "default")
    longer = _overlap(tmp_path, "longer", "--option", "min_tokens=20")
    p0, p1 = pd.read_csv(default / "passages.csv"), pd.read_csv(longer / "passages.csv")
    assert (len(p0), p0["n_tokens"].min()) == (33, 8)
    assert (len(p1), p1["n_tokens"].min()) == (20, 20)
    strict = _overlap(tmp_path, "strict", "--option", "reuse.min_target_cover=1.0")
    a0, a1 = pd.read_csv(default / "alignment.csv"), pd.read_csv(strict / "alignment.csv")
    # one rewritten: 000's Zarif meeting, fused from two sentences of 001
    assert a0["reuse_class"].value_counts().to_dict() == {"near_verbatim": 18, "verbatim": 13, "rewritten": 1}
    assert a1["reuse_class"].value_counts().to_dict() == {"verbatim": 13, "rewritten": 13, "near_verbatim": 6}
    assert sorted(p.name for p in strict.iterdir() if not p.name.startswith(".")) == [
        f"{n}.csv" for n in sorted(COMMANDS["overlap"])
    ]


def test_cli_options_file_and_report_provenance(tmp_path):
    toml = tmp_path / "options.toml"
    toml.write_text("min_tokens = 20\n\n[reuse]\nmin_target_cover = 1.0\n\n[derivation]\nmin_passage = 0.5\n")
    out = tmp_path / "report"
    result = runner.invoke(
        app, ["report", str(SEEDS), "-o", str(out), "--options", str(toml), "--option", "min_tokens=12"]
    )
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text()
    assert "<code>min_tokens</code></td><td>12</td>" in page  # --option wins over the file
    assert "<code>reuse.min_target_cover</code></td><td>1.0</td>" in page
    assert "<code>derivation.min_passage</code></td><td>0.5</td>" in page
    assert f"--options {toml} --option min_tokens=12" in page
    assert pd.read_csv(out / "passages.csv")["n_tokens"].min() == 12


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--option", "no_such=1"], "unknown option 'no_such'; choose from ngram_size,"),
        (["--option", "min_weight=2"], "Options.min_weight must be in [0, 1], got 2.0"),
        (["--option", "reuse.tokens_per_edit=-1"], "ReuseOptions.tokens_per_edit must be an integer"),
        (["--option", "max_novel_words=many"], "option max_novel_words must be an integer, got 'many'"),
        (["--option", "min_tokens"], "--option 'min_tokens': write name=value"),
        (["--option", "derivation.min_score=0.5"], "unknown option 'derivation.min_score'"),
        (["--options", "{tmp}/missing.toml"], "missing.toml: cannot read the options"),
        (["--options", "{tmp}/bad.toml"], "bad.toml: cannot read the options"),
        (["--options", "{tmp}/range.toml"], "range.toml: DerivationRules.min_passage must be in [0, 1]"),
    ],
)
def test_bad_options_are_one_line_exit_2_before_any_work(tmp_path, monkeypatch, args, message):
    (tmp_path / "bad.toml").write_text("min_tokens = = 3\n")
    (tmp_path / "range.toml").write_text("[derivation]\nmin_passage = 1.5\n")
    monkeypatch.setattr("corpus_tools.cli_common.analyze", lambda *a, **k: pytest.fail("the analysis ran"))
    out = tmp_path / "out"
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(out), *args])
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("corpus-tools: error:") and message in lines[0], lines
    assert not out.exists()


def test_options_from_names_every_field():
    o = options_from({"ngram_size": "4", "min_score": "0.5", "derivation.max_novel_facts": 3})
    assert (o.ngram_size, o.reuse.min_score, o.derivation.max_novel_facts) == (4, 0.5, 3)
    assert options_from({}, base=o) == o and options_from({}) == Options()
    with pytest.raises(ValueError, match="Options.ngram_size must be an integer >= 1, got 0"):
        options_from({"ngram_size": 0})


def test_the_check_flag_uses_the_thresholds_the_analysis_ran_with(seeds):
    # 002 adds 3 words of its own: far from the default threshold (15), near a threshold of 5
    default = findings(analyze(seeds, only=["derivation"]), topics=["reuse"])["002"]
    assert "near the threshold" not in default
    rules = DerivationRules(max_novel_words=5)
    tuned = findings(analyze(seeds, only=["derivation"], options=Options(derivation=rules)), topics=["reuse"])
    assert "check: 3 new words, near the threshold of 5" in tuned["002"]
