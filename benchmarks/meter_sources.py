"""Speakers in British court news: how many have an affiliation, a name, a type (METER courts).

Run: ``python benchmarks/meter_sources.py [meter-courts.tar.gz or its extracted folder]
[--stories N]`` (default ``../shared/data/meter-courts.tar.gz``, every story).

METER has no speaker annotation, so these are coverage figures, not accuracy: of the
distinct speakers :func:`corpus_tools.attribution.accounting.speaker_table` finds in every PA take and
newspaper text, the share with an ``affiliation`` other than ``unknown``, named, by
``speaker_type``, and the attributions left to an unresolved pronoun. Issue 12 measured
the previous demonym table at 2 affiliations for 324 speakers of British court news.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from corpus_tools import attributions, load_meter, parse, sentences, speaker_table

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "meter-courts.tar.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--stories", type=int, default=None, help="only the first N stories (by key)")
    args = ap.parse_args()
    stories = load_meter(args.path)
    keys = sorted(stories)[: args.stories]
    tables, atts = [], []
    for k in keys:
        corpus = stories[k]
        parses = parse(corpus)
        a = attributions(corpus, parses=parses, sentences=sentences(corpus, parses=parses))
        t = speaker_table(corpus, attributions=a)
        tables.append(t.assign(story=k, role=t["doc_id"].map(corpus["role"])))
        atts.append(a.assign(role=a["doc_id"].map(corpus["role"])))
    t, a = pd.concat(tables, ignore_index=True), pd.concat(atts, ignore_index=True)
    texts = a["doc_id"].nunique()
    print(f"{len(keys)} stories, {texts} texts, {len(a)} attributions, {len(t)} distinct speakers")
    for role, g in [("all", t), *t.groupby("role")]:
        known, named = (g["affiliation"] != "unknown").mean(), g["named"].mean()
        print(f"{role:<10} speakers {len(g):>5}  affiliation known {known:.3f}  named {named:.3f}")
    print("speaker_type:", t["speaker_type"].value_counts(normalize=True).round(3).to_dict())
    print(f"attributions to an unresolved pronoun: {a['speaker_id'].isna().mean():.3f}")
    common = t.loc[t["affiliation"] != "unknown", "affiliation"].value_counts().head(12)
    print("commonest affiliations:", common.to_dict())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
