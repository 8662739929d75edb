"""Issue #24, round 38 (branch class38): a quotation copied from the source against one heard apart.

Run: ``python benchmarks/derivation_quotes.py --features FILE [--meter meter-courts.tar.gz]
[--answers clough-stevenson.tar.gz] [--json OUT] [--only NAME ...]`` (``FILE``: the pickle of
``benchmarks/derivation.py --features FILE``; the new features need only the texts and are computed
here, as ``benchmarks/derivation_narrative.py`` computes round 37's).

The question (chosen before measuring, written in benchmarks/README.md, "Round 38, branch class38"):
round 37's narration share set every quotation aside, and courts' pooled figure fell, because a
paper that copies PA's report copies PA's quotations too. Here each quotation of a text (a maximal
stretch of its body words inside quotation marks, :func:`derivation_narrative.quoted`) is read as
**copied** or **heard**:

* ``loose``: copied when at least half its words lie in runs of at least
  :data:`corpus_tools.reuse.derivation.RUN_WORDS` words shared with one source file (the quotation's
  words in the source's order);
* ``framed``: copied when, besides, one of those runs reaches past the quotation into the words
  around it (the source's framing or attribution taken with it: ``he told the court`` before or
  after); a quotation in the source's words but framed in the paper's own is heard.

Every other quotation is heard: a reporter's own wording of the testimony, or testimony the source
does not hold. Per text and per reading (``_loose``, ``_framed``):

* ``kept_novel_share`` (:func:`corpus_tools.reuse.derivation_quotes.kept_novel_share`, which the
  package ships since this round): as round 37's ``told_novel_share`` (content words, the source's names and
  numbers set aside, the share not among the source's words), but read on the words outside the
  *heard* quotations only: narration and copied quotations both count;
* ``kept_longest``: the longest run shared with one source file among the words outside the heard
  quotations, over those words;
* ``heard_share``: the words of heard quotations over the text's words.

Candidates (:data:`CANDIDATES`), each scored as rounds 6, 12, 30 and 37 scored theirs
(``derivation_round6.evaluate``): both leave-one-domain-out directions, pooled CV (a fifth of the
courts dates and one question held out), the confident calls at the widest margin leaving >= 70 % of
each domain confident; the LODO and pooled confusion matrices.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (the folds of benchmarks/derivation.py)
import derivation_narrative as narrative  # noqa: E402  (round 37: quotation marks, its features)
import derivation_round6 as round6  # noqa: E402  (the candidates' scoring)

from corpus_tools.reuse.derivation import RUN_WORDS  # noqa: E402
from corpus_tools.reuse.derivation_quotes import heard_quotations, kept_novel_share, quotations  # noqa: E402
from corpus_tools.reuse.documents import tile  # noqa: E402

READINGS = ("loose", "framed")
NEW = tuple(f"{f}_{r}" for r in READINGS for f in ("kept_novel_share", "kept_longest", "heard_share"))
PAIR = narrative.PAIR
#: name -> (features, standardisation within the corpus)
CANDIDATES = {
    "shipped pair (reference)": (PAIR, "none"),
    "round 37: told_novel_share + longest_passage": (("told_novel_share", "longest_passage"), "none"),
    "(1) kept_novel_share_framed + longest_passage": (("kept_novel_share_framed", "longest_passage"), "none"),
    "(2) kept_novel_share_loose + longest_passage": (("kept_novel_share_loose", "longest_passage"), "none"),
    "(3) kept_novel_share_framed + kept_longest_framed": (
        ("kept_novel_share_framed", "kept_longest_framed"),
        "none",
    ),
    "(4) shipped pair + kept_novel_share_framed": ((*PAIR, "kept_novel_share_framed"), "none"),
    "(5) novel_word_share + kept_longest_framed": (("novel_word_share", "kept_longest_framed"), "none"),
    "(6) (1) + heard_share_framed": (
        ("kept_novel_share_framed", "longest_passage", "heard_share_framed"),
        "none",
    ),
}


def quote_features(texts: dict[str, str], sources: list[str]) -> pd.DataFrame:
    """The :data:`NEW` features of every text of one corpus outside its source files."""
    src_keys, src_words, targets = narrative.body_targets(texts, sources)
    rows = []
    for d, words in targets:
        q = narrative.quoted(words)
        keys = [w[0] for w in words]
        tiles = [[(i, i + k) for i, _, k in tile(keys, sk, RUN_WORDS)] for sk in src_keys.values()]
        row = [d]
        for reading in READINGS:
            framed = reading == "framed"
            h = heard_quotations(q, tiles, framed=framed) if words else np.zeros(0, dtype=bool)
            longest = 0
            for spans in tiles:
                for a, b in spans:
                    for s, e in quotations(~h[a:b]):
                        longest = max(longest, e - s)
            n_kept = int((~h).sum())
            row += [
                kept_novel_share(words, src_words, src_keys.values(), framed=framed),
                longest / n_kept if n_kept else 0.0,
                float(h.mean()) if len(h) else 0.0,
            ]
        rows.append(tuple(row))
    return pd.DataFrame(rows, columns=["doc_id", *NEW])


def new_features(meter_path: str, answers_path: str) -> pd.DataFrame:
    """:func:`quote_features` and round 37's shares over every METER courts story and every task."""
    out = [
        quote_features(texts, src).merge(narrative.narrative(texts, src), on="doc_id")
        for texts, src in narrative.story_texts(meter_path, answers_path)
    ]
    return pd.concat(out, ignore_index=True).drop_duplicates("doc_id")


