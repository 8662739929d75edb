"""find_reuse beyond one machine: synthetic archives of 20k-200k documents, pandas and Dask engines.

    python benchmarks/scale_out.py                       # every size, both engines (~30 min)
    python benchmarks/scale_out.py --sizes 20000 --engines dask

The archives are built from Reuters-21578 (../shared/data/reuters21578.tar.gz, extracted
nowhere: read from the tarball) into a temporary folder, never into the repository:

* a *family* is one real story (its base) and 3 versions of it, each with sentence-level
  edits (a sentence dropped, a word removed from another), a sentence inserted from another
  story and, sometimes, two sentences swapped;
* an archive of N documents holds N / 20,000 *generations* of 5,000 families; generation g
  takes the next 5,000 stories (cycling through the usable ones) and writes them through a
  letter and digit substitution of its own (none for g = 0), so generations share no text,
  and each generation is a 20,000-document archive as dense in reuse as the others (its
  stories overlap as Reuters' do; insertions come from its own stories). The work per
  document is therefore the same at every size, and the growth measured is the engine's;
* the documents are shuffled, so the versions of a story sit in different partitions;
* planted pairs: two documents of one family that keep a common, unedited sentence of at
  least 60 characters. Recall is the share of planted pairs found.

Each engine runs in a fresh process (so its peak RSS is its own) on Parquet written by
``corpus_tools.reuse.passages.to_parquet``; the Dask engine on a ``LocalCluster`` of 2 worker
processes with a 4 GB memory limit each, writing its passages as Parquet (``output=``), so
the driver never holds them. Results: ``benchmarks/scale_out_results.json`` and ``scale_out.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
REUTERS = HERE.parent.parent / "shared" / "data" / "reuters21578.tar.gz"
SIZES = (20_000, 50_000, 100_000, 200_000)
FAMILY = 4
GENERATION = 5_000  # families per generation: 20,000 documents
PARTITION = 5_000
MIN_SENTENCE = 60
PASSIM_TOKENS = 1  # every run, then passim's 50-character floor (_passim_floor): the figures below
SENT_RE = re.compile(r"(?<=[.!?])\s+")


def _cipher(generation: int) -> dict[int, str]:
    """A letter and digit substitution; generation 0 is the identity."""
    rng = np.random.default_rng(1000 + generation)
    lower, digits = "abcdefghijklmnopqrstuvwxyz", "0123456789"
    if generation == 0:
        return {}
    lo = "".join(rng.permutation(list(lower)))
    di = "".join(rng.permutation(list(digits)))
    return str.maketrans(lower + lower.upper() + digits, lo + lo.upper() + di)


def build(size: int, folder: Path, seed: int = 0) -> None:
    """Write the archive (``corpus/``) and its planted pairs (``planted.parquet``) into ``folder``."""
    import corpus_tools as ct
    from corpus_tools.reuse.distributed import to_parquet

    stories = [SENT_RE.split(t.strip()) for t in ct.load_reuters21578(REUTERS)["text"]]
    stories = [s for s in stories if len(s) >= 3 and sum(len(x) >= MIN_SENTENCE for x in s) >= 2]
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(stories))
    ids, texts, keeps, fams = [], [], [], []
    for f in range(size // FAMILY):
        gen, k = divmod(f, GENERATION)
        subset = order[(gen * GENERATION + np.arange(GENERATION)) % len(stories)]
        story = stories[subset[k]]
        table = _cipher(gen)
        base = [s.translate(table) for s in story]
        long = {i for i, s in enumerate(base) if len(s) >= MIN_SENTENCE}
        for v in range(FAMILY):
            sents, kept = list(enumerate(base)), set(long)
            if v:
                drop = int(rng.integers(len(sents)))
                kept.discard(sents[drop][0])
                del sents[drop]
                edit = int(rng.integers(len(sents)))
                words = sents[edit][1].split()
                if len(words) > 3:
                    del words[int(rng.integers(1, len(words) - 1))]
                    kept.discard(sents[edit][0])
                    sents[edit] = (sents[edit][0], " ".join(words))
                other = stories[subset[int(rng.integers(GENERATION))]]
                sents.insert(int(rng.integers(len(sents) + 1)), (-1, other[0].translate(table)))
                if rng.random() < 0.3 and len(sents) > 2:
                    k = int(rng.integers(len(sents) - 1))
                    sents[k], sents[k + 1] = sents[k + 1], sents[k]
            ids.append(f"f{f:06d}v{v}")
            texts.append(" ".join(s for _, s in sents))
            keeps.append(kept)
            fams.append(f)
    perm = rng.permutation(len(ids))
    corpus = pd.DataFrame(
        {"text": [texts[i] for i in perm]}, index=pd.Index([ids[i] for i in perm], name="doc_id")
    )
    to_parquet(corpus, folder / "corpus", partition_size=PARTITION)
    planted = []
    for start in range(0, len(ids), FAMILY):
        for a in range(start, start + FAMILY):
            for b in range(a + 1, start + FAMILY):
                if keeps[a] & keeps[b]:
                    planted.append((ids[a], ids[b]))
    pd.DataFrame(planted, columns=["a", "b"]).to_parquet(folder / "planted.parquet")


def run(engine: str, folder: Path, out: Path) -> dict:
    """One engine on one archive, in this (fresh) process; the passages go to ``out``."""
    from corpus_tools.reuse.distributed import find_reuse

    t0 = time.perf_counter()
    workers: list[float] = []
    if engine == "pandas":
        find_reuse(folder / "corpus", engine="pandas", output=out, min_tokens=PASSIM_TOKENS)
    else:
        from dask.distributed import Client, LocalCluster

        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, memory_limit="4GB", processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            t0 = time.perf_counter()  # the cluster's start-up is not the engine's
            find_reuse(
                str(folder / "corpus"), engine="dask", client=client, output=out, min_tokens=PASSIM_TOKENS
            )
            wall = time.perf_counter() - t0
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            workers = [round(v / 1024) for v in peaks.values()]
            return {"wall": wall, "driver_mib": _rss(), "worker_mib": workers, "load": _load()}
    return {"wall": time.perf_counter() - t0, "driver_mib": _rss(), "worker_mib": workers, "load": _load()}


def _rss() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _load() -> float:
    """The 1-minute load average: other processes on the machine slow the run down."""
    return round(os.getloadavg()[0], 2)


def _passim_floor(frame: pd.DataFrame) -> pd.DataFrame:
    """The passages of >= 50 characters on both sides (passim's floor; the engines count words)."""
    return frame[(frame["end"] - frame["start"] >= 50) & (frame["source_end"] - frame["source_start"] >= 50)]


def _pairs(out: Path) -> set[tuple[str, str]]:
    cols = ["source_doc_id", "doc_id", "start", "end", "source_start", "source_end"]
    found = _passim_floor(pd.read_parquet(out, columns=cols))[["source_doc_id", "doc_id"]].drop_duplicates()
    return {tuple(sorted(p)) for p in found.itertuples(index=False)}


def _passages(out: Path) -> pd.DataFrame:
    cols = ["source_doc_id", "doc_id", "source_start", "start"]
    frame = _passim_floor(pd.read_parquet(out))
    return frame.astype({c: object for c in ("doc_id", "source_doc_id", "text", "source_text")}).sort_values(
        cols, ignore_index=True
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    ap.add_argument("--engines", nargs="*", default=["pandas", "dask"])
    ap.add_argument("--work", type=Path, default=None, help="folder for the archives (default: a temp dir)")
    ap.add_argument("--table", action="store_true", help="print the results as a Markdown table")
    ap.add_argument("--_run", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.table:
        for r in sorted(
            json.loads((HERE / "scale_out_results.json").read_text()), key=lambda r: (r["size"], r["engine"])
        ):
            workers = ", ".join(f"{w:,}" for w in r["worker_mib"]) or "–"
            print(
                f"| {r['size']:,} | {r['engine']} | {r['wall']:.1f} | {1000 * r['wall'] / r['size']:.2f} | "
                f"{r['driver_mib']:,} | {workers} | {r['pairs']:,} | {r['planted']:,} | {r['recall']:.4f} | "
                f"{r.get('load', '')} |"
            )
        return
    if args._run:
        print(json.dumps(run(args._run[0], Path(args._run[1]), Path(args._run[2]))))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="scale_out_"))
    results_path = HERE / "scale_out_results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else []
    for size in args.sizes:
        folder = work / str(size)
        if not (folder / "planted.parquet").exists():
            t = time.perf_counter()
            build(size, folder)
            print(f"built {size:,} documents in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
        planted = {
            tuple(sorted(p)) for p in pd.read_parquet(folder / "planted.parquet").itertuples(index=False)
        }
        outs = {}
        for engine in args.engines:
            out = folder / f"out_{engine}"
            shutil.rmtree(out, ignore_errors=True)
            cmd = [sys.executable, __file__, "--_run", engine, str(folder), str(out)]
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode:
                print(proc.stderr[-3000:], file=sys.stderr)
                continue
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            found = _pairs(out)
            row.update(size=size, engine=engine, pairs=len(found), planted=len(planted))
            row["recall"] = len(found & planted) / len(planted)
            outs[engine] = out
            if len(outs) == 2:
                row["equal_to_pandas"] = bool(_passages(outs["pandas"]).equals(_passages(outs["dask"])))
            print(json.dumps(row), flush=True)
            results = [r for r in results if (r["size"], r["engine"]) != (size, engine)] + [row]
            results_path.write_text(
                json.dumps(sorted(results, key=lambda r: (r["engine"], r["size"])), indent=1)
            )
        plot(results)


def plot(results: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    for engine, style in (("pandas", "o-"), ("dask", "s-")):
        rows = sorted((r for r in results if r["engine"] == engine), key=lambda r: r["size"])
        if not rows:
            continue
        x = [r["size"] for r in rows]
        ax1.plot(x, [r["wall"] for r in rows], style, label=engine)
        ax2.plot(x, [r["driver_mib"] for r in rows], style, label=f"{engine}: driver")
        if engine == "dask":
            ax2.plot(x, [max(r["worker_mib"]) for r in rows], "s--", label="dask: largest worker")
    ax1.set(xlabel="documents", ylabel="wall time (s)", title="find_reuse: time")
    ax2.set(xlabel="documents", ylabel="peak RSS (MiB)", title="find_reuse: memory")
    ax2.axhline(1024, color="grey", lw=0.5)
    ax2.axhline(4000 / 1.048576, color="grey", lw=0.5, ls="--")
    for ax in (ax1, ax2):
        ax.legend()
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "scale_out.png", dpi=100)


if __name__ == "__main__":
    main()
