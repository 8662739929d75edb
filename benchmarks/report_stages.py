"""CPU seconds of each stage of :func:`corpus_tools.analyze` on a corpus folder (issue #23).

Each stage is timed with ``time.process_time`` (this process) and ``RUSAGE_CHILDREN`` (the parse
workers it waited for); the per-parent stages the changes stage runs are printed as they run,
inside ``changes``. A stage run in a lane (``corpus_tools/lanes.py``) is printed by the lane's
process, and the chain prints how long it waited for it. Wall times are printed too; on a shared
machine they say little.

Run: ``python benchmarks/report_stages.py FOLDER [--pickle OUT.pkl]`` (``--pickle`` keeps the
analysis, so that one stage can be timed again alone on it). ``python benchmarks/report_stages.py
--fact-rows OUT.pkl`` times the fact rows of the changes stage alone on a kept analysis: every edge's
``pair_changes`` is run once (its fact rows kept), then ``fact_rows`` again on each edge's
arguments, timed (the pipeline loaded before and the sentences it tagged forgotten, as in a report),
and its rows checked to be those of the first run.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import resource
import sys
import time
from pathlib import Path

import corpus_tools as ct
from corpus_tools import analysis, lanes
from corpus_tools.text.cleaning import cleaned_once
from corpus_tools.text.nlp import load_model
from corpus_tools.variants import changes as edits
from corpus_tools.variants import fact_changes


def _children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def fact_rows_alone(kept: Path) -> int:
    """CPU seconds of ``fact_rows`` on every edge of a kept analysis (see the module's docstring)."""
    a = pickle.loads(kept.read_bytes())
    calls = []
    real = edits.fact_rows

    def kept_call(*args, **kw):
        out = real(*args, **kw)
        calls.append((args, kw, list(out)))  # pair_changes adds its other rows to the list
        return out

    edits.fact_rows = kept_call
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)
    load_model()
    with cleaned_once():
        edits.changes(a.corpus, family_frame=a.family, survival=None)
    edits.fact_rows = real
    fact_changes._TAGGED.clear()  # the sentences tagged on the first run are tagged again, as in a report
    cpu, same = time.process_time(), 0
    for args, kw, out in calls:
        same += real(*args, **kw) == out
    print(f"fact_rows on {len(calls)} edges: {time.process_time() - cpu:.2f} s; {same} the same", flush=True)
    return 0 if same == len(calls) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--pickle", type=Path, default=None)
    parser.add_argument("--fact-rows", type=Path, default=None, metavar="KEPT.pkl")
    args = parser.parse_args()
    if args.fact_rows is not None:
        return fact_rows_alone(args.fact_rows)
    if args.folder is None:
        parser.error("give a FOLDER, or --fact-rows KEPT.pkl")
    run = analysis._run_stage

    def timed(name, a, model):
        wall, cpu, workers = time.perf_counter(), time.process_time(), _children()
        out = run(name, a, model)
        print(
            f"{name}: {time.process_time() - cpu:.2f} s, workers {_children() - workers:.2f} s, "
            f"wall {time.perf_counter() - wall:.2f} s",
            flush=True,
        )
        return out

    analysis._run_stage = timed
    take = lanes.Lanes.take

    def waited(self, name):  # a stage run in a lane: printed by the lane; here what the chain waited
        wall = time.perf_counter()
        frame = take(self, name)
        if frame is not None:
            print(f"{name}: taken from a lane, waited {time.perf_counter() - wall:.2f} s", flush=True)
        return frame

    lanes.Lanes.take = waited
    gc.freeze()  # as the command line does (corpus_tools.cli.main)
    gc.set_threshold(20_000, 10, 10)
    wall = time.perf_counter()
    a = ct.analyze(ct.load_corpus(args.folder))
    print(
        f"all: {time.process_time():.2f} s, workers {_children():.2f} s, "
        f"wall {time.perf_counter() - wall:.2f} s (loading included)",
        file=sys.stderr,
    )
    if args.pickle is not None:  # a stage's beside and early parts are read-only mappings: kept as dicts
        a.beside, a.early = dict(a.beside), dict(a.early)
        args.pickle.write_bytes(pickle.dumps(a, protocol=5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
