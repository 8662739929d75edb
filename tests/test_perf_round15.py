"""#23 round 15: the report's path after the parse made shorter, every frame and finding the same.

The speaker survival's identities are read once and kept on the analysis (``Analysis.beside``) for
the report's shared quotations; the second lane takes the text statistics and the keyness.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.attribution import shared_quotes
from corpus_tools.attribution.entities import statements
from corpus_tools.attribution.survival import speaker_identities
from corpus_tools.report import speaker_findings


def _texts(corpus: pd.DataFrame) -> dict[str, str]:
    return {str(d): str(t) for d, t in corpus["text"].items()}


def test_the_survival_keeps_the_speaker_identities_it_read(seeds):
    a = ct.analyze(seeds)
    on_trial, who = a.beside["speaker_identities"]
    assert who == speaker_identities(statements(a.attributions), _texts(a.analysed))
    assert len(who) > 0


def test_the_reports_shared_quotations_read_them_not_again(seeds, monkeypatch):
    a = ct.analyze(seeds)
    expected = ct.findings(a)
    assert "inside quotation marks" in expected["000"]  # the seeds' shared statements are found

    def again(*args, **kw):
        raise AssertionError("speaker identities read again for the report")

    monkeypatch.setattr(shared_quotes, "speaker_identities", again)
    assert ct.findings(a) == expected


def test_identities_read_again_when_the_corpus_describes_another_defendant(seeds):
    # a copy set aside is not analysed but is in the report's corpus: a description of the person
    # on trial only it gives changes who is who, so the survival's identities are not reused
    a = ct.analyze(seeds)
    assert speaker_findings._identities(a) is a.beside["speaker_identities"][1]
    extra = pd.DataFrame(
        {"text": ["A 15-year-old schoolboy went on trial today accused of arson."]},
        index=pd.Index(["copy"], name="doc_id"),
    )
    b = replace(a, corpus=pd.concat([a.corpus, extra]))
    b.beside = a.beside
    assert speaker_findings._identities(b) is None
    assert replace(a).beside == {}  # a new analysis starts with nothing kept


@pytest.mark.parametrize("only", [["keyness"], ["text_stats"], ["keyness", "speaker_summary"]])
def test_the_second_lane_runs_without_the_alignment(reuse_corpus, monkeypatch, only):
    # the lane waits for the alignment only when the chain computes it
    corpus = ct.load_corpus(reuse_corpus)
    monkeypatch.setenv("CORPUS_TOOLS_PROCESSES", "1")
    alone = ct.analyze(corpus, only=only)
    monkeypatch.setenv("CORPUS_TOOLS_PROCESSES", "2")
    beside = ct.analyze(corpus, only=only)
    assert list(beside.tables()) == list(alone.tables())
    for name, frame in beside.tables().items():
        pd.testing.assert_frame_equal(frame, alone.tables()[name], obj=name)
