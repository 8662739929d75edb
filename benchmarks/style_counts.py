"""Every style count each surface gives, per edge of the family tree (issues #22, #23): the changes'
style line in ``analyze`` and in ``ct.changes`` alone, the family view's paragraph, the findings and
the variants table, on the seeds and the Cominco series of ``benchmarks/claims.py``.

Run: ``python benchmarks/style_counts.py [--data ../shared/data]``; prints a Markdown table per story.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import corpus_tools as ct
from corpus_tools.report.family_pairs import edge_findings
from corpus_tools.report.findings import findings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claims  # noqa: E402  (the stories of the claims audit)

try:  # the categories as the style line names them: in variants.style since style13, in changes before
    from corpus_tools.variants.style import STYLE_WORDS as WORDS
except ImportError:  # the base commit
    from corpus_tools.variants.changes import STYLE_WORDS as WORDS
#: the findings' category labels of the style categories (before the style line, they were listed)
LABELS = r"quote mark or apostrophe|abbreviation|UK/US spelling|name spelling|title \(Mr, Dr...\)"
LABELS += r"|date format|number format|other punctuation"


def _line(ch, w: str, p: str) -> str:
    s = ch[(ch["doc_id"] == w) & (ch["parent_doc_id"] == p) & (ch["section"] == "style")]
    return s["after"].iloc[0].split(" changed")[0] if len(s) else "none"


def table(corpus) -> list[str]:
    a = ct.analyze(corpus)
    alone, said, tree = ct.changes(corpus), findings(a), edge_findings(a.family, a.changes)
    out = [
        f"source {a.source}",
        "| edge | changes (analyze) | ct.changes | family view | findings | variants table |",
        "|---|---|---|---|---|---|",
    ]
    for w, p in a.changes[["doc_id", "parent_doc_id"]].drop_duplicates().itertuples(index=False):
        fv = re.search(r"Style: (.*?) changed", tree.get(w, ""))
        text = said.get(w, "")
        m = re.search(r"(?:in style|all style): ([^.;]*)", text)
        got = re.findall(rf"({LABELS}) \((\d+)", text)
        fnd = m.group(1) if m else "; ".join(f"{k} ({n})" for k, n in got) or "none"
        v = a.variants[a.variants["doc_id"].astype(str) == w]["category"].map(WORDS).value_counts()
        vt = ", ".join(f"{n} {k if n != 1 else k.removesuffix('s')}" for k, n in v.items()) or "none"
        vs = "" if p == a.source else f" (vs {a.source})"
        row = [f"{w} <- {p}", _line(a.changes, w, p), _line(alone, w, p), fv.group(1) if fv else "none"]
        out.append("| " + " | ".join([*row, fnd + vs, vt + vs]) + " |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=claims.DATA)
    args = ap.parse_args()
    stories = {
        "seeds": ct.load_corpus(claims.ROOT / "seeds"),
        "cominco": ct.load_reuters21578(args.data / "reuters21578.tar.gz").loc[claims.COMINCO],
    }
    for name, corpus in stories.items():
        print(f"## {name}\n")
        print("\n".join(table(corpus)) + "\n")


if __name__ == "__main__":
    main()
