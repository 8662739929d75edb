"""Scale benchmark: find_reuse against the exact all-pairs method on Reuters-21578.

Each measurement runs in a fresh Python process, so the times are end to end
(interpreter start, imports, reading the SGML archive, the analysis), like passim's
figures in ../shared/data/README.md; the analysis alone is reported beside them.
Peak memory is the child process's maximum resident set size.

Run (about 6 minutes): ``python benchmarks/scale.py`` — writes ``benchmarks/scale.png`` and
``benchmarks/scale_results.json`` and prints a Markdown table.
Passages are those of passim's floor, 50 characters: ``find_reuse`` counts in words
(``min_tokens``), so it runs with ``min_tokens=1`` and keeps the runs of at least 50
characters on both sides, exactly what the engine's former ``min_chars=50`` kept.
Options: ``--sizes 1000 2000 ...``, ``--exact-max 10000`` (largest corpus for the exact
method), ``--dask`` (also time the Dask engine on a local 2-process cluster).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data" / "reuters21578.tar.gz"
SUBSET = 2000


def child(n: int, method: str, pairs_file: str | None) -> None:
    """Measure one run inside this process and print a JSON line."""
    t0 = time.perf_counter()
    from corpus_tools.io.datasets import load_reuters21578
    from corpus_tools.reuse.distributed import find_reuse
    from corpus_tools.reuse.reference import all_pairs_reuse

    corpus = load_reuters21578(DATA, limit=n)
    t1 = time.perf_counter()
    # passim's floor, 50 characters: every run of >= 1 word, then those of >= 50 characters on both sides
    if method == "indexed":
        result = find_reuse(corpus, min_tokens=1, progress=True)
    elif method == "dask":
        result = find_reuse(corpus, min_tokens=1, engine="dask")
    elif method == "complete":  # no frequency cap, one shared window: every pair the exact method finds
        result = find_reuse(corpus, min_tokens=1, max_df=len(corpus), min_shared=1)
    else:
        result = all_pairs_reuse(corpus, min_tokens=1, progress=True)
    result = result[
        (result["end"] - result["start"] >= 50) & (result["source_end"] - result["source_start"] >= 50)
    ]
    t2 = time.perf_counter()
    pairs = result[["source_doc_id", "doc_id"]].drop_duplicates()
    if pairs_file:
        pairs.to_csv(pairs_file, index=False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB (Linux: KiB)
    print(
        json.dumps(
            {
                "n": len(corpus),
                "method": method,
                "load_s": round(t1 - t0, 2),
                "analysis_s": round(t2 - t1, 2),
                "passages": len(result),
                "pairs": len(pairs),
                "peak_rss_mib": round(peak),
            }
        )
    )


def run(n: int, method: str, pairs_file: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(n), "--method", method]
    if pairs_file:
        cmd += ["--pairs-file", pairs_file]
    t = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=HERE.parent)
    wall = time.perf_counter() - t
    record = json.loads(out.stdout.strip().splitlines()[-1])
    record["wall_s"] = round(wall, 2)
    print(
        f"  {method:8s} n={record['n']:>6,}  wall {wall:7.2f} s  analysis {record['analysis_s']:7.2f} s  "
        f"peak {record['peak_rss_mib']:>5} MiB  pairs {record['pairs']:,}",
        file=sys.stderr,
    )
    return record


def plot(records: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 4), layout="constrained")
    for method, style in (("indexed", "o-"), ("exact", "s--"), ("dask", "^")):
        rs = sorted((r for r in records if r["method"] == method), key=lambda r: r["n"])
        if rs:
            ax.plot([r["n"] for r in rs], [r["wall_s"] for r in rs], style, label=f"{method} (end to end)")
    passim = [(2000, 31.7), (19043, 320.0)]
    ax.plot(*zip(*passim, strict=True), "kx:", label="passim 2.0.1 (measured, see shared/data)")
    ax.set_xlabel("documents (Reuters-21578 bodies)")
    ax.set_ylabel("wall time (s)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_title("Text reuse: time against corpus size (2 cores)")
    ax.legend(fontsize=8)
    fig.savefig(path, dpi=110)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=int)
    parser.add_argument("--method", default="indexed", choices=["indexed", "exact", "complete", "dask"])
    parser.add_argument("--pairs-file")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000, 19043])
    parser.add_argument("--exact-max", type=int, default=10000)
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.method, args.pairs_file)
        return 0
    if not DATA.exists():
        print(
            f"scale benchmark: {DATA} not found (it is never committed; see shared/data/README.md)",
            file=sys.stderr,
        )
        return 2
    from tqdm import tqdm

    records = []
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(n, m) for n in args.sizes for m in ("indexed", "complete")]
        jobs += [(n, "exact") for n in args.sizes if n <= args.exact_max]
        if args.dask:
            jobs.append((max(args.sizes), "dask"))
        for n, method in tqdm(jobs, desc="benchmark runs", file=sys.stderr):
            records.append(run(n, method, str(Path(tmp) / f"{method}-{n}.csv")))
        import pandas as pd

        def pairs(method: str, n: int) -> set | None:
            path = Path(tmp) / f"{method}-{n}.csv"
            return set(map(tuple, pd.read_csv(path, dtype=str).values.tolist())) if path.exists() else None

        def share(found: set | None, truth: set | None) -> float | None:
            return (
                None if found is None or truth is None else round(len(found & truth) / max(1, len(truth)), 4)
            )

        recall = share(pairs("indexed", SUBSET), pairs("exact", SUBSET))
        recall_by_size = {
            n: share(pairs("indexed", n), pairs("exact", n) or pairs("complete", n)) for n in args.sizes
        }
        complete_is_exact = {
            n: pairs("complete", n) == pairs("exact", n) for n in args.sizes if n <= args.exact_max
        }
    by = {(r["method"], r["n"]): r for r in records}
    small, big = by.get(("indexed", SUBSET)), by.get(("indexed", max(args.sizes)))
    summary = {
        "recall_at_2000": recall,
        "recall_by_size": recall_by_size,
        "complete_equals_exact": complete_is_exact,
        "growth_wall": round(big["wall_s"] / small["wall_s"], 2) if small and big else None,
        "growth_analysis": round(big["analysis_s"] / small["analysis_s"], 2) if small and big else None,
        "machine": "2 cores, 24 GiB",
        "date": time.strftime("%Y-%m-%d"),
        "records": records,
    }
    (HERE / "scale_results.json").write_text(json.dumps(summary, indent=2) + "\n")
    plot(records, HERE / "scale.png")
    print("| method | documents | wall (s) | analysis (s) | load (s) | peak RSS (MiB) | pairs | passages |")
    print("|---|---|---|---|---|---|---|---|")
    for r in sorted(records, key=lambda r: (r["method"], r["n"])):
        print(
            f"| {r['method']} | {r['n']:,} | {r['wall_s']} | {r['analysis_s']} | {r['load_s']} | "
            f"{r['peak_rss_mib']} | {r['pairs']:,} | {r['passages']:,} |"
        )
    print(f"\nrecall by size (against exact where run, else complete): {recall_by_size}")
    print(f"complete index == exact all-pairs: {complete_is_exact}")
    print(
        f"\nrecall at {SUBSET}: {recall}; growth {SUBSET} -> {max(args.sizes)}: "
        f"wall x{summary['growth_wall']}, analysis x{summary['growth_analysis']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
