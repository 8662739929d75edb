"""The stored reuse index (``ct.ReuseIndex``, issue #26): build, add, match on a 200,000-document archive.

    python benchmarks/index.py --work /tmp/idx_work             # the synthetic archive (~15 min)
    python benchmarks/index.py --work /tmp/idx_work --reuters   # exact against batch on Reuters-21578

The archive is the synthetic one of ``benchmarks/scale_out.py`` (200,000 documents: families
of a Reuters-21578 story and 3 edited versions, shuffled; planted pairs share an unedited
sentence of >= 60 characters), built into ``--work`` (never into the repository). Its last
1,000 documents are held out: the index holds the first 199,000. Each step is a fresh process
(its peak RSS is its own):

1. ``build``: ``ReuseIndex.build`` of the 199,000 documents: wall, peak RSS, size on disk;
2. ``query``: 20 articles of 600 words (each the texts of 4 archived documents of other
   families, cut at 600 words), matched one by one on the open index: median wall (warm),
   and the process's peak RSS;
3. ``recall``: the 1,000 held-out documents matched against the archive in one call; recall
   of the planted pairs between a held-out and an archived document;
4. ``cli``: ``corpus-tools match IDX query-00.txt`` as a fresh process, 5 runs, median wall;
5. ``add``: the 1,000 held-out documents added (a new segment): wall.

``--reuters``: Reuters-21578 split 18,000 (archive, first in corpus order) / 1,043 (new): the
archive's own pairs (``find_reuse`` on the 18,000) plus ``match`` of the 1,043 must equal
``find_reuse`` on all 19,043, pair by pair and passage offsets included.
Results: ``benchmarks/index_results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
REUTERS = HERE.parent.parent / "shared" / "data" / "reuters21578.tar.gz"
SIZE, HELD_OUT, N_QUERIES, QUERY_WORDS = 200_000, 1_000, 20, 600
RESULTS = HERE / "index_results.json"
PASSAGE_KEY = [
    "source_doc_id",
    "doc_id",
    "source_start",
    "source_end",
    "start",
    "end",
    "n_tokens",
    "reordered",
]


def _rss_mib() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file())


def _corpus(work: Path) -> pd.DataFrame:
    from corpus_tools.io.partitions import read_stored

    return read_stored(work / "archive" / "corpus")


def _queries(corpus: pd.DataFrame) -> list[str]:
    """20 articles of 600 words, each made of 4 archived documents of 4 other families."""
    archive = corpus.iloc[: len(corpus) - HELD_OUT]
    out = []
    for q in range(N_QUERIES):
        picks = archive.iloc[[(q * 4 + k) * 997 % len(archive) for k in range(4)]]["text"]
        out.append(" ".join(" ".join(picks).split()[:QUERY_WORDS]))
    return out


def step_build(work: Path) -> dict:
    import corpus_tools as ct

    corpus = _corpus(work)
    for q, text in enumerate(_queries(corpus)):  # written here: the query step reads no corpus
        (work / f"query-{q:02d}.txt").write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    ct.ReuseIndex.build(corpus.iloc[: len(corpus) - HELD_OUT], work / "idx", overwrite=True, progress=True)
    wall = time.perf_counter() - t0
    return {
        "build_s": round(wall, 2),
        "build_rss_mib": _rss_mib(),
        "size_mib": round(_size(work / "idx") / 2**20, 1),
    }


def step_query(work: Path) -> dict:
    import corpus_tools as ct

    queries = [(work / f"query-{q:02d}.txt").read_text(encoding="utf-8") for q in range(N_QUERIES)]
    t0 = time.perf_counter()
    idx = ct.ReuseIndex.open(work / "idx")
    idx.match(queries[-1])  # the first query opens the files (warm from here on)
    first = time.perf_counter() - t0
    walls, cpus, hits = [], [], []
    for text in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        found = idx.match(text)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        hits.append(found["source_doc_id"].nunique())
    return {
        "open_and_first_match_s": round(first, 3),
        "match_median_s": round(statistics.median(walls), 3),
        "match_median_cpu_s": round(statistics.median(cpus), 3),
        "match_max_s": round(max(walls), 3),
        "query_load": round(os.getloadavg()[0], 1),
        "match_rss_mib": _rss_mib(),
        "median_archived_hits": statistics.median(hits),
    }


def step_recall(work: Path) -> dict:
    import corpus_tools as ct

    corpus = _corpus(work)
    held = corpus.iloc[len(corpus) - HELD_OUT :]
    idx = ct.ReuseIndex.open(work / "idx")
    t0 = time.perf_counter()
    found = idx.match(held)
    wall = time.perf_counter() - t0
    planted = pd.read_parquet(work / "archive" / "planted.parquet")
    new, archived = set(held.index), set(idx.doc_ids())
    cross = [(a, b) for a, b in zip(planted["a"], planted["b"], strict=True) if (a in new) != (b in new)]
    cross = [(a, b) for a, b in cross if (a if a in archived else b) in archived]
    got = {frozenset(p) for p in zip(found["doc_id"], found["source_doc_id"], strict=True)}
    n_found = sum(frozenset(p) in got for p in cross)
    return {
        "recall_match_s": round(wall, 2),
        "planted_cross_pairs": len(cross),
        "planted_found": n_found,
        "recall": round(n_found / max(len(cross), 1), 4),
    }


def step_add(work: Path) -> dict:
    import corpus_tools as ct

    corpus = _corpus(work)
    held = corpus.iloc[len(corpus) - HELD_OUT :]
    shutil.copytree(work / "idx", work / "idx_add", dirs_exist_ok=False)
    idx = ct.ReuseIndex.open(work / "idx_add")
    t0 = time.perf_counter()
    idx.add(held, progress=True)
    wall = time.perf_counter() - t0
    shutil.rmtree(work / "idx_add")
    return {"add_s": round(wall, 2), "add_rss_mib": _rss_mib(), "n_after_add": len(idx)}


def step_cli(work: Path) -> dict:
    cmd = [
        str(Path(sys.executable).with_name("corpus-tools")),
        "match",
        str(work / "idx"),
        str(work / "query-00.txt"),
    ]
    walls, cpus = [], []
    for _ in range(5):
        t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime)
    return {
        "cli_median_s": round(statistics.median(walls), 3),
        "cli_median_cpu_s": round(statistics.median(cpus), 3),
        "cli_runs_s": [round(w, 3) for w in walls],
        "cli_load": round(os.getloadavg()[0], 1),
    }


def step_reuters(work: Path) -> dict:
    import corpus_tools as ct

    corpus = ct.load_reuters21578(REUTERS)
    archive, new = corpus.iloc[:18_000], corpus.iloc[18_000:]
    t0 = time.perf_counter()
    batch = ct.find_reuse(corpus)
    batch_s = time.perf_counter() - t0
    own = ct.find_reuse(archive)
    t0 = time.perf_counter()
    idx = ct.ReuseIndex.build(archive, work / "reuters_idx", overwrite=True)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = idx.match(new)
    match_s = time.perf_counter() - t0

    def rows(f: pd.DataFrame) -> set[tuple]:
        return set(map(tuple, f[PASSAGE_KEY].astype(str).to_numpy().tolist()))

    expected, got = rows(batch), rows(own) | rows(found)
    pairs = {r[:2] for r in expected}
    return {
        "reuters_batch_s": round(batch_s, 2),
        "reuters_build_s": round(build_s, 2),
        "reuters_match_1043_s": round(match_s, 2),
        "reuters_passages": len(expected),
        "reuters_pairs": len(pairs),
        "reuters_match_passages": len(found),
        "reuters_missing": len(expected - got),
        "reuters_extra": len(got - expected),
        "reuters_equal": expected == got,
    }


STEPS = {
    "build": step_build,
    "query": step_query,
    "recall": step_recall,
    "cli": step_cli,
    "add": step_add,
    "reuters": step_reuters,
}


def _fresh(step: str, work: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--work", str(work), "--data", str(REUTERS.parent), "--_step", step],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=None, help="folder for the archive and the index")
    ap.add_argument("--reuters", action="store_true", help="only the exactness check on Reuters-21578")
    ap.add_argument(
        "--data",
        type=Path,
        default=HERE.parent.parent / "shared" / "data",
        help="folder holding reuters21578.tar.gz",
    )
    ap.add_argument("--size", type=int, default=SIZE, help="documents in the synthetic archive")
    ap.add_argument("--steps", nargs="*", default=["build", "query", "recall", "cli", "add"])
    ap.add_argument("--_step", help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="index_bench_"))
    REUTERS = args.data / "reuters21578.tar.gz"  # noqa: N806
    globals()["REUTERS"] = REUTERS
    if args._step:
        print(json.dumps(STEPS[args._step](work)))
        return
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() and args.size == SIZE else {}
    if args.reuters:
        results.update(_fresh("reuters", work))
    else:
        sys.path.insert(0, str(HERE))
        import scale_out

        scale_out.REUTERS = REUTERS
        if not (work / "archive" / "planted.parquet").exists():
            (work / "archive").mkdir(parents=True, exist_ok=True)
            scale_out.build(args.size, work / "archive")
        for step in args.steps:
            results.update(_fresh(step, work))
            print(step, json.dumps(results), file=sys.stderr, flush=True)
    if args.size == SIZE:
        RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
