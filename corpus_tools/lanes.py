"""Stages run beside the chain, in forked processes, so that both cores work through a large run.

:func:`corpus_tools.analyze` runs its stages in one process, and the parse in worker processes:
after the parse, one core waited while the other ran the stages that follow (issue #23: on 1,000
news stories about 50 s of the main process's CPU, serial). A *lane* (:data:`LANES`) is a run of
stages that the chain does not read until late: once the chain has computed the stages the lane
starts after, one forked process (:class:`concurrent.futures.ProcessPoolExecutor`, one worker,
the ``fork`` start method) runs the lane's stages in order on a copy of the analysis as it stood,
and hands back each frame; the chain takes a frame where it would have computed it. Each stage is
a function of the frames it reads, so the frames are the same as in one process.

Memory (issue #23 counts the whole process tree: the sum of each process's proportional set size).
A fork shares the parent's pages until one of the two writes a page, and CPython's cycle collector
writes into every object it walks: a collection in the chain's process after a lane has forked would
copy every page the two share. So the chain's objects are frozen (:func:`gc.freeze`: the collector
no longer walks them) and the heap's free memory returned (:func:`corpus_tools.text.nlp.trim_heap`)
before each lane forks, and unfrozen when the lanes are done; a lane's worker
freezes what it inherits, and exits as soon as its last stage is done, not when the chain takes it.

Lanes run only where the parse itself runs in worker processes (:func:`corpus_tools.text.nlp.processes`,
``CORPUS_TOOLS_PROCESSES=1`` turns both off): a small corpus, a notebook's seeds, a test's corpus
start no process. No ``__main__`` guard is needed (fork, not spawn).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple

from corpus_tools.text.nlp import trim_heap

__all__ = ["LANES", "Lane", "LanePlan", "Lanes", "changes_alone"]


class LanePlan(NamedTuple):
    """One lane of :data:`LANES`.

    Attributes:
        after: the stages the lane starts after (a stage a lane before it runs is taken early).
        stages: the lane's stages, in the order it runs them (each may read the ones before it).
        changes_alone: the lane runs ``changes`` only when :func:`changes_alone` says this.
        late: stages of the chain that the lane's stages read and the chain computes after the
            lane started: the lane's stages wait for them, and they are sent to its worker.
        early: the lane's stages whose first part (the analysis' ``EARLY``: what reads no frame
            of ``late``) its worker runs as soon as it starts, while the chain computes ``late``.
    """

    after: tuple[str, ...]
    stages: tuple[str, ...]
    changes_alone: bool
    late: tuple[str, ...] = ()
    early: tuple[str, ...] = ()


#: The lanes. The first starts after the copies: the stages that read no parse (the document
#: scores and the origin among them: round 32, they ran alone in the chain after the parse while
#: the other core waited, 6 s on 3,000 news stories; here they run while the parse does), and the changes
#: stage when it reads no frame of the chain (a tree above 200 edges: no stage runs again per
#: parent); the second after the origin: who speaks, read from the parse and the alignment, and
#: the changes stage when it reads them (its speaker survival, run again per parent). The second
#: finds the attributions of each document (all but the quote types borrowed along the alignment:
#: on 3,000 news stories about 25 s of CPU) while the chain aligns, then waits for the alignment.
#: The text statistics and the keyness run in the chain: with them the second lane was the longer
#: of the two (round 23, 1,000 news stories as a tree above 200 edges: the lane's stages 25.5 s of
#: CPU against the chain's 17.7 s between the fork and the attributions; the two 2.1 s).
LANES: tuple[LanePlan, ...] = (
    LanePlan(("copies",), ("scores", "origin", "passages", "family", "changes"), True),
    LanePlan(
        ("origin", "family"),
        (
            "attributions",
            "speakers",
            "speaker_summary",
            "speaker_survival",
            "changes",
        ),
        False,
        late=("alignment",),
        early=("attributions",),
    ),
)

#: what a forked lane inherits: (run a stage, the analysis, the model, its plan, run a stage's
#: early part)
_JOB: list[tuple[Callable, object, object, LanePlan, Callable | None]] = []


def changes_alone(a, max_edges: int = 200) -> bool:
    """Whether the changes stage of analysis ``a`` reads no frame of the chain: its family tree
    has no edge, or more than ``max_edges`` edges from more than one parent (then
    :func:`corpus_tools.analysis.parent_frames` aligns nothing again and returns None); False when
    that depends on the source and it is not yet known."""
    parents = set(a.family["parent_doc_id"].dropna().astype(str))
    edges = int(a.family["parent_doc_id"].notna().sum())
    own = parents == {str(a.source)} or (a.source is None and len(parents) == 1)
    return a.against != "parent" and (not parents or (edges > max_edges and not own))


def _run_early(name: str) -> None:
    """In the lane's process: the early part of stage ``name`` (:class:`LanePlan`'s ``early``),
    kept on the inherited analysis for the stage."""
    run, a, model, plan, early = _JOB[0]
    early(name, a, model)


def _run_one(name: str, late: dict | None = None):
    """In the lane's process: stage ``name`` on the inherited analysis (kept for the next stages),
    after setting the frames ``late`` the chain sent; None for a changes stage that is not this
    lane's (see :class:`LanePlan`). With it, what the stage added to the analysis' ``beside``
    (what it computed beside its frame for a later reader)."""
    run, a, model, plan, _ = _JOB[0]
    for n, frame in (late or {}).items():
        setattr(a, n, frame)
    if name == "changes" and changes_alone(a) != plan.changes_alone:
        return None, {}
    kept = dict(getattr(a, "beside", {}))
    frame = run(name, a, model)
    setattr(a, name, frame)
    return frame, {k: v for k, v in getattr(a, "beside", {}).items() if k not in kept}


class Lane:
    """One lane started: its stages run in one forked worker, in order, one future each.

    Args:
        plan: the lane's plan (:data:`LANES`).
        names: the plan's stages to run.
        run: ``run(name, analysis, model)`` -> the stage's frame.
        analysis: the analysis as it stands (the worker works on its copy).
        model: the spaCy pipeline (name or object).
        early: ``early(name, analysis, model)``: the early part of stage ``name`` (plan's ``early``).
    """

    def __init__(
        self, plan: LanePlan, names: Iterable[str], run: Callable, analysis, model, early=None
    ) -> None:
        _JOB[:] = [(run, analysis, model, plan, early)]
        self.plan, self.futures, self.waiting = plan, {}, list(names)
        self.beside: dict[str, object] = {}  # what the stages taken computed beside their frames
        try:  # the worker forks at the first submit; it freezes what it inherits (as the parse workers)
            fork = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(1, mp_context=fork, initializer=gc.freeze)
            if plan.late:  # the early parts now, the stages when the late frames come (send)
                self._pool.submit(int)  # the worker forks now, while _JOB holds this lane's job
                for n in (n for n in plan.early if n in self.waiting):
                    self._pool.submit(_run_early, n)
            else:
                self.send({})
        finally:
            _JOB.clear()

    def send(self, late: dict) -> None:
        """Run the lane's stages, the chain's ``late`` frames set first (:class:`LanePlan`)."""
        names, self.waiting = self.waiting, []
        jobs = [(n, late if i == 0 else None) for i, n in enumerate(names)]
        self.futures = {n: self._pool.submit(_run_one, n, frames) for n, frames in jobs}
        self._pool.shutdown(wait=False)  # the worker runs what it was given, then exits: memory freed

    def take(self, name: str):
        """The frame of stage ``name`` (waits for it); None: not computed here."""
        if name in self.waiting:
            raise RuntimeError(f"lane stage {name!r} taken before its late frames {self.plan.late} were sent")
        frame, beside = self.futures.pop(name).result()
        self.beside.update(beside)
        if not self.futures:
            self._pool.shutdown()
        return frame

    def close(self) -> None:
        """Stop the worker (after an error in the chain): what it has not started is dropped."""
        self._pool.shutdown(wait=False, cancel_futures=True)


class Lanes:
    """The lanes of one run of the chain: started after their stages, taken stage by stage.

    A context manager: leaving it on an error stops the lanes' workers.

    Args:
        steps: the stages the chain runs (a lane runs those of its stages among them).
        parallel: False: no lane starts (every stage runs in the chain's process).
    """

    def __init__(self, steps: Iterable[str], *, parallel: bool) -> None:
        steps = list(steps)
        self._waiting = [
            (plan, [n for n in plan.after if n in steps], names)
            for plan in LANES
            if parallel and (names := [n for n in plan.stages if n in steps])
        ]
        self._started: list[Lane] = []
        self._unfreeze = False  # whether leaving unfreezes the objects frozen for the lanes
        self._taken: dict[str, object] = {}  # frames taken early, for a lane to start after them
        self._done: set[str] = set()
        self._steps = set(steps)  # a late frame the chain does not compute is not waited for

    def start_after(self, name: str, run: Callable, analysis, model, early: Callable | None = None) -> None:
        """Stage ``name`` is computed: send it to each started lane waiting for it as its last
        ``late`` frame; start each lane whose stages ``after`` are now all computed (those a
        started lane runs are taken from it first and set on ``analysis``). ``early``: see
        :class:`Lane`."""
        self._done.add(name)
        for lane in self._started:
            if name in lane.plan.late:
                self._send_when_ready(lane, analysis)
        for entry in list(self._waiting):
            plan, after, names = entry
            if name not in after or not all(n in self._done or self._running(n) for n in after):
                continue
            for n in after:
                if n not in self._done:
                    setattr(analysis, n, self._taken.setdefault(n, self.take(n)))
            self._waiting.remove(entry)
            if not self._started:  # an outer freeze (the caller's) is left as it is
                self._unfreeze = gc.get_freeze_count() == 0
            gc.freeze()  # this process's objects out of its collector: the pages it shares stay shared
            trim_heap()  # and the heap's free memory returned, not shared to be copied
            self._started.append(lane := Lane(plan, names, run, analysis, model, early))
            self._send_when_ready(lane, analysis)  # its late frames may be computed already

    def _send_when_ready(self, lane: Lane, analysis) -> None:
        """Send a waiting lane its late frames once the chain has computed them all."""
        late = [n for n in lane.plan.late if n in self._steps]
        if lane.waiting and all(n in self._done for n in late):
            lane.send({n: getattr(analysis, n) for n in late})

    def _running(self, name: str) -> bool:
        return any(name in lane.futures or name in lane.waiting for lane in self._started)

    def take(self, name: str):
        """The frame of stage ``name`` from the lanes running it (waits for it); None: compute it."""
        if name in self._taken:
            return self._taken.pop(name)
        frame = None
        for lane in self._started:
            if name in lane.futures or name in lane.waiting:
                got = lane.take(name)
                frame = got if frame is None else frame
        return frame

    @property
    def beside(self) -> dict[str, object]:
        """What the stages taken from the lanes computed beside their frames (``Analysis.beside``)."""
        return {k: v for lane in self._started for k, v in lane.beside.items()}

    def __enter__(self) -> Lanes:
        return self

    def __exit__(self, *exc) -> None:
        for lane in self._started:
            lane.close()
        if self._unfreeze:
            gc.unfreeze()
