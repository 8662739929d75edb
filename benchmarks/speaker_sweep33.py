"""Round 33's sweep of wire speaker lists (issue 22, branch spk71): 40 Reuters-21578 update series of
``benchmarks/family_edges.csv`` (``reuters_series``) outside every draw (``HELD_OUT_32``, ``TUNE_32``,
``HELD_OUT_33``, ``TUNE_33``; Cominco is never in ``reuters_series``), ``random.Random(3371).sample``
of them, sorted. For each, the first document's text and the package's speakers of it
(``speaker_table``) and its attributions (speaker, cue, role, kind), to mark by reading
(``benchmarks/speaker_sweep33.md``). ``--seed 3372 --n 20`` draws the 20 further series the rules are
checked on (outside the 40 as well)::

    python benchmarks/speaker_sweep33.py --data ../shared/data/reuters21578.tar.gz > /tmp/sweep.txt
    python benchmarks/speaker_sweep33.py --seed 3372 --n 20 > /tmp/check.txt
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import corpus_tools as ct

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims import DATA, HELD_OUT_32, HELD_OUT_33, TUNE_32, TUNE_33, reuters_series  # noqa: E402

DRAWN = set(HELD_OUT_32 + TUNE_32 + HELD_OUT_33 + TUNE_33)


def draw(corpus, seed: int, n: int) -> list[str]:
    """The sorted series of the sweep (seed 3371, 40) or of the check (seed 3372, 20, outside the 40)."""
    pool = [k for k in reuters_series(corpus) if k not in DRAWN]
    if seed != 3371:
        pool = [k for k in pool if k not in set(random.Random(3371).sample(pool, 40))]
    return sorted(random.Random(seed).sample(pool, n))


def print_document(corpus, a: ct.Analysis, doc_id: str) -> None:
    """Print ``doc_id``'s text, its ``speakers`` rows and its attributions from ``a`` (an analysis
    with the ``speakers`` stage), as the sweeps read them (``speaker_sweep35.py`` calls it too)."""
    print(corpus.loc[doc_id, "text"].strip())
    print("--- speakers")
    sp = a.speakers[a.speakers["doc_id"] == doc_id]
    for r in sp.itertuples():
        print(f"  {r.speaker_id} | {r.speaker} | {r.speaker_kind} | named={r.named} | n={r.n_statements}")
    print("--- attributions")
    at = a.attributions[a.attributions["doc_id"] == doc_id]
    for r in at.itertuples():
        print(f"  {r.speaker_id} | {r.speaker!r} | {r.cue!r} | {r.role} | {r.speaker_type}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DATA / "reuters21578.tar.gz", help="the Reuters-21578 archive"
    )
    ap.add_argument("--seed", type=int, default=3371)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--list", action="store_true", help="print the draw and exit")
    args = ap.parse_args()
    corpus = ct.load_reuters21578(args.data)
    keys = draw(corpus, args.seed, args.n)
    print(len(keys), "series:", " ".join(keys))
    if args.list:
        return
    for key in keys:
        ids = key.split("+")
        a = ct.analyze(corpus.loc[ids], only=["speakers"])
        first = min(ids, key=lambda i: (corpus.loc[i, "published"], int(i)))  # the earliest
        print(f"\n=== {key}: first document {first} ===")
        print_document(corpus, a, first)


if __name__ == "__main__":
    main()
