"""A fitted filter on the rules' rewritten alignments, by date folds (issue 24, round 16).

Run: ``python benchmarks/sentence_precision.py [--meter meter-courts.tar.gz] [--cache DIR]
[--frame FILE]`` (spaCy sentences cached in ``--cache`` as ``benchmarks/sentence_reuse.py`` does;
the labelled rows pickled in ``--frame`` once and read from it after). Round 18 adds
:data:`RARITY`, features of general English word frequency (``benchmarks/rarity.py``, wordfreq),
and reports the filter and the joint decision with them too.

Every newspaper text of METER courts is aligned to its story's PA takes at the shipped setting.
For each annotated sentence the alignment calls ``rewritten`` (the decided rows; verbatim and near
verbatim stay aligned), and, for the joint variant, each sentence it leaves new that has a proposed
source sentence (:func:`corpus_tools.reuse.decision.proposal`), the pair features of
:data:`FEATURES` are read on the rows of ``alignment._align_doc`` (caught where it hands them to
``_mark_splits``: the last step, so the filter replays exactly). A logistic regression (C=1,
standardised features) is fitted on four GroupKFold folds of the dates (the folds of
``sentence_reuse.py``); its probability threshold is chosen on those four (the best smaller of
recall and precision of all their sentences) and applied to the fifth. Printed: per fold held out
and pooled, for the filter (rewritten rows may become new) and the joint decision (new rows with
a proposal may become rewritten too); and, not held out, the best cut of the out-of-fold
probabilities (the ceiling of the ranking). Each sentence is reused as in ``benchmarks/meter.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meter  # noqa: E402  (the METER helpers of benchmarks/meter.py)
import rarity  # noqa: E402  (general English word frequency, wordfreq)

from corpus_tools import ReuseOptions, align_sentences  # noqa: E402
from corpus_tools.reuse import alignment  # noqa: E402
from corpus_tools.reuse.decision import proposal  # noqa: E402
from corpus_tools.reuse.fusion import phrase_positions  # noqa: E402
from corpus_tools.reuse.matching import merged_score  # noqa: E402
from corpus_tools.reuse.similarity import is_content  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ROUTES = ("context", "fused", "passage", "score", "words")
#: the pair's features: shares of the sentence's evidence words, topical words (not names, numbers,
#: verbs of saying) and IDF mass held, names among the held words, shared bigrams (any, of content
#: words, holding a topical word), the longest shared run (words, evidence words, topical words),
#: the share matched in order, the score, sizes, the route, a quotation mark; then its neighbours:
#: the source sentence taken by another sentence (a better one), a neighbour within two sentences
#: aligned within three source sentences, how many are aligned, one aligned by words
FEATURES = (
    *("held_share", "n_top_held", "top_share", "name_share", "idf_held", "idf_top_held"),
    *("n_bigrams", "n_content_bigrams", "n_topical_bigrams", "n_topical_pairs"),
    *("run", "content_run", "topical_run", "target_cover", "phrase", "phrase_share", "score"),
    *("n_chosen", "log_keys", "log_evidence", "log_length_ratio", *(f"route_{r}" for r in ROUTES)),
    *("n_unheld", "log_idf_unheld", "log_idf_held", "quoted"),
    *("source_taken", "source_taken_better", "near_source", "log_near_source", "n_neighbours"),
    *("beside_words", "n_beside_aligned"),
)
#: round 18 (issue 24): general English frequency (:mod:`rarity`, wordfreq) of what the pair shares:
#: the mean Zipf frequency of the held evidence words, their summed rarity (7 - Zipf) and its share
#: of the sentence's, the share of held words that are common English (Zipf >= 5), the held and
#: unheld rare words (Zipf < 4), shared bigrams whose rarer word is rare, the mean rarity of the
#: shared bigrams' rarer word, the most rare words and the most rarity in one shared run
RARITY = (
    *("held_zipf", "log_rarity_held", "rarity_share", "common_share", "n_rare_held", "log_rare_unheld"),
    *("n_rare_bigrams", "bigram_rarity", "rare_run", "run_rarity"),
)
_ROWS: dict = {}
_COMMON: dict = {}
_mark_splits, _align_doc = alignment._mark_splits, alignment._align_doc


def _catch(rows: list[dict]) -> None:
    """Keep every row of a text as the rules leave it, then mark splits as alignment does."""
    for k, r in enumerate(rows):
        _ROWS[(r["t"].doc_id, r["t"].sent_id)] = (r, rows, k)
    _mark_splits(rows)


def _align_caught(src, tgt, idf, opt, weights=None, *, prepared=None):
    """``alignment._align_doc``, keeping the source's common words for the proposals."""
    if tgt:
        _COMMON[tgt[0].doc_id] = prepared[3]
    return _align_doc(src, tgt, idf, opt, weights, prepared=prepared)


