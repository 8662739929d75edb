"""Load a WARC of N HTML response records (invented, templated news pages) with load_corpus (#25).

Target: 1,000 records in <= 60 s, peak RSS <= 1 GB. The WARC is written to a temporary folder
first (not timed); the load runs in a fresh child process that reports its wall time and its
peak RSS (resource.getrusage), so the figures are those of the load alone plus the imports.

    python benchmarks/web_warc.py                 # 1,000 records
    python benchmarks/web_warc.py -n 200 --keep /tmp/warc-folder

Time it end to end with `/usr/bin/time -v` on an existing folder:
    /usr/bin/time -v [3 runs] python benchmarks/web_warc.py --load /tmp/warc-folder
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITES = ["Harbour Times", "Valley Post", "Coast Daily", "Metro Ledger", "Hill Courier"]
WORDS = (
    "council bridge harbour county road traffic officials said engineers repairs closure traders "
    "shuttle motorway spring summer residents budget vote meeting report plan works month week "
    "years cost million public transport town river deck steel rust inspection mayor"
).split()


def _paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(25, 45))]
    return " ".join(words).capitalize() + "."


def _page(k: int, rng: random.Random) -> bytes:
    site = SITES[k % len(SITES)]
    body = "".join(f"<p>{_paragraph(rng)}</p>" for _ in range(rng.randint(8, 14)))
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    related = "".join(f"<li><a href='/r{i}'>{_paragraph(rng)[:60]}</a></li>" for i in range(6))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {k} | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='2024-0{1 + k % 9}-1{k % 10}T08:00:00Z'>"
        "<script>var tracking = {a: 1};</script><style>body{font:16px serif}</style></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>Story number {k}</h1>"
        f"<p class='byline'>By Staff Reporter</p>{body}</article><aside><ul>{related}</ul></aside></main>"
        f"<footer><p>Copyright 2024 {site}</p></footer></body></html>"
    ).encode()


def write_warc(path: Path, n: int, seed: int = 25) -> Path:
    rng = random.Random(seed)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for k in range(n):
            url = f"https://site{k % len(SITES)}.test/news/{k}/story"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            rec = writer.create_warc_record(
                url, "response", payload=io.BytesIO(_page(k, rng)), http_headers=headers
            )
            writer.write_record(rec)
    return path


def load(folder: Path) -> dict:
    """Load the folder in this process; wall seconds of the load and of the imports, peak RSS."""
    t0 = time.perf_counter()
    from corpus_tools import load_corpus

    t1 = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(folder)
    t2 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    return {
        "documents": len(corpus),
        "warnings": len(caught),
        "import_s": round(t1 - t0, 2),
        "load_s": round(t2 - t1, 2),
        "peak_rss_mib": round(peak),
        "words": int(corpus["n_words"].sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=1000, help="HTML records in the WARC")
    parser.add_argument("--keep", type=Path, help="write the WARC folder here and keep it")
    parser.add_argument("--load", type=Path, help="only load this folder (in this process) and print JSON")
    args = parser.parse_args()
    if args.load:
        print(json.dumps(load(args.load)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "warc"
        folder.mkdir(parents=True, exist_ok=True)
        warc = write_warc(folder / "crawl.warc.gz", args.n)
        size = warc.stat().st_size / 2**20
        out = subprocess.run(
            [sys.executable, __file__, "--load", str(folder)], capture_output=True, text=True, check=True
        )
        result = json.loads(out.stdout.splitlines()[-1])
    result.update(records=args.n, warc_mib=round(size, 1))
    print(json.dumps(result))
    ok = result["load_s"] + result["import_s"] <= 60 and result["peak_rss_mib"] <= 1024
    print("targets (<= 60 s, <= 1 GB):", "met" if ok and result["documents"] == args.n else "NOT met")


if __name__ == "__main__":
    main()
