"""Stages run beside the chain, in forked processes, so that both cores work through a large run.

:func:`corpus_tools.analyze` runs its stages in one process, and the parse in worker processes:
after the parse, one core waited while the other ran the stages that follow (issue #23: on 1,000
news stories about 50 s of the main process's CPU, serial). A *lane* (:data:`LANES`) is a run of
stages that the chain does not read until late: once the chain has computed what the lane
starts after, one forked process (:class:`concurrent.futures.ProcessPoolExecutor`, one worker,
the ``fork`` start method) runs the lane's stages in order on a copy of the analysis as it stood,
and hands back each frame; the chain takes a frame where it would have computed it. Each stage is
a function of the frames it reads, so the frames are the same as in one process.

Lanes run only where the parse itself runs in worker processes (:func:`corpus_tools.text.nlp.processes`,
``CORPUS_TOOLS_PROCESSES=1`` turns both off): a small corpus, a notebook's seeds, a test's corpus
start no process. No ``__main__`` guard is needed (fork, not spawn).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["LANES", "Lane", "Lanes", "changes_alone"]

#: (the stage after which the lane starts, the lane's stages in the order it runs them). The first:
#: the stages that read no parse (``changes`` only when it reads no frame of the chain, see
#: :class:`Lane`); the second: who speaks, read from the parse and the alignment.
LANES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("copies", ("passages", "family", "changes")),
    ("alignment", ("attributions", "speakers", "speaker_summary", "speaker_survival")),
)

#: what a forked lane inherits: (run a stage, the analysis, the model, may ``changes`` run here)
_JOB: list[tuple[Callable, object, object, Callable]] = []


def changes_alone(a, max_edges: int = 200) -> bool:
    """Whether the changes stage of analysis ``a`` reads no frame of the chain: its family tree
    has no edge, or more than ``max_edges`` edges from more than one parent (then
    :func:`corpus_tools.analysis.parent_frames` aligns nothing again and returns None); False when
    that depends on the source and it is not yet known."""
    parents = set(a.family["parent_doc_id"].dropna().astype(str))
    edges = int(a.family["parent_doc_id"].notna().sum())
    own = parents == {str(a.source)} or (a.source is None and len(parents) == 1)
    return a.against != "parent" and (not parents or (edges > max_edges and not own))


def _run_one(name: str):
    """In the lane's process: stage ``name`` on the inherited analysis (kept for the next stages);
    None for ``changes`` when it would read a frame of the chain."""
    run, a, model, alone = _JOB[0]
    if name == "changes" and not alone(a):
        return None
    frame = run(name, a, model)
    setattr(a, name, frame)
    return frame


class Lane:
    """One lane started: its stages run in one forked worker, in order, one future each.

    Args:
        names: the lane's stages to run (in order; each may read the ones before it).
        run: ``run(name, analysis, model)`` -> the stage's frame.
        analysis: the analysis as it stands (the worker works on its copy).
        model: the spaCy pipeline (name or object).
        alone: ``alone(analysis)`` -> whether ``changes`` reads no frame of the chain.
    """

    def __init__(self, names: Iterable[str], run: Callable, analysis, model, alone: Callable) -> None:
        self.names = list(names)
        _JOB[:] = [(run, analysis, model, alone)]
        try:  # the worker forks at the first submit; it freezes what it inherits (as the parse workers)
            fork = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(1, mp_context=fork, initializer=gc.freeze)
            self._futures: dict[str, Future] = {n: self._pool.submit(_run_one, n) for n in self.names}
        finally:
            _JOB.clear()

    def take(self, name: str):
        """The frame of stage ``name`` (waits for it); None: the caller computes it."""
        frame = self._futures.pop(name).result()
        if not self._futures:
            self._pool.shutdown()
        return frame

    def close(self) -> None:
        """Stop the worker (after an error in the chain): what it has not started is dropped."""
        self._pool.shutdown(wait=False, cancel_futures=True)


class Lanes:
    """The lanes of one run of the chain: started after their first stage, taken stage by stage.

    A context manager: leaving it on an error stops the lanes' workers.

    Args:
        steps: the stages the chain runs (a lane runs only those of its stages among them).
        parallel: False: no lane starts (every stage runs in the chain's process).
    """

    def __init__(self, steps: Iterable[str], *, parallel: bool) -> None:
        steps = list(steps)
        self._waiting = {
            after: names
            for after, lane in LANES
            if parallel and after in steps and (names := [n for n in lane if n in steps])
        }
        self._started: list[Lane] = []

    def start_after(self, name: str, run: Callable, analysis, model, alone: Callable) -> None:
        """Start the lane that waits for stage ``name``, if any (see :class:`Lane`)."""
        if name in self._waiting:
            self._started.append(Lane(self._waiting.pop(name), run, analysis, model, alone))

    def take(self, name: str):
        """The frame of stage ``name`` from the lane running it (waits for it); None: compute it."""
        lane = next((x for x in self._started if name in x._futures), None)
        return None if lane is None else lane.take(name)

    def __enter__(self) -> Lanes:
        return self

    def __exit__(self, *exc) -> None:
        for lane in self._started:
            lane.close()
