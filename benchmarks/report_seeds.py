"""Wall time of the README's main job, `corpus-tools report seeds/ -o OUTDIR`, in fresh processes.

Run: ``python benchmarks/report_seeds.py [--runs 3]`` (prints each run and the median).
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    exe = Path(sys.executable).with_name("corpus-tools")
    times = []
    for k in range(args.runs):
        with tempfile.TemporaryDirectory() as out:
            t = time.perf_counter()
            subprocess.run(
                [str(exe), "report", str(ROOT / "seeds"), "-o", out], check=True, capture_output=True
            )
            times.append(time.perf_counter() - t)
        print(f"run {k + 1}: {times[-1]:.2f} s")
    print(f"median of {args.runs}: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
