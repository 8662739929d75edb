"""A decision over the shipped alignment's rewritten sentences, fitted by date folds (issue 24).

Run: ``python benchmarks/sentence_post_decision.py [--meter meter-courts.tar.gz] [--cache DIR]
[--model logistic|tree|boost] [--dump FILE]`` (spaCy sentences cached in ``--cache`` as
``benchmarks/sentence_reuse.py`` does; about 4 minutes with the cache).

Every newspaper text of METER courts is aligned to its story's PA takes with the shipped options
(the rules of ``benchmarks/sentence_reuse.py --shipped-only``: its recall and precision are the
"rules" line). Each annotated sentence is reused when at least half its words sit in the
annotators' Verbatim/Rewrite spans (``benchmarks/meter.py``). For every sentence the shipped rules
call ``rewritten`` (verbatim and near verbatim stay aligned, new stays new) the script reads, from
the alignment's own rows (a replay of ``alignment._align_doc``, nothing re-parsed), the features
of :data:`FEATURES`: what its chosen source sentences hold, the paper's own voice (its content
words found in no PA sentence of the story), how many other papers take its source sentence, the
margin between its best and second-best candidate, its place, the share of its text aligned.

A model (``--model``: a logistic regression on standardised features, C=1; a decision tree of
depth 3 with leaves of at least 25; or gradient-boosted trees of depth 3) is fitted on the
rewritten sentences of four date folds (the GroupKFold folds of ``benchmarks/sentence_reuse.py``),
its probability threshold chosen on the same four folds (the best smaller of recall and precision
over all their sentences, the criterion of ``benchmarks/sentence_reuse.py``), and a rewritten
sentence of the fifth fold below it is set new. Printed: the rules' and the decision's recall and
precision, per fold and pooled over the held-out folds, the rows moved, and each feature's AUC
among the rewritten sentences (all dates and outside 08.12.99). With ``--answers`` the dump also
holds the Clough & Stevenson answers' sentences (each answer aligned to its task's source;
``date`` is ``task a``...; reused unless the answer is ``non``: the only sentence labels that corpus
gives), for ``benchmarks/sentence_cuts.py --answers`` to fit on beside the training dates; the
model and figures of this script read courts alone. ``--cover FUSED SCORE`` aligns with
``min_fused_cover`` and ``min_score_cover`` set (the grid of ``benchmarks/sentence_reuse.py``)
instead of the shipped options; the features and figures are then that setting's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.tree import DecisionTreeClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meter  # noqa: E402  (the METER helpers of benchmarks/meter.py)

import corpus_tools.reuse.alignment as alignment  # noqa: E402
from corpus_tools import ReuseOptions, align_sentences, load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.reuse.fusion import common_words  # noqa: E402
from corpus_tools.reuse.own_quotes import longest_run  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROUTES = ("words", "score", "context", "fused")
#: the features of a rewritten sentence, in model order
FEATURES = (
    "held",  # share of its evidence words its chosen source sentences hold
    "run_share",  # longest run of words shared with one of them / its words
    "run",  # that run
    "log_words",  # log(1 + its words)
    "own_share",  # share of its content words in no PA sentence of the story (the paper's own voice)
    "own_names",  # it names a name no PA sentence names (0 or 1)
    "take_share",  # share of the story's other papers that take its primary source sentence
    "margin",  # score of its best candidate - its second best
    "position",  # its place in its text, 0 (first) to 1 (last)
    "doc_share",  # share of its text's body sentences aligned
    "doc_fixed",  # ... verbatim or near verbatim
    "score",  # its score against its chosen source sentences
    "source_cover",  # share of its primary source sentence's words matched in it
    "target_cover",  # share of its words matched in its primary source sentence
    "specific_share",  # of the evidence words its sources hold, the share specific to the story (round 36)
    "specific_cover",  # those specific words / all its evidence words
    "n_specific",  # their count, capped at 3
    "file_specific_share",  # as specific_share, a word common when in 3+ sentences of one take
    "file_specific_cover",  # as specific_cover, so
    "n_file_specific",  # as n_specific, so
) + tuple(f"route_{r}" for r in ROUTES)


def _replay():
    """Wrap ``alignment._align_doc`` to keep each text's final rows: returns the list it fills."""
    kept, original = [], alignment._align_doc

    def wrapped(src, tgt, idf, opt, weights=None, *, prepared=None):
        rows = original(src, tgt, idf, opt, weights, prepared=prepared)
        kept.append((prepared[0] if prepared is not None else src, rows))
        return rows

    alignment._align_doc = wrapped
    return kept


#: a word found in at most this many of a story's distinct source sentences is specific to it
SPECIFIC_SENTENCES = 2


def story_df(src: list) -> dict[str, int]:
    """How many of the story's distinct source sentences (a sentence repeated in several takes
    counts once) hold each content word or number."""
    df: dict[str, int] = {}
    for w in {s.norms: s.words for s in src}.values():
        for k in w.content | w.numbers:
            df[k] = df.get(k, 0) + 1
    return df


