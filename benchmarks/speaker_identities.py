"""The cost of reading speakers over their document and group (issue 22, branch spk4a):
:func:`corpus_tools.attribution.identities.refine_speakers` on a large corpus made of copies of
the METER courts story 27.09.99/pinochet (13 PA takes and 9 papers, about 9 MB for 150 copies,
every copy its own group), the longest court story of the audit.

The attribution frame of one copy is computed once and cached (``--cache``); each run then copies
it and times only what ``--stage`` names, so ``/usr/bin/time -v`` can compare ``--stage refine`` with
``--stage copy`` (the same run without the refinement)::

    /usr/bin/time -v [3 runs] python benchmarks/speaker_identities.py --stage refine --cache /tmp/x \\
        --vs 'python benchmarks/speaker_identities.py --stage copy --cache /tmp/x'
"""

from __future__ import annotations

import argparse
import tarfile
import tempfile
from pathlib import Path

import pandas as pd

import corpus_tools as ct
from corpus_tools.attribution.attributions import attributions
from corpus_tools.attribution.identities import refine_speakers

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
STORY = "27.09.99/pinochet"


def one_copy(data: Path, cache: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The story's corpus and attribution frames, cached as pickles in ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    corpus_file, frame_file = cache / "corpus.pkl", cache / "attributions.pkl"
    if not frame_file.exists():
        with tempfile.TemporaryDirectory() as tmp, tarfile.open(data / "meter-courts.tar.gz") as tar:
            tar.extractall(tmp, filter="data")
            corpus = ct.load_meter(tmp, stories=[STORY])[STORY]
        attributions(corpus).to_pickle(frame_file)
        corpus.to_pickle(corpus_file)
    return pd.read_pickle(corpus_file), pd.read_pickle(frame_file)


def copies(corpus: pd.DataFrame, frame: pd.DataFrame, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n`` copies of the story, each its own documents, groups and speakers."""
    cs, fs = [], []
    for k in range(n):
        c = corpus.copy()
        c.index = [f"{d}_{k}" for d in corpus.index]
        c["group"] = [f"{g}_{k}" for g in corpus["group"]]
        f = frame.copy()
        f["doc_id"] = f["doc_id"] + f"_{k}"
        f["speaker_id"] = [x.replace(":", f"_{k}:") if isinstance(x, str) else x for x in f["speaker_id"]]
        cs.append(c)
        fs.append(f)
    return pd.concat(cs), pd.concat(fs, ignore_index=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--copies", type=int, default=150)
    ap.add_argument("--stage", choices=["copy", "refine"], default="refine")
    args = ap.parse_args()
    corpus, frame = copies(*one_copy(args.data, args.cache), args.copies)
    if args.stage == "refine":
        out = refine_speakers(frame, corpus)
        print(len(corpus), "documents", len(out), "attributions", out["speaker_id"].nunique(), "speakers")


if __name__ == "__main__":
    main()
