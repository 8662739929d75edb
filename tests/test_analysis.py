"""The chain: each stage computed once, frames handed on, options and the source honoured."""

from __future__ import annotations

import sys
from collections import Counter

import pandas as pd
import pytest
from typer.testing import CliRunner

import corpus_tools
from conftest import SEEDS
from corpus_tools import STAGES, Analysis, Options, analyze
from corpus_tools.attribution import accounting
from corpus_tools.cli import app
from corpus_tools.reuse import alignment, derivation, documents
from corpus_tools.text import nlp
from corpus_tools.text import sentences as text_sentences
from corpus_tools.variants import collation, lexical, style

#: every public stage function, by the module that defines it
STAGE_FUNCTIONS = {
    text_sentences: ["clean", "parse", "sentences"],
    nlp: ["parse_texts"],
    documents: ["document_scores", "origin", "shared_passages"],
    alignment: ["align_sentences", "source_coverage"],
    derivation: ["classify_documents"],
    lexical: ["extract_variants"],
    style: ["house_style"],
    collation: ["collate"],
    accounting: ["outlet_counts", "attributions", "speaker_table", "speaker_summary", "speaker_survival"],
}


@pytest.fixture
def calls(monkeypatch):
    """Spy on every stage function wherever a module of the package refers to it."""
    counts: Counter[str] = Counter()
    modules = [m for name, m in sys.modules.items() if name.startswith("corpus_tools")]
    for owner, names in STAGE_FUNCTIONS.items():
        for name in names:
            original = getattr(owner, name)
            label = f"{owner.__name__.rsplit('.', 1)[-1]}.{name}"

            def spy(*args, _original=original, _label=label, **kwargs):
                counts[_label] += 1
                return _original(*args, **kwargs)

            for module in modules:
                for attr, value in list(vars(module).items()):
                    if value is original:
                        monkeypatch.setattr(module, attr, spy)
    return counts


def test_analyze_builds_each_stage_once(seeds, calls):
    a = analyze(seeds)
    assert isinstance(a, Analysis)
    expected = {
        label: 1
        for label in (f"{m.__name__.rsplit('.', 1)[-1]}.{n}" for m, ns in STAGE_FUNCTIONS.items() for n in ns)
    }
    assert dict(calls) == expected
    assert a.source == "001"
    assert list(a.tables()) == [n for n in STAGES if n != "parses"]


def test_report_command_builds_each_stage_once(tmp_path, calls):
    result = CliRunner().invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert set(calls.values()) == {1}
    assert calls["nlp.parse_texts"] == 1  # one pass of the spaCy pipeline over the corpus


def test_only_runs_what_a_stage_needs(seeds, calls):
    a = analyze(seeds, only=["variants"])
    assert a.variants is not None and a.attributions is None and a.collation is None
    assert calls["accounting.attributions"] == 0 and calls["collation.collate"] == 0
    assert calls["alignment.align_sentences"] == 1 and calls["sentences.parse"] == 1


def test_source_is_followed_by_every_stage(seeds):
    a = analyze(seeds, source="002", only=["collation", "variants", "derivation"])
    assert a.source == "002"
    assert set(a.alignment["source_doc_id"]) == {"002"}
    assert set(a.variants["source_doc_id"]) == {"002"}
    assert a.collation.attrs["source"] == "002"  # collate used to pick the origin, 001
    assert set(a.derivation["doc_id"]) == {"000", "001"}
    assert set(a.collation.loc[a.collation["is_source"], "doc_id"]) == {"002"}


def test_collate_follows_source_alone(seeds):
    assert collation.collate(seeds, source="000").attrs["source"] == "000"
    assert collation.collate(seeds).attrs["source"] == "001"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"ngram_size": 0}, "ngram_size"),
        ({"min_tokens": 2.5}, "min_tokens"),
        ({"min_weight": 1.5}, "min_weight"),
        ({"name_similarity": -0.1}, "name_similarity"),
    ],
)
def test_options_are_validated(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Options(**kwargs)


def test_options_reach_their_stage(seeds):
    short = analyze(seeds, only=["passages"], options=Options(min_tokens=4)).passages
    long = analyze(seeds, only=["passages"], options=Options(min_tokens=20)).passages
    assert len(short) > len(long) > 0
    assert (long["n_tokens"] >= 20).all()


def test_unknown_stage_and_source_are_refused(seeds):
    with pytest.raises(ValueError, match="unknown stage"):
        analyze(seeds, only=["everything"])
    with pytest.raises(ValueError, match="not a doc_id"):
        analyze(seeds, source="999")


def test_analysis_reads_well_and_writes_its_frames(seeds, tmp_path):
    a = analyze(seeds, only=["derivation"])
    assert repr(a).splitlines()[0] == f"Analysis of 3 documents, source '001', model {a.model}"
    assert ".derivation" in repr(a) and ".attributions" not in repr(a)
    assert "<table>" in a._repr_html_() and "derivation" in a._repr_html_()
    paths = a.to_files(tmp_path / "frames", format="csv")
    assert sorted(p.name for p in paths) == sorted(f"{n}.csv" for n in a.tables())
    back = pd.read_csv(tmp_path / "frames" / "derivation.csv", dtype={"doc_id": str})
    assert back["doc_id"].tolist() == a.derivation["doc_id"].tolist()


def test_public_api_lists_the_chain():
    for name in ("analyze", "Analysis", "Options", "STAGES", "parse", "collate"):
        assert name in corpus_tools.__all__
