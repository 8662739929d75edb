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

Issue 28 adds the cases of one story republished many times and of an archive, each run the
same way (``corpus-tools report`` in a fresh process):

- ``copies100``, ``copies1000``: N identical copies of one 3 KB story (the first Reuters body
  of 2,900 to 3,200 characters);
- ``near1000``: 1,000 versions of that story, each with one sentence changed (two of its
  words replaced: a corrected figure or word, the edit of a version);
- ``near1000s``: 1,000 versions, each with one whole sentence replaced by a sentence of
  another story (the hard reading of "one sentence changed");
- ``news1000``, ``news3000``: N Reuters stories of 150 to 500 words (about 300);
- ``news10000``: the first 10,000 Reuters stories of at least 20 words;
- ``sentence5000``: one 5,000-word sentence through ``attributions`` (its parse given), timed
  in a fresh Python process;
- ``big50mb``: one 50 MB text file: refused or finished, in one line.

``--plot`` draws the CPU time of each family against N into ``benchmarks/robustness.png``
from ``robustness_results.json``.

Run: ``python benchmarks/robustness.py [--cases 300 1000short 50x5000 copies1000 ...] [--timeout 1800]``
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
    if case in _ISSUE28:
        return _ISSUE28[case](stories, tmp / case)
    raise ValueError(f"unknown case {case!r}; choose 300, 1000short, 50x5000 or {', '.join(_ISSUE28)}")


# ----------------------------------------------------------------------------- issue 28


