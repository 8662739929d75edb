"""Render the findings of the stories of the claims audit (``benchmarks/claims.md``), so the audit can
be redone after a change: run it, compare each paragraph with the claims listed in claims.md, and
mark again every claim whose wording changed.

Stories: the seeds; the Cominco strike updates of Reuters-21578 (June 1987); four METER courts
stories. The data are read from ``../shared/data`` (``--data``), extracted to a temporary folder,
never into the repository.

Usage::

    python benchmarks/claims.py                 # every story
    python benchmarks/claims.py --story cominco # one
"""

from __future__ import annotations

import argparse
import tarfile
import tempfile
from pathlib import Path

import corpus_tools as ct
from corpus_tools.report.findings import findings, overview

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
#: the Reuters-21578 NEWIDs of the Cominco strike updates, in order of time
COMINCO = ["17480", "17486", "17783", "17805", "18337", "18412", "18416", "19477"]
#: the METER courts stories of the audit
METER = ["08.12.99/chief", "22.11.99/cynthia", "15.03.00/baby", "12.07.99/walker"]


def stories(data: Path, tmp: Path) -> dict[str, object]:
    """Story name -> corpus frame."""
    out = {"seeds": ct.load_corpus(ROOT / "seeds")}
    out["cominco"] = ct.load_reuters21578(data / "reuters21578.tar.gz").loc[COMINCO]
    with tarfile.open(data / "meter-courts.tar.gz") as tar:
        tar.extractall(tmp, filter="data")
    meter = ct.load_meter(tmp, stories=METER)
    out.update({key: meter[key] for key in METER})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--story", default=None, help="seeds, cominco or a METER story key")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus in stories(args.data, Path(tmp)).items():
            if args.story and name != args.story:
                continue
            a = ct.analyze(corpus)
            print(f"## {name}\n\n{overview(a)}\n")
            for text in findings(a).values():
                print(f"- {text}\n")
            print(f"checks: {sum(t.count('check:') for t in findings(a).values())}\n")


if __name__ == "__main__":
    main()