def run_candidates(doc: str, build, cols: list[str], shown: list[str], candidates: dict, what: str) -> None:
    """Score ``candidates`` (name -> features and model, :func:`derivation_round6.logistic`) out of fold
    on the features pickle joined with the new features ``cols`` that ``build(meter, answers)`` makes
    (cached with ``--new``), and print (``--json``: also write) the per-class medians of ``shown`` and
    ``cols`` and each candidate's figures and confusion matrices. ``doc`` is the script's help; ``what``
    names the new features in the error raised when a text has none. Shared by this script and
    ``derivation_selection.py`` (round 39)."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--features", required=True)
    ap.add_argument("--meter", default=str(bench.DATA / "meter-courts.tar.gz"))
    ap.add_argument("--answers", default=str(bench.DATA / "clough-stevenson.tar.gz"))
    ap.add_argument("--new", default=None, help="cache of the new features (a pickle)")
    ap.add_argument("--json", default=None)
    ap.add_argument("--only", nargs="*", default=None, help="score only these candidates (names)")
    args = ap.parse_args()
    data, _, _ = pickle.loads(Path(args.features).read_bytes())
    cache = Path(args.new) if args.new else None
    if cache and cache.exists():
        new = pd.read_pickle(cache)
    else:
        new = build(args.meter, args.answers)
        if cache:
            new.to_pickle(cache)
    data = data.merge(new, on="doc_id", how="left", validate="1:1")
    if data[cols].isna().any().any():
        raise ValueError(f"a text of the features pickle has no {what} features")
    data["category"] = data["category"].fillna("")
    chosen = candidates if not args.only else {k: candidates[k] for k in args.only}
    folds = bench.pooled_folds(data)
    cls = data["label"].where(
        ~data["category"].isin(["light", "heavy"]), "partially (" + data["category"] + ")"
    )
    med = data.assign(cls=cls).groupby(["domain", "cls"])[[*shown, *cols]].median().round(3)
    report = {"medians": med.reset_index().to_dict("records"), "candidates": {}}
    for name, (feats, how) in chosen.items():
        fn = round6.logistic(feats, how)
        report["candidates"][name] = {
            **round6.evaluate(data, folds, fn),
            **narrative.matrices(data, folds, fn),
        }
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


def main() -> None:
    run_candidates(__doc__, new_features, [*NEW, *narrative.NEW], list(PAIR), CANDIDATES, "quotation")


if __name__ == "__main__":
    main()
