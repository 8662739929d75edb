"""The frames against each parent are computed once per analysis (issue #23, the report's time).

The changes stage asks :func:`corpus_tools.parents.frames_against_parents` for the speaker survival
and the variants against each parent (so the alignment too), and the report then for the alignment,
coverage, derivation and variants: on a 10-document METER story the alignment and the variants
against each parent were computed twice. Here ``run`` counts the stages it is asked for; the
analysis is a small invented tree (a -> b -> c), so that the frames against the parents are not the
origin's."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from corpus_tools import Options
from corpus_tools.analysis import Analysis, _needed
from corpus_tools.parents import frames_against_parents


def _analysis() -> Analysis:
    corpus = pd.DataFrame(
        {
            "text": [
                "The mill closed on Monday.",
                "The old mill closed on Monday.",
                "The mill shut on Sunday.",
            ]
        },
        index=pd.Index(["a", "b", "c"], name="doc_id"),
    )
    family = pd.DataFrame(
        {"doc_id": ["a", "b", "c"], "witness": ["a", "b", "c"], "parent_doc_id": [None, "a", "b"]}
    )
    return Analysis(corpus, "a", None, Options(), family=family, sentences=pd.DataFrame({"doc_id": ["a"]}))


def _counting():
    asked: list[str] = []

    def run(name, p, model):
        asked.append(name)
        assert p.against == "parent"
        return pd.DataFrame({"stage": [name], "n": [len(asked)]})

    return asked, run


def test_second_call_reuses_the_stages_already_run():
    a, (asked, run) = _analysis(), _counting()
    first = frames_against_parents(a, ["speaker_survival", "variants"], run=run, needed=_needed)
    assert sorted(asked) == ["alignment", "speaker_survival", "variants"]
    asked.clear()
    second = frames_against_parents(
        a, ["alignment", "coverage", "derivation", "variants"], run=run, needed=_needed
    )
    assert sorted(asked) == ["coverage", "derivation"]  # alignment and variants: the first call's
    assert second["variants"] is first["variants"]
    assert second["alignment"]["stage"].tolist() == ["alignment"]


def test_new_inputs_or_model_run_again():
    a, (asked, run) = _analysis(), _counting()
    frames_against_parents(a, ["variants"], run=run, needed=_needed)
    assert sorted(asked) == ["alignment", "variants"]
    asked.clear()
    frames_against_parents(a, ["variants"], run=run, needed=_needed, model="another")
    assert sorted(asked) == ["alignment", "variants"]  # another model: not the same frames
    asked.clear()
    a.sentences = pd.DataFrame({"doc_id": ["a", "b"]})  # a frame the stages read, replaced
    frames_against_parents(a, ["variants"], run=run, needed=_needed)
    assert sorted(asked) == ["alignment", "variants"]
    asked.clear()
    b = replace(a)  # a copy of the analysis keeps nothing of it
    frames_against_parents(b, ["variants"], run=run, needed=_needed)
    assert sorted(asked) == ["alignment", "variants"]