def _story(stories) -> str:
    return next(t for t in stories["text"] if 2900 <= len(t) <= 3200)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.])\s+(?=[A-Z\"])", text)


def _copies(n: int):
    return lambda stories, folder: _write(folder, [(f"c{i:04d}", _story(stories)) for i in range(n)])


_SWAPS = ["sharply", "slightly", "reportedly", "again", "twice", "also", "still", "then", "later"]


def _near(stories, folder: Path) -> Path:
    sents = _sentences(_story(stories))
    docs = []
    for i in range(1000):
        ss = list(sents)
        words = ss[i % len(ss)].split()
        words[min(1, len(words) - 1)] = _SWAPS[i % len(_SWAPS)]
        words[len(words) // 2] = str(i)
        ss[i % len(ss)] = " ".join(words)
        docs.append((f"n{i:04d}", " ".join(ss) + "\n"))
    return _write(folder, docs)


def _near_sentence(stories, folder: Path) -> Path:
    sents = _sentences(_story(stories))
    other = [x for t in stories["text"].iloc[100:600] for x in _sentences(t) if 12 <= len(x.split()) <= 30]
    docs = []
    for i in range(1000):
        ss = list(sents)
        ss[i % len(ss)] = other[i % len(other)]
        docs.append((f"s{i:04d}", " ".join(ss) + "\n"))
    return _write(folder, docs)


def _news(n: int, low: int, high: int):
    def build_news(stories, folder: Path) -> Path:
        words = stories["text"].str.split().str.len()
        picked = stories[words.between(low, high)].iloc[:n]
        return _write(folder, [(str(d), t) for d, t in picked["text"].items()])

    return build_news


def _big(stories, folder: Path) -> Path:
    text = "\n\n".join(stories["text"].iloc[:200])
    folder.mkdir(parents=True)
    with open(folder / "big.txt", "w", encoding="utf-8") as fh:
        for _ in range(50_000_000 // len(text) + 1):
            fh.write(text + "\n\n")
    index = "| file | doc_id | outlet |\n|---|---|---|\n| big.txt | big | Reuters |\n"
    (folder / "INDEX.md").write_text(index)
    return folder


_ISSUE28 = {
    "copies100": _copies(100),
    "copies1000": _copies(1000),
    "near1000": _near,
    "near1000s": _near_sentence,
    "news1000": _news(1000, 150, 500),
    "news3000": _news(3000, 150, 500),
    "news10000": _news(10_000, 20, 100_000),
    "big50mb": _big,
}

_SENTENCE = """
import sys, time
import corpus_tools as ct
from corpus_tools.attribution.attributions import attributions
from corpus_tools.text.sentences import parse, sentences
parts, i = [], 0
while sum(len(p.split()) for p in parts) < 5000:
    parts.append(f'"the plan number {i} is working well for the town and its people," '
                 f'said Mayor Ann Lee{i}, and')
    i += 1
c = ct.from_records([{"doc_id": "a", "text": " ".join(parts) + " the end came."}])
t0 = time.perf_counter(); p = parse(c); t1 = time.perf_counter()
s = sentences(c, parses=p); t2, c2 = time.perf_counter(), time.process_time()
a = attributions(c, parses=p, sentences=s); t3, c3 = time.perf_counter(), time.process_time()
print(f"words {len(c.text.iloc[0].split())} sentences {len(s)} attributions {len(a)} "
      f"parse_s {t1 - t0:.2f} attributions_s {t3 - t2:.2f} attributions_cpu_s {c3 - c2:.2f}")
"""


def sentence_case() -> dict:
    """A 5,000-word sentence through attributions, in a fresh process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _SENTENCE], capture_output=True, text=True, check=True)
    fields = out.stdout.split()
    got = dict(zip(fields[::2], fields[1::2], strict=True))
    return {"wall_s": round(time.perf_counter() - start, 1), **{k: float(v) for k, v in got.items()}}


def plot(results: dict, path: Path) -> None:
    """CPU time (user + system) against N for each family of cases: on a shared machine wall
    time measures the other users as much as this package."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 4.2), dpi=100)
    for family, label in (("copies", "identical copies"), ("near", "near-identical"), ("news", "archive")):
        pts = sorted(
            (r["documents"], r["cpu_s"])
            for c, r in results.items()
            if re.fullmatch(rf"{family}\d+", c) and "documents" in r and r.get("exit") == 0
        )
        if pts:
            ax.plot(*zip(*pts, strict=True), marker="o", label=label)
    ax.set(xlabel="documents (N)", ylabel="CPU time of corpus-tools report (s)", xscale="log")
    ax.set_title("corpus-tools report against N (shared 2-core machine)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


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
    if not names:
        return {}
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
    parser.add_argument("--plot", action="store_true", help="only draw robustness.png from the results")
    parser.add_argument("--reuters", type=Path, default=REUTERS, help="reuters21578.tar.gz")
    args = parser.parse_args()
    path = ROOT / "benchmarks" / "robustness_results.json"
    if args.plot:
        plot(json.loads(path.read_text()), ROOT / "benchmarks" / "robustness.png")
        return 0
    stories = ct.load_reuters21578(args.reuters, limit=None if any("news" in c for c in args.cases) else 6000)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in args.cases:
            if case == "sentence5000":
                results[case] = sentence_case()
                print(json.dumps({case: results[case]}), flush=True)
                continue
            corpus = build(case, stories, Path(tmp))
            words = sum(len(p.read_text().split()) for p in corpus.glob("*.txt")) if case != "big50mb" else 0
            results[case] = {"documents": len(list(corpus.glob("*.txt"))), "words": words}
            results[case].update(run(corpus, Path(tmp) / f"out-{case}", args.timeout))
            print(json.dumps({case: results[case]}), flush=True)
    old = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps({**old, **results}, indent=1) + "\n")
    print(
        "| case | documents | words | exit | wall (s) | CPU (s) | peak RSS (MiB) | report.html (MB) "
        "| all files (MB) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for case, r in results.items():
        if "documents" not in r:
            continue
        print(
            f"| {case} | {r['documents']:,} | {r['words']:,} | {r['exit']} | {r['wall_s']} | {r['cpu_s']} | "
            f"{r['peak_rss_mib']:,} | {r['report_html_mb']} | {r['all_files_mb']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
