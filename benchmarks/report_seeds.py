"""Wall time of the README's main job, `corpus-tools report seeds/ -o OUTDIR`, in fresh processes.

Run: ``python benchmarks/report_seeds.py [--runs 5] [--floor]`` (prints each run and the median).

``--floor`` also times, each in its own fresh process, what every report pays before
any analysis of this package runs: the interpreter, ``import pandas``, ``import
corpus_tools``, importing spaCy, loading the English pipeline and parsing the seeds.
The runs alternate (one of each in turn), so a machine whose speed drifts moves every
figure alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: step -> the Python code of a fresh process that stops after that step
FLOOR = {
    "interpreter": "pass",
    "import pandas": "import pandas",
    "import corpus_tools": "import corpus_tools",
    "+ import spacy": "import corpus_tools, spacy",
    "+ load the pipeline": "import corpus_tools; corpus_tools.load_model()",
    "+ parse the seeds": "import corpus_tools as ct; ct.parse(ct.load_seeds())",
}


def _time(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", action="store_true", help="also time the fixed costs, step by step")
    args = parser.parse_args()
    exe = Path(sys.executable).with_name("corpus-tools")
    steps = FLOOR if args.floor else {}
    times: dict[str, list[float]] = {name: [] for name in [*steps, "report"]}
    for k in range(args.runs):
        for name, code in steps.items():
            times[name].append(_time([sys.executable, "-c", code]))
        with tempfile.TemporaryDirectory() as out:
            times["report"].append(_time([str(exe), "report", str(ROOT / "seeds"), "-o", out]))
        print(f"run {k + 1}: report {times['report'][-1]:.2f} s")
    for name, ts in times.items():
        print(f"{name:<22} median {statistics.median(ts):.2f} s  (min {min(ts):.2f}, max {max(ts):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
