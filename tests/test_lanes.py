"""Lanes (#23): the stages the chain reads late run in forked processes, with the same frames."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import time
from concurrent.futures import wait
from types import SimpleNamespace

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools import analysis, lanes


@pytest.fixture
def pids(monkeypatch, tmp_path):
    """Each stage's process id, written by the stage's process (a lane's worker inherits the patch);
    the first run of a stage (the changes stage runs some again, once per parent)."""
    log = tmp_path / "pids.txt"
    run = analysis._run_stage

    def logged(name, a, model):
        with log.open("a") as f:
            f.write(f"{name} {os.getpid()}\n")
        return run(name, a, model)

    def read() -> dict[str, str]:  # the runs since the last read
        lines = log.read_text().splitlines()
        log.unlink()
        return dict(reversed([line.split() for line in lines]))

    early = analysis._run_early

    def logged_early(name, a, model):
        with log.open("a") as f:
            f.write(f"early_{name} {os.getpid()}\n")
        return early(name, a, model)

    monkeypatch.setattr(analysis, "_run_stage", logged)
    monkeypatch.setattr(analysis, "_run_early", logged_early)
    return read


def _analyze(corpus, monkeypatch, processes: str):
    monkeypatch.setenv("CORPUS_TOOLS_PROCESSES", processes)
    return ct.analyze(corpus)


def test_lanes_give_the_frames_of_one_process(reuse_corpus, monkeypatch, pids):
    corpus = ct.load_corpus(reuse_corpus)
    alone = _analyze(corpus, monkeypatch, "1")
    assert set(pids().values()) == {str(os.getpid())}  # one process: no lane
    beside = _analyze(corpus, monkeypatch, "2")
    ran = pids()
    me = str(os.getpid())
    # the first lane forks after the copies, the second after the origin: two other processes
    assert ran["passages"] == ran["family"] != me
    # round 32: the document scores and the origin read no parse: the first lane, while the parse runs
    assert ran["scores"] == ran["origin"] == ran["passages"]
    # 4 edges: the changes stage reads the speakers (per parent), so it runs in the second lane
    assert ran["attributions"] == ran["speakers"] == ran["speaker_survival"] == ran["changes"] != me
    assert ran["passages"] != ran["attributions"]
    assert ran["alignment"] == ran["derivation"] == me
    assert ran["early_attributions"] == ran["attributions"]  # its part before the alignment, there too
    assert ran["text_stats"] == ran["keyness"] == me  # round 23: back in the chain (the lane was longer)
    on_trial, who = beside.beside["speaker_identities"]  # handed back by the lane
    assert (on_trial, who) == alone.beside["speaker_identities"] and len(who) > 0
    assert beside.source == alone.source
    tables = alone.tables()
    assert list(beside.tables()) == list(tables)
    for name, frame in beside.tables().items():
        pd.testing.assert_frame_equal(frame, tables[name], obj=name)
    assert len(tables["attributions"]) > 0 and len(tables["changes"]) > 0
    # round 32: the lane's changes, made before the variants and given their style rows at the end,
    # say so in their attrs as the one process's do (assert_frame_equal does not compare attrs)
    assert beside.changes.attrs == alone.changes.attrs == {"style": True, "quotes": "survival"}


def test_changes_run_in_a_lane_when_they_read_no_frame_of_the_chain(reuse_corpus, monkeypatch, pids):
    # a tree above max_edges edges reads nothing of the chain: with max_edges=0, here too
    monkeypatch.setattr(lanes, "changes_alone", functools.partial(lanes.changes_alone, max_edges=0))
    monkeypatch.setattr(analysis, "parent_frames", functools.partial(analysis.parent_frames, max_edges=0))
    corpus = ct.load_corpus(reuse_corpus)
    alone = _analyze(corpus, monkeypatch, "1")
    pids()
    beside = _analyze(corpus, monkeypatch, "2")
    ran = pids()
    assert ran["changes"] == ran["family"] != str(os.getpid())
    assert len(alone.changes) > 0
    pd.testing.assert_frame_equal(beside.changes, alone.changes)


def _family(parents: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame({"parent_doc_id": parents})


@pytest.mark.parametrize(
    ("parents", "source", "max_edges"),
    [
        ([None, None], "a", 200),  # no tree
        ([None, "a", "a"], "a", 200),  # every version from the source
        ([None, "a", "b"], "a", 200),  # a tree of 2 edges
        ([None, "a", "b"], "a", 1),  # above max_edges
        ([None, "a", "a"], "a", 1),  # above max_edges, all from the source
    ],
)
def test_changes_alone_agrees_with_parent_frames(parents, source, max_edges, monkeypatch):
    monkeypatch.setattr(analysis, "_run_stage", lambda name, a, model: pd.DataFrame())  # nothing to run
    a = ct.Analysis(pd.DataFrame({"text": []}), source, None, ct.Options(), family=_family(parents))
    alone = analysis.parent_frames(a, ["speaker_survival"], max_edges=max_edges) is None
    assert lanes.changes_alone(a, max_edges) == alone
    a.source = None  # before the origin is known: alone only when it cannot depend on it
    assert lanes.changes_alone(a, max_edges) == (alone and len(set(parents) - {None}) != 1)


def test_no_process_for_a_small_corpus(seeds, monkeypatch):
    monkeypatch.delenv("CORPUS_TOOLS_PROCESSES", raising=False)

    def refused(*args, **kw):
        raise AssertionError("a lane started for three documents")

    monkeypatch.setattr(lanes, "ProcessPoolExecutor", refused)
    assert ct.analyze(seeds).derivation["derivation"].tolist() == ["wholly_derived", "wholly_derived"]


def test_a_lane_error_reaches_the_caller(reuse_corpus, monkeypatch):
    run = analysis._run_stage

    def failing(name, a, model):
        if name == "family":
            raise ValueError("family failed in the lane")
        return run(name, a, model)

    monkeypatch.setattr(analysis, "_run_stage", failing)
    with pytest.raises(ValueError, match="failed in the lane"):
        _analyze(ct.load_corpus(reuse_corpus), monkeypatch, "2")
    assert gc.get_freeze_count() == 0  # the chain's objects unfrozen on the error too


def test_the_chain_is_frozen_while_its_lanes_run(reuse_corpus, monkeypatch):
    # #23: the chain's collector must not write into the pages it shares with a lane's fork
    frozen: dict[str, int] = {}  # stage -> objects frozen when the chain's process ran it
    run, me = analysis._run_stage, os.getpid()

    def noted(name, a, model):
        if os.getpid() == me:
            frozen.setdefault(name, gc.get_freeze_count())
        return run(name, a, model)

    monkeypatch.setattr(analysis, "_run_stage", noted)
    trimmed: list[int] = []  # the heap trimmed before each lane's fork (as many as stages run so far)
    monkeypatch.setattr(lanes, "trim_heap", lambda: trimmed.append(len(frozen)))
    assert gc.get_freeze_count() == 0
    _analyze(ct.load_corpus(reuse_corpus), monkeypatch, "2")
    # after the copies, after the origin (taken from the first lane, right after the sentences)
    assert "origin" not in frozen and trimmed == [1, list(frozen).index("sentences") + 1]
    assert frozen["copies"] == 0  # before the first lane
    assert frozen["derivation"] > frozen["sentences"] > 0  # frozen again at the second lane's fork
    assert gc.get_freeze_count() == 0  # unfrozen when the lanes are done


def test_a_lane_worker_exits_when_its_stages_are_done():
    # #23: a lane's process is not kept (with its memory) until the chain takes the last frame
    def run(name, a, model):
        return pd.DataFrame({"pid": [os.getpid()]})

    lane = lanes.Lane(lanes.LANES[0], ["passages"], run, SimpleNamespace(), None)
    wait(lane.futures.values())
    pid = int(lane.futures["passages"].result()[0]["pid"].iloc[0])  # (frame, beside)
    assert pid != os.getpid()
    deadline = time.monotonic() + 30
    while pid in {p.pid for p in multiprocessing.active_children()} and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pid not in {p.pid for p in multiprocessing.active_children()}
    assert lane.take("passages")["pid"].tolist() == [pid]


def test_a_lane_waits_for_its_late_frames_and_gets_them():
    # #23: the second lane starts before the alignment; its stages run once the chain sends it
    def run(name, a, model):
        return pd.DataFrame({"late": [a.alignment], "early": [a.early_part]})

    def early(name, a, model):
        a.early_part = f"{name} early"

    plan = lanes.LanePlan(("origin",), ("attributions",), False, late=("alignment",), early=("attributions",))
    lane = lanes.Lane(plan, ["attributions"], run, SimpleNamespace(alignment=None), None, early)
    with pytest.raises(RuntimeError, match="before its late frames"):
        lane.take("attributions")
    lane.send({"alignment": "aligned"})
    assert lane.take("attributions").iloc[0].tolist() == ["aligned", "attributions early"]


def test_changes_made_in_a_lane_before_the_variants_keep_the_attrs_of_one_process(seeds, monkeypatch):
    # the seeds' lane makes the changes before the variants (style rows added at the end, by
    # with_style): the frame and its attrs as in one process (round 32: the attrs were lost)
    alone = _analyze(seeds, monkeypatch, "1")
    beside = _analyze(seeds, monkeypatch, "2")
    pd.testing.assert_frame_equal(beside.changes, alone.changes)
    assert beside.changes.attrs == alone.changes.attrs == {"style": True, "quotes": "survival"}
    assert beside.changes["section"].eq("style").sum() == 2
