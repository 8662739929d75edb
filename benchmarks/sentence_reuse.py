"""Sentence reuse on METER courts: the fusion threshold chosen by date folds (issues 22 and 24).

Run: ``python benchmarks/sentence_reuse.py [--meter meter-courts.tar.gz] [--cache DIR]
[--answers clough-stevenson.tar.gz]`` (default ``../shared/data/meter-courts.tar.gz``, extracted
to a temporary folder; spaCy sentences cached in ``--cache`` as ``benchmarks/derivation.py`` does).
``--shipped-only`` scores the shipped setting alone (no choice on the training dates); ``--dump
FILE`` writes the shipped setting's labelled sentences, with their text and source text, to a CSV
to read the errors.

Every newspaper text of METER courts is aligned to its story's PA takes (one group) with
``(min_fused_cover, min_score_cover)`` in :data:`GRID` (the share of a sentence's words that the
source sentences it is fused from must hold when no single one explains it, and the share a source
sentence must hold for the paraphrase score to align it; :class:`corpus_tools.ReuseOptions`).
Each sentence of an annotated text is reused when at least half its words sit in the annotators'
Verbatim/Rewrite spans (``benchmarks/meter.py``). Recall and precision of the aligned sentences
are printed pooled and per GroupKFold fold of the dates (the folds of ``benchmarks/derivation.py``),
and for each fold the setting that the other four folds prefer, by F1 and by the smaller of recall
and precision, is scored on it (held out). The same choice is made leaving out one date at a
time (fit on the other dates, test on one: issue 24's date folds), on courts alone and, with
``--answers``, on the other dates and the Clough & Stevenson answers together (:func:`answer_rows`:
each answer aligned to its task's source; a sentence of a ``cut``, ``light`` or ``heavy`` answer
counts as reused, one of a ``non`` answer as not: the only sentence labels that corpus gives).
At the shipped setting, the errors are counted by cause
(:func:`error_classes`), and the archive's phrase annotation is counted (:func:`annotation_coverage`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meter  # noqa: E402  (the METER helpers of benchmarks/meter.py)

from corpus_tools import ReuseOptions, align_sentences, load_meter  # noqa: E402
from corpus_tools.io.datasets import load_clough_stevenson  # noqa: E402
from corpus_tools.lexicon import WORD_RE  # noqa: E402
from corpus_tools.text.sentences import match_key, norm_token  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GRID = tuple((f, c) for f in (0.5, 0.6, 0.7) for c in (0.2, 0.3, 0.4))
SHIPPED = (ReuseOptions().min_fused_cover, ReuseOptions().min_score_cover)


def labelled(stories: dict, ann: dict, cache: Path, cover: tuple[float, float]) -> pd.DataFrame:
    """One row per annotated sentence: ``doc_id``, ``date``, ``reused``, ``aligned``, and for the
    error classes ``label`` (METER's class of the text), ``reuse_class``, ``n_words`` and ``run``
    (the longest run of words the sentence shares with its source sentences); to read them,
    ``sent_id``, ``text`` and ``source_text``."""
    rows = []
    for story in sorted(stories):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = meter.cached_sentences(corpus, cache)
        opt = ReuseOptions(min_fused_cover=cover[0], min_score_cover=cover[1])
        a = align_sentences(corpus, source="PA", sentences=sents, options=opt)
        for r, reused in meter.labelled_sentences(a, ann):
            if reused is not None:
                keys, src = _keys(r.text), _keys(r.source_text)
                blocks = SequenceMatcher(None, keys, src, autojunk=False).get_matching_blocks()
                run = max((b.size for b in blocks), default=0)
                label = corpus.loc[r.doc_id, "label"]
                rows.append(
                    (
                        r.doc_id,
                        story.split("/")[0],
                        reused,
                        r.reuse_class != "new",
                        label,
                        r.reuse_class,
                        len(keys),
                        run,
                        r.sent_id,
                        r.text,
                        r.source_text,
                    )
                )
    cols = ["doc_id", "date", "reused", "aligned", "label", "reuse_class", "n_words", "run"]
    cols += ["sent_id", "text", "source_text"]
    return pd.DataFrame(rows, columns=cols)


def answer_rows(path: str, cache: Path, cover: tuple[float, float]) -> pd.DataFrame:
    """One row per body sentence of every Clough & Stevenson answer, aligned to its task's source
    (``orig_task<t>``) with ``(min_fused_cover, min_score_cover)`` = ``cover``: ``doc_id``,
    ``date`` (``task a``...), ``reused`` (the answer's category is not ``non``), ``aligned``,
    ``category``."""
    rows = []
    for task, corpus in load_clough_stevenson(path).items():
        opt = ReuseOptions(min_fused_cover=cover[0], min_score_cover=cover[1])
        a = align_sentences(
            corpus, source=f"orig_task{task}", sentences=meter.cached_sentences(corpus, cache), options=opt
        )
        category = a["doc_id"].map(corpus["category"])
        rows.append(
            pd.DataFrame(
                {
                    "doc_id": a["doc_id"],
                    "date": f"task {task}",
                    "reused": category != "non",
                    "aligned": a["reuse_class"] != "new",
                    "category": category,
                }
            )
        )
    return pd.concat(rows, ignore_index=True)


def by_date_choice(per_date: dict, extra: dict | None = None) -> dict:
    """Leave one date out: for each date, the setting best on the other dates (and on ``extra``'s
    counts, the answers', when given) by F1 and by the smaller of recall and precision, scored on
    the date left out; pooled over the dates. ``per_date``: setting -> {date: counts}."""
    out = {}
    grid = list(per_date)
    dates = sorted(next(iter(per_date.values())))
    for name, crit in (("F1", "f1"), ("min(recall, precision)", None)):
        held, picks = [0, 0, 0], {}
        for d in dates:

            def value(c, d=d, crit=crit):
                parts = [x for e, x in per_date[c].items() if e != d] + ([extra[c]] if extra else [])
                s = rp(*(sum(x[i] for x in parts) for i in range(3)))
                return s[crit] if crit else min(s["recall"], s["precision"])

            picks[d] = str(best := max(grid, key=value))
            held = [h + x for h, x in zip(held, per_date[best][d], strict=True)]
        out[name] = {"choices": picks, "held out, pooled": rp(*held)}
    return out


def _keys(raw: str) -> list[str]:
    return [match_key(norm_token(w)) for w in WORD_RE.findall(raw)]


def error_classes(frame: pd.DataFrame) -> dict:
    """Counts of false alignments and missed reused sentences by cause, per the 08.12.99 date and
    the other dates. False alignments: in a text whose annotation marks no sentence reused (by
    METER's class of the text); copied (verbatim, near verbatim or a run of >= COPIED_RUN words
    shared) yet annotated New; rewritten on fewer shared words. Missed: in a text METER labels
    non-derived; shorter than 5 words; others."""
    f = frame.assign(doc_reused=frame.groupby("doc_id")["reused"].transform("sum"))
    fp, fn = f[f.aligned & ~f.reused], f[~f.aligned & f.reused]
    copied = fp.reuse_class.isin(["verbatim", "near_verbatim"]) | (fp.run >= meter.COPIED_RUN)
    fp_class = np.select(
        [fp.doc_reused == 0, copied],
        ["text annotated with no reused sentence, METER class " + fp.label, "copied yet annotated New"],
        "rewritten, no run of >= 6 shared words",
    )
    fn_class = np.select(
        [fn.label == "non_derived", fn.n_words < 5],
        ["text labelled non-derived", "shorter than 5 words"],
        "other",
    )

    def table(part: pd.DataFrame, classes) -> dict:
        where = np.where(part.date == "08.12.99", "08.12.99", "other dates")
        counts = pd.crosstab(pd.Series(classes, index=part.index, name="class"), where)
        return {c: {k: int(v) for k, v in row.items()} for c, row in counts.iterrows()}

    return {"false alignments": table(fp, fp_class), "missed reused sentences": table(fn, fn_class)}


def annotation_coverage(root: Path) -> dict:
    """How many courts texts METER annotated at phrase level: an SGML file whose body is
    ``<unclassified>`` has no phrase annotation (METER's DTD), so none of its sentences is labelled."""
    files = sorted(root.glob("newspapers/annotated/courts/*/*/*.sgml"))
    unclassified = sum("<unclassified>" in f.read_text(encoding="latin-1") for f in files)
    return {"SGML files": len(files), "<unclassified> (no phrase annotation)": unclassified}


def counts(part: pd.DataFrame) -> tuple[int, int, int]:
    """(true positives, reused, aligned)."""
    return int((part.reused & part.aligned).sum()), int(part.reused.sum()), int(part.aligned.sum())


def rp(tp: int, n_reused: int, n_aligned: int) -> dict:
    r, p = tp / max(1, n_reused), tp / max(1, n_aligned)
    return {"recall": round(r, 3), "precision": round(p, 3), "f1": round(2 * r * p / max(1e-9, r + p), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--jobs", type=int, default=2, help="processes (one setting each)")
    ap.add_argument("--shipped-only", action="store_true", help="score the shipped setting alone (no choice)")
    ap.add_argument("--dump", help="write the shipped setting's labelled sentences to this CSV")
    ap.add_argument("--answers", help="the Clough & Stevenson archive: its answers join the date folds' fit")
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = meter.meter_root(args.meter, tmp)
        stories = load_meter(root)
        spans = meter.annotated_spans(root)
        ann = meter.annotations(spans)
        coverage = {**annotation_coverage(root), "texts with phrase spans (labelled)": len(spans)}
    grid = (SHIPPED,) if args.shipped_only else GRID
    with ProcessPoolExecutor(min(args.jobs, len(grid))) as pool:
        n = len(grid)
        found = pool.map(labelled, [stories] * n, [ann] * n, [cache] * n, grid)
        frames = dict(zip(grid, found, strict=True))
    first = frames[grid[0]]
    if args.dump:
        frames[SHIPPED].to_csv(args.dump, index=False)
    folds = [te for _, te in GroupKFold(5).split(first, groups=first["date"])]
    per_fold = {c: [counts(f.iloc[te]) for te in folds] for c, f in frames.items()}
    report = {
        "n_sentences": len(first),
        "phrase annotation": coverage,
        "settings (min_fused_cover, min_score_cover)": {
            str(c): {"pooled": rp(*counts(f)), "by date fold": [rp(*x) for x in per_fold[c]]}
            for c, f in frames.items()
        },
    }
    for name, crit in (("F1", "f1"), ("min(recall, precision)", None)) if len(grid) > 1 else ():
        held, picks = [0, 0, 0], []
        for k in range(len(folds)):

            def value(c, k=k, crit=crit):
                s = rp(*(sum(x[i] for j, x in enumerate(per_fold[c]) if j != k) for i in range(3)))
                return s[crit] if crit else min(s["recall"], s["precision"])

            best = max(grid, key=value)
            picks.append(best)
            held = [h + x for h, x in zip(held, per_fold[best][k], strict=True)]
        report[f"chosen on the training dates by {name}"] = {"choices": picks, "held out, pooled": rp(*held)}
    per_date = {c: {d: counts(g) for d, g in f.groupby("date")} for c, f in frames.items()}
    report["settings by date"] = {str(c): {d: rp(*x) for d, x in v.items()} for c, v in per_date.items()}
    if len(grid) > 1:
        report["leave one date out, courts alone"] = by_date_choice(per_date)
    if args.answers:
        with ProcessPoolExecutor(min(args.jobs, len(grid))) as pool:
            n = len(grid)
            found = pool.map(answer_rows, [args.answers] * n, [cache] * n, grid)
            answer_frames = dict(zip(grid, found, strict=True))
        extra = {c: counts(f) for c, f in answer_frames.items()}
        report["answers (sentences of cut, light, heavy answers reused; of non, not)"] = {
            str(c): {
                "pooled": rp(*extra[c]),
                "aligned share by category": f.groupby("category")["aligned"].mean().round(3).to_dict(),
            }
            for c, f in answer_frames.items()
        }
        if len(grid) > 1:
            report["leave one date out, courts and answers"] = by_date_choice(per_date, extra)
    report[f"error classes at the shipped setting ({SHIPPED})"] = error_classes(frames[SHIPPED])
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
