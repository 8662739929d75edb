"""Whether one METER text's sentence alignment depends on Python's string hashing (found in round 30).

Run: ``python benchmarks/alignment_hashseed.py --meter-root FOLDER [--doc skipper703_sun]
[--seeds 0 7 99 123] [--cache DIR]`` (``FOLDER``: METER extracted, the folder holding ``PA`` and
``newspapers``). For each seed, a fresh interpreter with ``PYTHONHASHSEED`` set aligns the story
holding ``--doc`` to its PA takes (``align_sentences(corpus, source="PA")``, spaCy sentences cached
as ``benchmarks/derivation.py`` caches them) and prints each of the text's sentences whose class or
source sentences differ from the first seed's. A deterministic alignment prints no difference.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def align(root: str, doc: str, cache: str) -> dict:
    """``sent_id`` -> [reuse_class, source_doc_id, source_sent_ids] of ``doc``'s sentences."""
    sys.path.insert(0, str(HERE))
    import meter

    from corpus_tools import load_meter
    from corpus_tools.reuse import alignment as overlap

    stories = load_meter(Path(root))
    corpus = next(c for c in stories.values() if doc in set(map(str, c.index)))
    Path(cache).mkdir(parents=True, exist_ok=True)
    a = overlap.align_sentences(corpus, source="PA", sentences=meter.cached_sentences(corpus, Path(cache)))
    a = a[a["doc_id"] == doc]
    return {
        int(r.sent_id): [r.reuse_class, r.source_doc_id, list(map(int, r.source_sent_ids))]
        for r in a.itertuples()
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter-root", required=True)
    ap.add_argument("--doc", default="skipper703_sun")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 7, 99, 123])
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the child's run
    args = ap.parse_args()
    if args.one:
        print(json.dumps(align(args.meter_root, args.doc, args.cache)))
        return
    runs = {}
    for seed in args.seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        cmd = [sys.executable, __file__, "--one", "--meter-root", args.meter_root]
        cmd += ["--doc", args.doc, "--cache", args.cache]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
        runs[seed] = json.loads(out.strip().splitlines()[-1])
    first = args.seeds[0]
    for seed in args.seeds[1:]:
        for sid, row in runs[seed].items():
            was = runs[first][sid]
            if row != was:
                print(f"PYTHONHASHSEED={seed}: {args.doc} sentence {sid}: {row} (seed {first}: {was})")
    print(f"{len(args.seeds)} seeds compared on {args.doc}")


if __name__ == "__main__":
    main()
