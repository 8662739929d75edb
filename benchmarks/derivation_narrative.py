"""Issue #24, round 37 (branch class37): what a text took of the source's own narration.

Run: ``python benchmarks/derivation_narrative.py --features FILE [--meter meter-courts.tar.gz]
[--answers clough-stevenson.tar.gz] [--json OUT]`` (``FILE``: the pickle of ``benchmarks/derivation.py
--features FILE``; the new features need only the texts, no parse, and are computed here).

The question (chosen before measuring, written in benchmarks/README.md, "Round 37, branch class37"):
the answers -> courts direction calls 95 of courts' 165 non-derived texts partially derived. A paper
that reports the same hearing as the Press Association shares its names, its numbers and the
testimony both quote, without taking anything from PA; the shares the shipped model reads
(``novel_word_share``, ``longest_passage``) count that overlap as taken. A student who did not read
the Wikipedia passage shares almost none of it, so the answers cannot teach the model to discount it.
Two shares read only the words a reporter could not have heard in court, the source's own narration:

* ``narrative_novel_share``: of the text's content words outside quotation marks that are not names
  or numbers (:func:`corpus_tools.reuse.derivation.is_fact`), the share whose key is not among the
  source's words;
* ``narrative_run_share``: of the text's words outside quotation marks, the share inside a run of at
  least :data:`corpus_tools.reuse.derivation.RUN_WORDS` words shared with one source file (greedy
  tiling on the body words, :func:`corpus_tools.reuse.documents.tile`).

``--light-as-wholly`` (a diagnostic, not a figure of the issue, declared before it was run): the
reference and the best candidate on LODO with the answers' light revisions read as METER would read
them, wholly derived (round 30's ``derivation_monotone.light_as_wholly``).

``quoted_share`` (the text's words inside quotation marks) is printed as a description. Declared after
the first ten candidates were measured (post hoc): ``own_quote_share``, the text's words inside
quotation marks and in no run shared with the source, over its words (testimony of its own). Declared
after (a)'s figures (post hoc): ``told_novel_share``, as ``narrative_novel_share`` but setting aside
only the names and numbers the source also has (a reporter could have heard them), so those the
text adds count as its own.

Candidates (:data:`CANDIDATES`), each scored as rounds 6, 12 and 30 scored theirs
(``derivation_round6.evaluate``): both leave-one-domain-out directions, pooled CV (a fifth of the
courts dates and one question held out), the confident calls at the widest margin leaving >= 70 % of
each domain confident; the LODO and pooled confusion matrices.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix

sys.path.insert(0, str(Path(__file__).resolve().parent))

import derivation as bench  # noqa: E402  (the folds of benchmarks/derivation.py)
import derivation_monotone as monotone  # noqa: E402  (round 30's diagnostic mapping)
import derivation_round6 as round6  # noqa: E402  (the candidates' scoring)
import meter  # noqa: E402

from corpus_tools import load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.lexicon import STOP_WORDS  # noqa: E402
from corpus_tools.reuse import derivation_model as dm  # noqa: E402
from corpus_tools.reuse import derivation_quotes  # noqa: E402
from corpus_tools.reuse.derivation import RUN_WORDS, body_words, is_fact  # noqa: E402
from corpus_tools.reuse.documents import tile  # noqa: E402

LABELS = list(dm.CLASSES)
NEW = ("narrative_novel_share", "narrative_run_share", "quoted_share", "own_quote_share", "told_novel_share")
PAIR = ("novel_word_share", "longest_passage")
#: name -> (features, standardisation within the corpus: "none" or "z")
CANDIDATES = {
    "shipped pair (reference)": (PAIR, "none"),
    "narrative_novel_share + longest_passage": (("narrative_novel_share", "longest_passage"), "none"),
    "shipped pair + narrative_novel_share": ((*PAIR, "narrative_novel_share"), "none"),
    "shipped pair + narrative_run_share": ((*PAIR, "narrative_run_share"), "none"),
    "narrative_novel_share + narrative_run_share": (("narrative_novel_share", "narrative_run_share"), "none"),
    "shipped pair + both narrative shares": ((*PAIR, "narrative_novel_share", "narrative_run_share"), "none"),
    # the same read relative to the corpus classified (round 3's z-scores: the transfer to the answers)
    "shipped pair, z (reference)": (PAIR, "z"),
    "narrative_novel_share + longest_passage, z": (("narrative_novel_share", "longest_passage"), "z"),
    "shipped pair + narrative_novel_share, z": ((*PAIR, "narrative_novel_share"), "z"),
    "narrative_novel_share + narrative_run_share, z": (("narrative_novel_share", "narrative_run_share"), "z"),
    # declared after the figures above (post hoc): quotations of its own, testimony the source does not give
    "shipped pair + own_quote_share": ((*PAIR, "own_quote_share"), "none"),
    "narrative_novel_share + longest_passage + own_quote_share": (
        ("narrative_novel_share", "longest_passage", "own_quote_share"),
        "none",
    ),
    # declared post hoc, after (a)'s figures: (a) with the names and numbers of its own kept
    "told_novel_share + longest_passage": (("told_novel_share", "longest_passage"), "none"),
}
#: the diagnostic (``--light-as-wholly``): the reference and the best LODO candidate under round 30's mapping
DIAGNOSTIC = ("shipped pair (reference)", "narrative_novel_share + longest_passage")


#: per body word, whether it stands inside quotation marks (the package's reading since round 38)
quoted = derivation_quotes.quoted


def body_targets(texts: dict[str, str], sources: list[str]):
    """``(src_keys, src_words, targets)``: each source file's body-word keys, their union, and
    ``(doc_id, body words)`` of every other text."""
    bw = {d: body_words(t) for d, t in texts.items()}
    src_keys = {d: [w[0] for w in bw[d]] for d in sources}
    return src_keys, set().union(*src_keys.values()), [(d, w) for d, w in bw.items() if d not in sources]


def narrative(texts: dict[str, str], sources: list[str]) -> pd.DataFrame:
    """The :data:`NEW` shares of every text of one corpus outside its source files."""
    src_keys, src_words, targets = body_targets(texts, sources)
    rows = []
    for d, words in targets:
        q = quoted(words)
        keys = [w[0] for w in words]
        runs = np.zeros(len(keys), dtype=bool)
        for sk in src_keys.values():
            for i, _, n in tile(keys, sk, RUN_WORDS):
                runs[i : i + n] = True
        outside = ~np.array(q, dtype=bool) if q else np.zeros(0, dtype=bool)
        told = [
            key
            for (key, word, initial), inq in zip(words, q, strict=True)
            if not inq and key not in STOP_WORDS and not is_fact(word, initial)
        ]
        # names and numbers it shares with the source set aside, those of its own kept (post hoc)
        told_all = [
            key
            for (key, word, initial), inq in zip(words, q, strict=True)
            if not inq and key not in STOP_WORDS and not (key in src_words and is_fact(word, initial))
        ]
        rows.append(
            (
                d,
                sum(k not in src_words for k in told) / len(told) if told else 0.0,
                float(runs[outside].mean()) if outside.any() else 0.0,
                float(np.mean(q)) if q else 0.0,
                float((~outside & ~runs).mean()) if len(keys) else 0.0,
                sum(k not in src_words for k in told_all) / len(told_all) if told_all else 0.0,
            )
        )
    return pd.DataFrame(rows, columns=["doc_id", *NEW])


def story_texts(meter_path: str, answers_path: str):
    """Each METER courts story (its PA takes as the source) and each answers task: ``(texts,
    sources)``, ``texts`` doc_id -> text."""
    with tempfile.TemporaryDirectory() as tmp:
        stories = load_meter(meter.meter_root(meter_path, tmp))
    for corpus in stories.values():
        yield (
            {str(d): t for d, t in corpus["text"].items()},
            [str(d) for d in corpus.index[corpus["role"] == "wire"]],
        )
    for task, corpus in load_clough_stevenson(answers_path).items():
        yield {str(d): t for d, t in corpus["text"].items()}, [f"orig_task{task}"]


def new_features(meter_path: str, answers_path: str) -> pd.DataFrame:
    """:func:`narrative` over every METER courts story (PA takes as the source) and every task."""
    out = [narrative(texts, src) for texts, src in story_texts(meter_path, answers_path)]
    return pd.concat(out, ignore_index=True).drop_duplicates("doc_id")


def matrices(data: pd.DataFrame, folds, fn) -> dict:
    """Confusion matrices (rows true, columns predicted: wholly, partially, non) of LODO and pooled CV."""
    lodo, oof = round6.probabilities(data, folds, fn)
    y, dom = data["label"].to_numpy(), data["domain"].to_numpy()
    out = {}
    for name, p in (("LODO", lodo), ("pooled", oof)):
        for d in ("answers", "courts"):
            m = dom == d
            pred = np.array(LABELS, dtype=object)[p[m].argmax(1)]
            out[f"{name} {d}"] = confusion_matrix(y[m], pred, labels=LABELS).tolist()
    return out


def medians(data: pd.DataFrame) -> dict:
    """Medians of the new shares per domain and class (the answers' partially split by category)."""
    cls = data["label"].where(
        ~data["category"].isin(["light", "heavy"]), "partially (" + data["category"] + ")"
    )
    return (
        data.assign(cls=cls)
        .groupby(["domain", "cls"])[[*PAIR, *NEW]]
        .median()
        .round(3)
        .reset_index()
        .to_dict("records")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--features", required=True)
    ap.add_argument("--meter", default=str(bench.DATA / "meter-courts.tar.gz"))
    ap.add_argument("--answers", default=str(bench.DATA / "clough-stevenson.tar.gz"))
    ap.add_argument("--json", default=None)
    ap.add_argument("--only", nargs="*", default=None, help="score only these candidates (names)")
    ap.add_argument(
        "--light-as-wholly",
        action="store_true",
        help="diagnostic, not a figure of the issue: the answers' light revisions labelled wholly derived",
    )
    args = ap.parse_args()
    data, _, _ = pickle.loads(Path(args.features).read_bytes())
    data = data.merge(new_features(args.meter, args.answers), on="doc_id", how="left", validate="1:1")
    if data[list(NEW)].isna().any().any():
        raise ValueError("a text of the features pickle has no narrative shares")
    data["category"] = data["category"].fillna("")
    candidates = CANDIDATES
    if args.light_as_wholly:
        data = monotone.light_as_wholly(data)
        candidates = {k: CANDIDATES[k] for k in DIAGNOSTIC}
    if args.only:
        candidates = {k: candidates[k] for k in args.only}
    folds = bench.pooled_folds(data)
    report = {"medians": medians(data), "candidates": {}}
    for name, (feats, how) in candidates.items():
        fn = round6.logistic(feats, how)
        report["candidates"][name] = {**round6.evaluate(data, folds, fn), **matrices(data, folds, fn)}
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
