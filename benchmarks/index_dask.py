"""The stored reuse index built with Dask (issue #26, "beyond one machine"): build and query at 2-3 sizes.

    python benchmarks/index_dask.py --work /tmp/idx_dask --sizes 20000 50000 100000

For each size, the synthetic archive of ``benchmarks/scale_out.py`` is built into ``--work``
(never into the repository; its Parquet partitions of 5,000 documents are the Dask input).
Each step runs in a fresh process:

1. ``build``: ``ReuseIndex.build(parquet, engine="dask", n_buckets=B)`` (``--buckets``, default
   64) on a ``LocalCluster`` of 2 worker processes (1 thread, 4 GB each), timed after the cluster
   is up and the workers have imported the package: wall, CPU (driver + workers), peak RSS of the
   driver and of each worker, size on disk (postings, documents, fences);
2. ``query``: 20 articles of 600 words (each the texts of 4 archived documents of other
   families, as in ``benchmarks/index.py``), each matched on a freshly opened index (cold: open +
   match; posting files opened, counted), then one by one on one open index (warm: median wall
   and CPU, row groups of postings read, counted); peak RSS.

Also ``--engine pandas`` (one process) for the same sizes, to compare. Results:
``benchmarks/index_dask_results.json`` (one row per size and engine).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REUTERS = HERE.parent.parent / "shared" / "data" / "reuters21578.tar.gz"
RESULTS = HERE / "index_dask_results.json"
N_QUERIES, QUERY_WORDS = 20, 600


def _rss_mib() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _sizes(folder: Path) -> dict:
    kinds = {"postings": 0, "docs": 0, "fences": 0, "other": 0}
    for f in folder.iterdir():
        kind = next((k for k in ("postings", "docs", "fences") if f".{k}" in f.name), "other")
        kinds[kind] += f.stat().st_size
    return {f"{k}_mib": round(v / 2**20, 2) for k, v in kinds.items()}


def _name(engine: str, n_buckets: int) -> str:
    return "idx_pandas" if engine == "pandas" else f"idx_dask_{n_buckets}"


def step_build(folder: Path, engine: str, n_buckets: int) -> dict:
    import corpus_tools as ct

    out = folder / _name(engine, n_buckets)
    if engine == "pandas":
        t0, c0 = time.perf_counter(), time.process_time()
        idx = ct.ReuseIndex.build(folder / "corpus", out, overwrite=True)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {
            "build_s": round(wall, 2),
            "build_cpu_s": round(cpu, 2),
            "driver_mib": _rss_mib(),
            **_stats(idx, out),
        }
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, memory_limit="4GB", processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(importlib.import_module, "corpus_tools.reuse.index_dask")  # the workers' imports
        cpu0 = sum(client.run(_cpu).values())
        t0, c0 = time.perf_counter(), time.process_time()  # the cluster's start-up is not the build's
        idx = ct.ReuseIndex.build(
            folder / "corpus", out, overwrite=True, engine="dask", client=client, n_buckets=n_buckets
        )
        wall, driver_cpu = time.perf_counter() - t0, time.process_time() - c0
        workers_cpu = sum(client.run(_cpu).values()) - cpu0
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    workers = sorted(round(v / 1024) for v in peaks.values())
    return {
        "build_s": round(wall, 2),
        "build_cpu_s": round(driver_cpu + workers_cpu, 2),
        "workers_cpu_s": round(workers_cpu, 2),
        "driver_mib": _rss_mib(),
        "worker_mib": workers,
        **_stats(idx, out),
    }


def _cpu() -> float:
    """User + system CPU seconds of this process (run on each worker)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _stats(idx, out: Path) -> dict:
    s = idx.stats()
    return {
        "n_documents": s["n_documents"],
        "n_postings": s["n_postings"],
        "size_mib": round(s["size_bytes"] / 2**20, 2),
        **_sizes(out),
        "build_load": round(os.getloadavg()[0], 1),
    }


def _queries(folder: Path) -> list[str]:
    from corpus_tools.io.partitions import read_stored

    archive = read_stored(folder / "corpus")
    out = []
    for q in range(N_QUERIES):
        picks = archive.iloc[[(q * 4 + k) * 997 % len(archive) for k in range(4)]]["text"]
        out.append(" ".join(" ".join(picks).split()[:QUERY_WORDS]))
    return out