def common_words_by_take(src: list) -> frozenset[str]:
    """The words common in any one take of the story (in three or more of its sentences:
    :func:`corpus_tools.reuse.fusion.common_words`, as the alignment reads a source file); a
    story told in many takes repeats its facts from take to take, not within one."""
    takes = {s.doc_id for s in src}
    return frozenset().union(*(common_words(s.words for s in src if s.doc_id == d) for d in takes))


def story_rows(story: str, kept: list, labels: dict) -> list[dict]:
    """One dict per labelled sentence of one story's texts (``kept``: the replay's rows)."""
    src = kept[0][0] if kept else []
    pa_content = frozenset().union(*(s.words.content for s in src))
    df = story_df(src)
    common = common_words_by_take(src)
    pa_names = frozenset().union(*(s.words.names for s in src))
    takers: dict = {}
    for _, rows in kept:
        for r in rows:
            for m in r["chosen"] if r["cls"] != "new" else ():
                takers.setdefault((m.src.doc_id, m.src.sent_id), set()).add(r["t"].doc_id)
    papers = sum(bool(rows) for _, rows in kept)
    out = []
    for _, rows in kept:
        body = [r for r in rows if not r["t"].layout]
        share = sum(r["cls"] != "new" for r in body) / max(1, len(body))
        fixed = sum(r["cls"] in ("verbatim", "near_verbatim") for r in body) / max(1, len(body))
        for k, r in enumerate(rows):
            t, chosen = r["t"], r["chosen"]
            if (t.doc_id, t.sent_id) not in labels:
                continue
            ev, content = t.evidence, t.words.content
            sources = frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))
            scores = sorted((m.score for m in r.get("every") or ()), reverse=True) + [0.0, 0.0]
            prim = chosen[0] if chosen else None
            taken = takers.get((prim.src.doc_id, prim.src.sent_id), set()) - {t.doc_id} if prim else ()
            run = max((longest_run(t.keys, m.src.keys) for m in chosen), default=0)
            held = ev & sources
            specific = {w for w in held if w in t.words.numbers or df.get(w, 0) <= SPECIFIC_SENTENCES}
            by_take = {w for w in held if w in t.words.numbers or w not in common}
            out.append(
                {
                    "doc_id": t.doc_id,
                    "sent_id": t.sent_id,
                    "date": story.split("/")[0],
                    "reused": labels[(t.doc_id, t.sent_id)],
                    "cls": r["cls"],
                    "route": r.get("route", ""),
                    "held": len(ev & sources) / len(ev) if ev else 0.0,
                    "run_share": run / max(1, len(t.keys)),
                    "run": run,
                    "log_words": float(np.log1p(len(t.keys))),
                    "own_share": len(content - pa_content) / len(content) if content else 0.0,
                    "own_names": float(bool(t.words.names - pa_names)),
                    "take_share": len(taken) / max(1, papers - 1),
                    "margin": scores[0] - scores[1],
                    "position": k / max(1, len(rows) - 1),
                    "doc_share": share,
                    "doc_fixed": fixed,
                    "score": r["score"],
                    "source_cover": len(prim.source_pos) / max(1, len(prim.src.keys)) if prim else 0.0,
                    "target_cover": len(prim.target_pos) / max(1, len(t.keys)) if prim else 0.0,
                    "specific_share": len(specific) / len(held) if held else 0.0,
                    "specific_cover": len(specific) / len(ev) if ev else 0.0,
                    "n_specific": min(3, len(specific)),
                    "file_specific_share": len(by_take) / len(held) if held else 0.0,
                    "file_specific_cover": len(by_take) / len(ev) if ev else 0.0,
                    "n_file_specific": min(3, len(by_take)),
                    **{f"route_{x}": float(r.get("route") == x) for x in ROUTES},
                }
            )
    return out


def sentences(path: str, cache: Path, options: ReuseOptions | None = None) -> pd.DataFrame:
    """The labelled sentences of METER courts with the rules' class and :data:`FEATURES`
    (``options``: the alignment's, the shipped ones when None)."""
    kept = _replay()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = meter.meter_root(path, tmp)
        stories = load_meter(root)
        ann = meter.annotations(meter.annotated_spans(root))
    for story in sorted(stories):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        kept.clear()
        sents = meter.cached_sentences(corpus, cache)
        a = align_sentences(corpus, source="PA", sentences=sents, options=options)
        labels = {(r.doc_id, r.sent_id): y for r, y in meter.labelled_sentences(a, ann) if y is not None}
        rows += story_rows(story, kept, labels)
    return pd.DataFrame(rows)


