"""Parts of the report page built in one forked process beside the rest (issue #23: wall time).

The report is written after the analysis, in one process: on 3,000 news stories its page took one
core for about 17 s while the other waited. Each part of the page is a function of the finished
analysis alone, so :class:`ForkedParts` runs some of them in one forked worker
(:class:`concurrent.futures.ProcessPoolExecutor`, the ``fork`` start method, as
:mod:`corpus_tools.lanes`) while this process builds the others, and hands back each part's
string: the page is the same either way. As the lanes, only where the parse itself runs in worker
processes (:func:`corpus_tools.text.nlp.processes`; ``CORPUS_TOOLS_PROCESSES=1`` turns it off), and
this process's objects are frozen out of its collector (:func:`gc.freeze`) and the heap's free memory
returned before the fork, so that the worker shares the pages it reads instead of copying them.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor

from corpus_tools.text.nlp import trim_heap

__all__ = ["ForkedParts"]

_JOB: list[Mapping[str, Callable[[], object]]] = []  # what the forked worker inherits


def _run(name: str) -> object:
    """In the worker: the part ``name`` of the inherited job."""
    return _JOB[0][name]()


class ForkedParts:
    """Parts computed in one forked worker when ``parallel``, else in this process when taken.

    A context manager: leaving it stops the worker and unfreezes what it froze.

    Args:
        parts: ``{name: build()}``, each a function of data the worker inherits at the fork.
        parallel: False: nothing forks (each part is built when :meth:`take` asks for it).
    """

    def __init__(self, parts: Mapping[str, Callable[[], object]], *, parallel: bool) -> None:
        self._parts, self._futures, self._pool = dict(parts), {}, None
        self._unfreeze = False
        if not parallel or not self._parts:
            return
        self._unfreeze = gc.get_freeze_count() == 0  # an outer freeze (the caller's) is left as it is
        gc.freeze()
        trim_heap()
        _JOB[:] = [self._parts]
        try:  # the worker forks at the first submit, while _JOB holds the parts
            fork = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(1, mp_context=fork, initializer=gc.freeze)
            self._futures = {n: self._pool.submit(_run, n) for n in self._parts}
            self._pool.shutdown(wait=False)  # the worker exits once its parts are done
        finally:
            _JOB.clear()

    def take(self, name: str) -> object:
        """The part ``name`` (waits for the worker; built here when nothing forked)."""
        if name in self._futures:
            return self._futures.pop(name).result()
        return self._parts[name]()

    def __enter__(self) -> ForkedParts:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:  # after an error here, what the worker has not started is dropped
            self._pool.shutdown(wait=False, cancel_futures=True)
        if self._unfreeze:
            gc.unfreeze()