def _runs(pos) -> list[list[int]]:
    out: list[list[int]] = []
    for j in sorted(pos):
        if out and j == out[-1][-1] + 1:
            out[-1].append(j)
        else:
            out.append([j])
    return out


def pair_features(t, chosen: list, score: float, route: str) -> list[float]:
    ev, top = t.evidence, t.evidence & t.words.topical
    held = ev & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))
    idf = chosen[0].idf
    w = lambda s: sum(idf.get(k, 1.0) for k in s)  # noqa: E731
    grams = set().union(*(m.src.words.grams[1] for m in chosen))
    shared = [b for b in (t.keys[n : n + 2] for n in range(len(t.keys) - 1)) if b in grams]
    runs = [rr for m in chosen for rr in _runs(m.target_pos)]
    longest = lambda keep: max((sum(keep(t.keys[j]) for j in rr) for rr in runs), default=0)  # noqa: E731
    tpos = set().union(*(m.target_pos for m in chosen))
    phrase = set().union(*(phrase_positions(t.words, m.src.words) for m in chosen))
    src_len = sum(len(m.src.keys) for m in chosen)
    names = t.words.names | t.words.numbers
    return [
        len(held) / max(1, len(ev)),
        len(held & top),
        len(held & top) / max(1, len(top)),
        len(held & names) / max(1, len(held)),
        w(held) / max(1e-9, w(ev)),
        w(held & top) / max(1e-9, w(top)) if top else 0.0,
        len(shared),
        sum(is_content(a) and is_content(b) for a, b in shared),
        sum(a in top or b in top for a, b in shared),
        sum((a in top and b in ev) or (b in top and a in ev) for a, b in shared),
        longest(lambda k: True),
        longest(lambda k: k in ev),
        longest(lambda k: k in top),
        len(tpos) / max(1, len(t.keys)),
        len(phrase),
        len(phrase) / max(1, len(ev)),
        score,
        len(chosen),
        math.log1p(len(t.keys)),
        math.log1p(len(ev)),
        math.log((src_len + 1) / (len(t.keys) + 1)),
        *(float(route == r) for r in ROUTES),
        len(ev - held),
        math.log1p(w(ev - held)),
        math.log1p(w(held)),
    ]


def rarity_features(t, chosen: list) -> list[float]:
    """:data:`RARITY` of a sentence against its chosen source sentences."""
    ev = t.evidence
    held = ev & frozenset().union(*(m.src.words.content | m.src.words.numbers for m in chosen))
    grams = set().union(*(m.src.words.grams[1] for m in chosen))
    shared = [b for b in (t.keys[n : n + 2] for n in range(len(t.keys) - 1)) if b in grams]
    shared = [b for b in shared if is_content(b[0]) or is_content(b[1])]
    runs = [rr for m in chosen for rr in _runs(m.target_pos)]
    rare = [k for k in held if rarity.zipf(k) < rarity.RARE]
    r_ev = sum(map(rarity.rarity, ev))
    r_held = sum(map(rarity.rarity, held))
    rarer = [max(rarity.rarity(a), rarity.rarity(b)) for a, b in shared]
    in_run = lambda keep: max((sum(keep(t.keys[j]) for j in rr) for rr in runs), default=0)  # noqa: E731
    return [
        sum(map(rarity.zipf, held)) / len(held) if held else 7.0,
        math.log1p(r_held),
        r_held / max(1e-9, r_ev),
        sum(rarity.zipf(k) >= rarity.COMMON for k in held) / max(1, len(held)),
        len(rare),
        math.log1p(sum(rarity.zipf(k) < rarity.RARE for k in ev - held)),
        sum(r > 7.0 - rarity.RARE for r in rarer),
        sum(rarer) / len(rarer) if rarer else 0.0,
        in_run(lambda k: is_content(k) and rarity.zipf(k) < rarity.RARE),
        in_run(lambda k: rarity.rarity(k) if is_content(k) else 0.0),
    ]


