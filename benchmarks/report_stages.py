"""CPU seconds of each stage of :func:`corpus_tools.analyze` on a corpus folder (issue #23).

Each stage is timed with ``time.process_time`` (this process) and ``RUSAGE_CHILDREN`` (the parse
workers it waited for); the per-parent stages the changes stage runs are printed as they run,
inside ``changes``. Wall time is left out: on a shared machine it says little.

Run: ``python benchmarks/report_stages.py FOLDER [--pickle OUT.pkl]`` (``--pickle`` keeps the
analysis, so that one stage can be timed again alone on it).
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
from corpus_tools import analysis


def _children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pickle", type=Path, default=None)
    args = parser.parse_args()
    run = analysis._run_stage

    def timed(name, a, model):
        cpu, workers = time.process_time(), _children()
        out = run(name, a, model)
        print(f"{name}: {time.process_time() - cpu:.2f} s, workers {_children() - workers:.2f} s", flush=True)
        return out

    analysis._run_stage = timed
    gc.freeze()  # as the command line does (corpus_tools.cli.main)
    gc.set_threshold(20_000, 10, 10)
    a = ct.analyze(ct.load_corpus(args.folder))
    print(f"all: {time.process_time():.2f} s, workers {_children():.2f} s", file=sys.stderr)
    if args.pickle is not None:
        args.pickle.write_bytes(pickle.dumps(a, protocol=5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
