"""Wall time of `corpus-tools report` on one METER courts story of 10 documents, in fresh processes.

Run: ``python benchmarks/meter_report.py [meter-courts.tar.gz or its extracted folder]
[--story DD.MM.YY/catchline] [--runs 5]`` (default ``../shared/data/meter-courts.tar.gz``).

The story is loaded with :func:`corpus_tools.load_meter` (PA takes grouped) and written
to a temporary corpus folder: one UTF-8 file per document (the text as loaded, PA's
control characters kept) and an INDEX.md with ``outlet``, ``role``, ``group`` and
``published``. Without ``--story`` the 10-document story with the most words is
timed (the slowest case of that size); ``--without-group`` leaves ``group`` out, so
each take is a document of its own and the origin one take. Each run is one ``corpus-tools report DIR -o OUT``
process; prints every run and the median. Issue 11's target: at most 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_tools import load_meter

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "meter-courts.tar.gz"
COLUMNS = ("outlet", "role", "group", "published")


def write_story(corpus, folder: Path, columns=COLUMNS) -> None:
    """One text file per document and the INDEX.md table of ``columns``."""
    lines = ["| file | doc_id | " + " | ".join(columns) + " |", "|---" * (len(columns) + 2) + "|"]
    for doc_id, row in corpus.iterrows():
        (folder / f"{doc_id}.txt").write_text(row["text"], encoding="utf-8")
        lines.append(f"| {doc_id}.txt | {doc_id} | " + " | ".join(str(row[c]) for c in columns) + " |")
    (folder / "INDEX.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--story", default=None, help="DD.MM.YY/catchline (default: see above)")
    parser.add_argument("--documents", type=int, default=10, help="story size when --story is not given")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--without-group",
        action="store_true",
        help="leave the group column out of INDEX.md (each PA take its own document)",
    )
    args = parser.parse_args()
    stories = load_meter(args.path, stories=[args.story] if args.story else None)
    if args.story:
        story = args.story
    else:
        sized = [s for s, c in stories.items() if len(c) == args.documents]
        if not sized:
            parser.error(f"no story of {args.documents} documents")
        story = max(sized, key=lambda s: (stories[s]["n_words"].sum(), s))
    corpus = stories[story]
    roles = corpus["role"].value_counts().to_dict()
    print(
        f"story {story}: {len(corpus)} documents ({roles.get('wire', 0)} PA takes, "
        f"{roles.get('newspaper', 0)} newspaper texts), {int(corpus['n_words'].sum())} words"
    )
    exe = Path(sys.executable).with_name("corpus-tools")
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        write_story(corpus, folder, [c for c in COLUMNS if not (args.without_group and c == "group")])
        for k in range(args.runs):
            out = Path(tmp) / f"out{k}"
            t = time.perf_counter()
            done = subprocess.run(
                [str(exe), "report", str(folder), "-o", str(out)], capture_output=True, text=True
            )
            times.append(time.perf_counter() - t)
            if done.returncode:
                print(f"run {k + 1} failed after {times[-1]:.2f} s: {done.stderr.strip().splitlines()[-1]}")
                return 1
            print(f"run {k + 1}: {times[-1]:.2f} s", flush=True)
    print(f"median of {args.runs}: {statistics.median(times):.2f} s (target <= 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