def neighbour_features(rows: list[dict], k: int, chosen: list) -> list[float]:
    mine = {(m.src.doc_id, m.src.sent_id) for m in chosen}
    taken = better = 0.0
    for j, o in enumerate(rows):
        if j != k and mine & {(m.src.doc_id, m.src.sent_id) for m in o["chosen"]}:
            taken = 1.0
            better = max(
                better, float(o["score"] > rows[k]["score"] or o["cls"] in ("verbatim", "near_verbatim"))
            )
    near, n_nb = 99, 0
    for j in (k - 2, k - 1, k + 1, k + 2):
        if 0 <= j < len(rows) and rows[j]["chosen"]:
            n_nb += 1
            near = min(
                [
                    near,
                    *(
                        abs(m.src.sent_id - s)
                        for m in rows[j]["chosen"]
                        for d, s in mine
                        if m.src.doc_id == d
                    ),
                ]
            )
    words = [r["cls"] != "new" and r["route"] == "words" for r in rows]
    aligned = [r["cls"] != "new" for r in rows]
    at = lambda j, v: 0 <= j < len(rows) and v[j]  # noqa: E731
    return [
        taken,
        better,
        float(near <= 3),
        math.log1p(min(near, 30)),
        float(n_nb),
        float(at(k - 1, words) or at(k + 1, words)),
        float(at(k - 1, aligned)) + float(at(k + 1, aligned)),
    ]


def labelled(stories: dict, ann: dict, cache: Path) -> pd.DataFrame:
    """One row per annotated sentence: ``date``, ``reused``, ``kind`` (``fixed``: verbatim or near
    verbatim; ``rewritten``; ``proposed``: new with a proposed source sentence; ``new``) and
    :data:`FEATURES` (zeros for ``fixed`` and ``new``)."""
    out = []
    opt = ReuseOptions()
    for story in sorted(stories):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = meter.cached_sentences(corpus, cache)
        _ROWS.clear()
        a = align_sentences(corpus, source="PA", sentences=sents, options=opt)
        for r, reused in meter.labelled_sentences(a, ann):
            if reused is None:
                continue
            row, rows, k = _ROWS[(r.doc_id, r.sent_id)]
            t, chosen, kind, score = row["t"], row["chosen"], row["cls"], row["score"]
            if kind in ("verbatim", "near_verbatim"):
                kind = "fixed"
            elif kind == "new":
                chosen = proposal(t, row, opt, _COMMON[t.doc_id]) if row["every"] else []
                kind, score = ("proposed", merged_score(t, chosen, chosen[0].idf)) if chosen else ("new", 0.0)
            x = [0.0] * (len(FEATURES) + len(RARITY))
            if kind in ("rewritten", "proposed"):
                quoted = float(any(q in r.text for q in "\"'\u2018\u2019\u201c\u201d`"))
                pf = pair_features(t, chosen, score, row["route"])
                x = [*pf, quoted, *neighbour_features(rows, k, chosen), *rarity_features(t, chosen)]
            out.append((story.split("/")[0], r.doc_id, r.sent_id, bool(reused), kind, *x))
    return pd.DataFrame(out, columns=["date", "doc_id", "sent_id", "reused", "kind", *FEATURES, *RARITY])


def counts(frame: pd.DataFrame, aligned: np.ndarray) -> np.ndarray:
    """(true positives, reused, aligned)."""
    reused = frame["reused"].to_numpy()
    return np.array([(reused & aligned).sum(), reused.sum(), aligned.sum()])


