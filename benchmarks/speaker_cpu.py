"""CPU of the speaker stages on the first N news-like documents, in one process: the measure every
change to the attribution rules is timed with before it lands (issue #23's 3,000-document limit; round
25's rules, each cheap alone, together made the speaker lane finish after the chain).

It builds ``robustness.py``'s ``news3000`` case (Reuters-21578 stories of 150 to 500 words) in a
temporary folder, takes the first N documents, runs the analyses up to the speaker survival with no
worker processes (``CORPUS_TOOLS_PROCESSES=1``, set here), and prints each stage's CPU seconds and
the total of the speaker stages (attributions, speakers, speaker_summary, speaker_survival). With
``--pickle FILE`` it also writes those four frames, so two versions can be compared with
``DataFrame.equals``. Run before and after a change, back to back, on the same machine::

    python benchmarks/speaker_cpu.py --data ../shared/data/reuters21578.tar.gz [--n 600] [--pickle F]

Round 26 (quiet machine, N = 600): 9.11 s on ``c905f5d``, 7.83 s on the merged main
(``benchmarks/README.md``, "End of round 26").
"""

from __future__ import annotations

import argparse
import os
import pickle
import tempfile
import time
from pathlib import Path

from robustness import build

import corpus_tools as ct
import corpus_tools.analysis as analysis

SPEAKER_STAGES = ("attributions", "speakers", "speaker_summary", "speaker_survival")


def stage_cpu(corpus) -> tuple[dict[str, float], object]:
    """``({stage: CPU seconds}, analysis)`` of the analyses up to the speaker survival."""
    cpu: dict[str, float] = {}
    run = analysis._run_stage

    def timed(name, a, model):
        start = time.process_time()
        out = run(name, a, model)
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - start
        return out

    analysis._run_stage = timed
    try:
        a = ct.analyze(corpus, only=list(SPEAKER_STAGES))
    finally:
        analysis._run_stage = run
    return cpu, a


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="reuters21578.tar.gz")
    ap.add_argument("--n", type=int, default=600, help="the first N documents of news3000")
    ap.add_argument("--pickle", type=Path, default=None, help="write the four speaker frames here")
    args = ap.parse_args()
    os.environ["CORPUS_TOOLS_PROCESSES"] = "1"  # read at each parse: no worker processes, no lane
    with tempfile.TemporaryDirectory() as tmp:
        folder = build("news3000", ct.load_reuters21578(args.data, limit=None), Path(tmp))
        corpus = ct.load_corpus(folder).iloc[: args.n]
        cpu, a = stage_cpu(corpus)
    for name, seconds in cpu.items():
        print(f"{name:18s} {seconds:7.2f} s")
    total = sum(cpu.get(name, 0.0) for name in SPEAKER_STAGES)
    print(f"SPEAKER STAGES CPU {total:.2f} s on {len(corpus)} documents; {len(a.attributions)} attributions")
    if args.pickle is not None:
        with open(args.pickle, "wb") as f:
            pickle.dump({name: getattr(a, name) for name in SPEAKER_STAGES}, f)


if __name__ == "__main__":
    main()
