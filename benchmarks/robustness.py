"""Memory, time and report size of `corpus-tools report` on three built corpora (issue 14).

Cases, each built from Reuters-21578 bodies (read from ../shared/data, extracted to a temp folder):

- ``300``: the first 300 stories with a body;
- ``1000short``: 1,000 stories of 20 to 80 words;
- ``50x5000``: 50 documents of about 5,000 words that reuse one another: each is one base text
  of 5,000 words (consecutive stories) in which every fifth paragraph, shifted per document, is
  replaced by a paragraph of another story.

Each case runs `corpus-tools report CORPUS -o OUT` in a fresh process under a 12 GiB address-space
limit and a time limit; peak RSS and CPU time (user + system) come from ``wait4``. CPU time is
the figure to compare when the machine is shared (wall time then includes waiting for a core).
Prints a Markdown table row per case and writes ``benchmarks/robustness_results.json``.

Run: ``python benchmarks/robustness.py [--cases 300 1000short 50x5000] [--timeout 1800]``
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus_tools as ct

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "data" / "reuters21578.tar.gz"
LIMIT_BYTES = 12 << 30


def _write(folder: Path, docs: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True)
    lines = ["| file | doc_id | outlet |", "|---|---|---|"]
    for doc_id, text in docs:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines.append(f"| {doc_id}.txt | {doc_id} | Reuters |")
    (folder / "INDEX.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def build(case: str, stories, tmp: Path) -> Path:
    """The corpus folder of one case."""
    bodies = [(str(d), t) for d, t in stories["text"].items()]
    if case == "300":
        return _write(tmp / case, bodies[:300])
    if case == "1000short":
        short = [(d, t) for d, t in bodies if 20 <= len(t.split()) <= 80]
        return _write(tmp / case, short[:1000])
    if case == "50x5000":
        paras = [p.strip() for _, t in bodies for p in t.split("\n    ") if len(p.split()) >= 15]
        base, n = [], 0
        for p in paras:
            base.append(p)
            n += len(p.split())
            if n >= 5000:
                break
        others = paras[len(base) :]
        docs = []
        for i in range(50):
            text = [
                others[(i * len(base) + j) % len(others)] if (i + j) % 5 == 0 else p
                for j, p in enumerate(base)
            ]
            docs.append((f"d{i:02d}", "\n\n".join(text) + "\n"))
        return _write(tmp / case, docs)
    raise ValueError(f"unknown case {case!r}; choose 300, 1000short or 50x5000")


_BAR = re.compile(r"\[(?:(\d+):)?(\d+):(\d+)<[^,\]]*,[^,\]]*(?:, (\w+))?\]")


def step_times(log: str) -> dict[str, int]:
    """Seconds per analysis step, read from the progress bar's elapsed time when each step starts."""
    starts: dict[str, int] = {}
    last = 0
    for m in _BAR.finditer(log):
        h, mnt, sec, name = m.groups()
        last = int(h or 0) * 3600 + int(mnt) * 60 + int(sec)
        if name and name not in starts:
            starts[name] = last
    names = list(starts)
    ends = [starts[n] for n in names[1:]] + [last]
    return {n: e - starts[n] for n, e in zip(names, ends, strict=True)}


def html_sections(page: str) -> dict[str, float]:
    """kB of report.html per section (split at its h2/h3 headings), figures counted apart."""
    out: dict[str, float] = {}
    for part in re.split(r"(?=<h[23][ >])", page):
        head = re.match(r"<h[23][^>]*>(.*?)</h[23]>", part)
        name = re.sub(r"<[^>]+>", "", head.group(1)) if head else "(head)"
        images = sum(len(m) for m in re.findall(r"data:image/png;base64,[A-Za-z0-9+/=]+", part))
        out[name] = round(out.get(name, 0) + (len(part) - images) / 1e3, 1)
        out["figures (PNG)"] = round(out.get("figures (PNG)", 0) + images / 1e3, 1)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run(corpus: Path, out: Path, timeout: float) -> dict:
    exe = Path(sys.executable).with_name("corpus-tools")
    log = out.with_suffix(".log")
    start = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(
            [str(exe), "report", str(corpus), "-o", str(out)], stdout=fh, stderr=fh, preexec_fn=_limit
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.5)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    files = sorted(out.iterdir()) if out.exists() else []
    html = out / "report.html"
    return {
        "exit": code,
        "timed_out": wall > timeout,
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mib": round(usage.ru_maxrss / 1024),
        "report_html_mb": round(html.stat().st_size / 1e6, 2) if html.exists() else None,
        "files": len(files),
        "all_files_mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "steps_s": step_times(log.read_text(errors="replace")),
        "report_kb_by_section": html_sections(html.read_text()) if html.exists() else {},
        "last_lines": log.read_text(errors="replace").replace("\r", "\n").strip().splitlines()[-2:],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", default=["300", "1000short", "50x5000"])
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()
    stories = ct.load_reuters21578(REUTERS, limit=6000)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in args.cases:
            corpus = build(case, stories, Path(tmp))
            words = sum(len(p.read_text().split()) for p in corpus.glob("*.txt"))
            results[case] = {"documents": len(list(corpus.glob("*.txt"))), "words": words}
            results[case].update(run(corpus, Path(tmp) / f"out-{case}", args.timeout))
            print(json.dumps({case: results[case]}), flush=True)
    path = ROOT / "benchmarks" / "robustness_results.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps({**old, **results}, indent=1) + "\n")
    print(
        "| case | documents | words | exit | wall (s) | CPU (s) | peak RSS (MiB) | report.html (MB) "
        "| all files (MB) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for case, r in results.items():
        print(
            f"| {case} | {r['documents']:,} | {r['words']:,} | {r['exit']} | {r['wall_s']} | {r['cpu_s']} | "
            f"{r['peak_rss_mib']:,} | {r['report_html_mb']} | {r['all_files_mb']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