def rp(c: np.ndarray) -> dict:
    r, p = c[0] / max(1, c[1]), c[0] / max(1, c[2])
    return {"recall": round(float(r), 3), "precision": round(float(p), 3)}


def decided(frame: pd.DataFrame, prob: np.ndarray, threshold: float) -> np.ndarray:
    """Fixed rows aligned, new rows new, decided rows aligned when ``prob`` reaches ``threshold``."""
    kind = frame["kind"].to_numpy()
    return (kind == "fixed") | (np.isin(kind, ("rewritten", "proposed")) & (prob >= threshold))


def evaluate(frame: pd.DataFrame, kinds: tuple[str, ...], features: tuple[str, ...] = FEATURES) -> dict:
    """Fit on four date folds, choose the threshold there, score the fifth; ``kinds``: the rows the
    model decides (``rewritten``: the filter; with ``proposed``: the joint decision); ``features``:
    the columns the model reads (round 16's :data:`FEATURES`, or with :data:`RARITY`)."""
    frame = frame.assign(kind=frame["kind"].where(frame["kind"].isin(["fixed", *kinds]), "new"))
    folds = [te for _, te in GroupKFold(5).split(frame, groups=frame["date"])]
    held, per_fold, oof = np.zeros(3), [], np.zeros(len(frame))
    thresholds = np.round(np.arange(0.05, 0.951, 0.01), 2)
    for te in folds:
        train, test = frame.drop(frame.index[te]), frame.iloc[te]
        part = train[train["kind"].isin(kinds)]
        x = part[list(features)].to_numpy(float)
        y = part["reused"].to_numpy()
        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000)).fit(x, y)
        p_train = model.predict_proba(train[list(features)].to_numpy(float))[:, 1]
        best = max(thresholds, key=lambda th: min(rp(counts(train, decided(train, p_train, th))).values()))
        oof[te] = model.predict_proba(test[list(features)].to_numpy(float))[:, 1]
        c = counts(test, decided(test, oof[te], best))
        held += c
        rules = counts(test, test["kind"].isin(["fixed", "rewritten"]).to_numpy())
        dates = sorted(test["date"].unique())
        per_fold.append(
            {"dates": " + ".join(dates), "threshold": float(best), "rules": rp(rules), "held out": rp(c)}
        )
    ceiling = max(thresholds, key=lambda th: min(rp(counts(frame, decided(frame, oof, th))).values()))
    return {
        "held out, pooled": rp(held),
        "by date fold": per_fold,
        "best cut of the out-of-fold probabilities (not held out)": {
            "threshold": float(ceiling),
            **rp(counts(frame, decided(frame, oof, ceiling))),
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meter", default=str(DATA / "meter-courts.tar.gz"))
    ap.add_argument("--cache", default="/tmp/derivation_sentences")
    ap.add_argument("--frame", default=None, help="the labelled rows, pickled here once and read after")
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    if args.frame and Path(args.frame).exists():
        frame = pd.read_pickle(args.frame)
    else:
        stories, ann = meter.annotated_stories(args.meter)
        alignment._mark_splits, alignment._align_doc = _catch, _align_caught
        try:
            frame = labelled(stories, ann, cache)
        finally:
            alignment._mark_splits, alignment._align_doc = _mark_splits, _align_doc
        if args.frame:
            frame.to_pickle(args.frame)
    rules = frame["kind"].isin(["fixed", "rewritten"]).to_numpy()
    report = {
        "n_sentences": len(frame),
        "rows by kind": {k: int(v) for k, v in frame["kind"].value_counts().items()},
        "rules, pooled": rp(counts(frame, rules)),
        "filter (rewritten rows decided)": evaluate(frame, ("rewritten",)),
        "joint (rewritten and proposed rows decided)": evaluate(frame, ("rewritten", "proposed")),
        "filter with general word frequency (round 18)": evaluate(frame, ("rewritten",), FEATURES + RARITY),
        "joint with general word frequency (round 18)": evaluate(
            frame, ("rewritten", "proposed"), FEATURES + RARITY
        ),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