def step_query(folder: Path, engine: str, n_buckets: int) -> dict:
    import pyarrow.parquet as pq

    import corpus_tools as ct

    queries = _queries(folder)
    groups = []
    real = pq.ParquetFile.read_row_groups

    def counted(self, row_groups, *args, **kwargs):
        if ".postings" in str(getattr(self, "_ct_name", "")):
            groups[-1] += len(row_groups)
        return real(self, row_groups, *args, **kwargs)

    pq.ParquetFile.read_row_groups = counted
    real_init = pq.ParquetFile.__init__

    def named(self, source, *args, **kwargs):
        real_init(self, source, *args, **kwargs)
        self._ct_name = str(source)

    pq.ParquetFile.__init__ = named
    walls, cpus, opened, cold, cold_cpu = [], [], [], [], []
    for text in queries:
        t0, c0 = time.perf_counter(), time.process_time()
        idx = ct.ReuseIndex.open(folder / _name(engine, n_buckets))  # cold: which files does one query open?
        groups.append(0)
        idx.match(text)
        cold.append(time.perf_counter() - t0)
        cold_cpu.append(time.process_time() - c0)
        opened.append(sum(f.count(".postings") for s in idx._segments for f in s.opened()))
    idx = ct.ReuseIndex.open(folder / _name(engine, n_buckets))
    idx.match(queries[-1])  # warm from here on
    for text in queries:
        groups.append(0)
        t0, c0 = time.perf_counter(), time.process_time()
        idx.match(text)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return {
        "match_median_s": round(statistics.median(walls), 3),
        "match_median_cpu_s": round(statistics.median(cpus), 3),
        "match_max_s": round(max(walls), 3),
        "cold_median_s": round(statistics.median(cold), 3),
        "cold_median_cpu_s": round(statistics.median(cold_cpu), 3),
        "posting_files_opened_median": statistics.median(opened),
        "row_groups_read_median": statistics.median(groups[N_QUERIES:]),
        "query_rss_mib": _rss_mib(),
        "query_load": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--sizes", type=int, nargs="*", default=[20_000, 50_000, 100_000])
    ap.add_argument("--engines", nargs="*", default=["dask"])
    ap.add_argument("--steps", nargs="*", default=["build", "query"])
    ap.add_argument("--data", type=Path, default=REUTERS.parent, help="folder holding reuters21578.tar.gz")
    ap.add_argument("--buckets", type=int, default=64, help="n_buckets of the Dask-built index")
    ap.add_argument("--_step", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._step:
        step, folder, engine, n_buckets = args._step
        steps = {"build": step_build, "query": step_query}
        print(json.dumps(steps[step](Path(folder), engine, int(n_buckets))))
        return
    sys.path.insert(0, str(HERE))
    import scale_out

    scale_out.REUTERS = args.data / "reuters21578.tar.gz"
    work = args.work or Path(tempfile.mkdtemp(prefix="index_dask_"))
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    for size in args.sizes:
        folder = work / str(size)
        if not (folder / "planted.parquet").exists():
            folder.mkdir(parents=True, exist_ok=True)
            scale_out.build(size, folder)
        for engine in args.engines:
            n_buckets = args.buckets if engine == "dask" else 1
            key = (size, engine, n_buckets)
            old = [r for r in results if (r["size"], r["engine"], r["n_buckets"]) == key]
            row = {"size": size, "engine": engine, "n_buckets": n_buckets}
            row = {**(old[0] if old else {}), **row}
            for step in args.steps:
                cmd = [sys.executable, __file__, "--_step", step, str(folder), engine, str(n_buckets)]
                out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
                row.update(json.loads(out.stdout.strip().splitlines()[-1]))
            print(json.dumps(row), flush=True)
            results = [r for r in results if (r["size"], r["engine"], r["n_buckets"]) != key] + [row]
            RESULTS.write_text(
                json.dumps(sorted(results, key=lambda r: (r["engine"], r["n_buckets"], r["size"])), indent=1)
                + "\n"
            )


if __name__ == "__main__":
    main()
