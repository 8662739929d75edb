"""Write the two corpus folders whose report time #23 bounds (<= 10 s): the Cominco series and a METER story.

Run: ``python benchmarks/family_report.py OUTDIR [--reuters PATH] [--meter PATH]`` (defaults
``../shared/data/``). Writes ``OUTDIR/cominco`` (the eight Reuters-21578 stories of the
Cominco strike, NEWIDs 17480 ... 19477, with ``outlet``, ``headline`` and ``published``)
and ``OUTDIR/meter`` (the 10-document METER courts story with the most words, PA takes
grouped, as :mod:`benchmarks.meter_report` writes it). Time each as a fresh process::

    PYTHONPATH=$PWD /usr/bin/time -v [5 runs] \\
        python -m corpus_tools report OUTDIR/cominco -o /tmp/out --overwrite

The report holds the family tree, the timeline and the pair views (#23).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from meter_report import write_story

import corpus_tools as ct

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
COMINCO = "17480 17486 17783 17805 18337 18412 18416 19477".split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--reuters", type=Path, default=DATA / "reuters21578.tar.gz")
    ap.add_argument("--meter", type=Path, default=DATA / "meter-courts.tar.gz")
    args = ap.parse_args()
    for name in ("cominco", "meter"):
        (args.outdir / name).mkdir(parents=True, exist_ok=True)
    reuters = ct.load_reuters21578(args.reuters).loc[COMINCO]
    write_story(reuters, args.outdir / "cominco", ("outlet", "headline", "published"))
    stories = ct.load_meter(args.meter)
    ten = [s for s, c in stories.items() if len(c) == 10]
    story = max(ten, key=lambda s: (stories[s]["n_words"].sum(), s))
    write_story(stories[story], args.outdir / "meter")
    print(f"wrote {args.outdir / 'cominco'} (8 documents) and {args.outdir / 'meter'} (story {story})")


if __name__ == "__main__":
    main()
