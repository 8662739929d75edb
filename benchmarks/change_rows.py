"""Dump the variant rows (change rows), house style and findings of 56 METER courts stories not
held out in round 31, so change rows can be counted by category and read before and after a change
(benchmarks/README.md, "Round 28, branch rkind28", "Round 29, branch rkind29" and "Round 30, branch
rkind30").

Usage::

    python benchmarks/change_rows.py OUTDIR [--meter /tmp/lead/m]

``--meter``: the folder the METER corpus is extracted to (holding ``meter-corpus``); the stories
are ``HELD_OUT_27``, ``TUNE_27``, ``HELD_OUT_26``, ``TUNE_26``, ``HELD_OUT_25``, ``HELD_OUT_24``,
``HELD_OUT_23``, (from round 29, when they are no longer held out) ``HELD_OUT_28``, (from round
30) ``HELD_OUT_29`` and (from round 31) ``HELD_OUT_30`` of ``claims.py``, less any story held out or
drawn to tune in the current round (``HELD_OUT_31``, ``TUNE_31``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import claims  # noqa: E402

import corpus_tools as ct  # noqa: E402
from corpus_tools.report.findings import findings, overview  # noqa: E402

STORIES = (
    claims.HELD_OUT_27
    + claims.TUNE_27
    + claims.HELD_OUT_26
    + claims.TUNE_26
    + claims.HELD_OUT_25
    + claims.HELD_OUT_24
    + claims.HELD_OUT_23
    + claims.HELD_OUT_28
    + claims.HELD_OUT_29
    + claims.HELD_OUT_30
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--meter", type=Path, default=Path("/tmp/lead/m"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    names = [n for n in STORIES if n not in claims.HELD_OUT_31 + claims.TUNE_31]
    meter = ct.load_meter(args.meter, stories=names)
    for name in names:
        a = ct.analyze(meter[name])
        tag = name.replace("/", "_")
        with open(args.out / f"{tag}_findings.md", "w") as fh:
            fh.write(f"## {name}\n\n{overview(a)}\n\n")
            fh.writelines(f"- [{k}] {text}\n\n" for k, text in findings(a).items())
        a.variants.to_csv(args.out / f"{tag}__variants.csv")
        a.house_style.to_csv(args.out / f"{tag}__house_style.csv")
        print(name, len(a.variants), flush=True)


if __name__ == "__main__":
    main()