def answer_sentences(path: str, cache: Path) -> pd.DataFrame:
    """Every sentence of the Clough & Stevenson answers with the rules' class and :data:`FEATURES`,
    each answer aligned to its task's source; reused unless the answer's category is ``non``."""
    kept, rows = _replay(), []
    for task, corpus in load_clough_stevenson(path).items():
        kept.clear()
        a = align_sentences(
            corpus, source=f"orig_task{task}", sentences=meter.cached_sentences(corpus, cache)
        )
        labels = {(r.doc_id, r.sent_id): corpus.loc[r.doc_id, "category"] != "non" for r in a.itertuples()}
        rows += story_rows(f"task {task}", kept, labels)
    return pd.DataFrame(rows)


def rp(part: pd.DataFrame, aligned: pd.Series) -> dict:
    tp = int((part.reused & aligned).sum())
    n_reused, n_aligned = int(part.reused.sum()), int(aligned.sum())
    return {
        "recall": round(tp / max(1, n_reused), 4),
        "precision": round(tp / max(1, n_aligned), 4),
        "counts (true, reused, aligned)": [tp, n_reused, n_aligned],
    }


def model(name: str):
    if name == "tree":
        return DecisionTreeClassifier(max_depth=3, min_samples_leaf=25, random_state=0)
    if name == "boost":
        return HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, random_state=0)
    return LogisticRegression(C=1.0, max_iter=2000)


def threshold(part: pd.DataFrame, p: pd.Series, cand: pd.Series) -> float:
    """The probability threshold with the best smaller of recall and precision on ``part``."""
    best = (-1.0, 0.0)
    for t in np.round(np.arange(0.05, 0.61, 0.01), 2):
        s = rp(part, part.aligned & ~(cand & (p < t)))
        best = max(best, (min(s["recall"], s["precision"]), -t))
    return -best[1]


def held_out(f: pd.DataFrame, name: str) -> tuple[pd.Series, dict]:
    """Each fold decided by model ``name`` fitted, with its threshold, on the other four: the
    sentences left aligned, and the figures per fold and pooled."""
    cand = f.cls == "rewritten"
    kept, x, folds = f.aligned.copy(), f[list(FEATURES)], []
    for _, te in GroupKFold(5).split(f, groups=f["date"]):
        test = f.index.isin(f.index[te])
        train = ~test
        mu, sd = x[train & cand].mean(), x[train & cand].std().replace(0, 1)
        m = model(name).fit((x[train & cand] - mu) / sd, f.reused[train & cand])
        p = pd.Series(m.predict_proba((x - mu) / sd)[:, 1], index=f.index)
        t = threshold(f[train], p[train], cand[train])
        kept[test] = f.aligned[test] & ~(cand[test] & (p[test] < t))
        moved = test & f.aligned & ~kept
        folds.append(
            {
                "dates": sorted(f.date[test].unique()),
                "threshold (training folds)": t,
                "rules": rp(f[test], f.aligned[test]),
                "held out": rp(f[test], kept[test]),
                "moved (false by METER, true)": [
                    int((moved & ~f.reused).sum()),
                    int((moved & f.reused).sum()),
                ],
            }
        )
    moved = f.aligned & ~kept
    figures = {"folds": folds, "held out, pooled": rp(f, kept)}
    figures["moved (false by METER, true)"] = [int((moved & ~f.reused).sum()), int((moved & f.reused).sum())]
    return kept, figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--model", nargs="+", choices=("logistic", "tree", "boost"), default=["logistic"])
    ap.add_argument("--dump", help="write the sentences, features and held-out decision to this CSV")
    ap.add_argument("--answers", help="the Clough & Stevenson archive: its answers' sentences join the dump")
    ap.add_argument(
        "--cover", nargs=2, type=float, metavar=("FUSED", "SCORE"), help="min_fused_cover, min_score_cover"
    )
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    opt = ReuseOptions(min_fused_cover=args.cover[0], min_score_cover=args.cover[1]) if args.cover else None
    f = sentences(args.meter, cache, opt)
    f["aligned"] = f.cls != "new"
    out = f.date != "08.12.99"
    report: dict = {"n_sentences": len(f), "rules": rp(f, f.aligned)}
    report["outside 08.12.99, rules"] = rp(f[out], f.aligned[out])
    for name in args.model:
        kept, report[name] = held_out(f, name)
        report[name]["outside 08.12.99, held out"] = rp(f[out], kept[out])
        f[f"kept_{name}"] = kept
    r = f[f.cls == "rewritten"]
    o = r[r.date != "08.12.99"]
    report["AUC among rewritten sentences (all dates, outside 08.12.99)"] = {
        c: [round(roc_auc_score(r.reused, r[c]), 3), round(roc_auc_score(o.reused, o[c]), 3)]
        for c in FEATURES
    }
    if args.dump:
        if args.answers:
            f = pd.concat([f, answer_sentences(args.answers, cache).assign(aligned=lambda d: d.cls != "new")])
        f.to_csv(args.dump, index=False)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
