"""METER courts: fit and check the derivation classes and the sentence alignment.

Run: ``python benchmarks/meter.py [meter-courts.tar.gz] [--cache DIR]`` (default
``../shared/data/meter-courts.tar.gz``; extracted to a temporary folder).

For every story (PA takes grouped as one source, ``load_meter``), the newspaper
texts are aligned to the PA witness and :func:`corpus_tools.reuse.derivation.derivation_features`
computed. Then:

1. Derivation: the shipped rules (:func:`fit_rules`: a depth-2 decision tree,
   class-balanced, >= 10 texts a leaf, over ``novel_words``, ``novel_facts``,
   ``word_containment``, then the ``longest_passage`` cut), cross-validated by
   date (leave-dates-out, 5 folds over the 24 dates: scikit-learn's GroupKFold
   and five random date-to-fold assignments, seeds 0-4), against the former
   depth-3 tree over every candidate feature (these and greedy-string-tiling
   shares of the newspaper text in tiles of >= 2, 3, 5, 8, 12 words and of the
   longest PA take in tiles of >= 3, 8; aligned-sentence share; PA sentences
   used), the former multinomial logistic model on the first eight features and a
   single 3-gram containment score with its best two thresholds (each fitted in
   the same folds). Prints macro-F1, per-class F1 and confusion matrices, and the
   rules fitted on every text as the :class:`corpus_tools.reuse.derivation.DerivationRules`
   and :data:`corpus_tools.reuse.derivation.DERIVATION_LEAVES` to ship (a refit is this
   one command), and the shipped rules scored on every text.
2. Phrase annotations: of newspaper sentences with at least half their words
   inside Verbatim/Rewrite spans, the share aligned (class other than ``new``),
   and of aligned sentences the share so annotated.
3. The ceiling (:func:`ceiling`): on the texts with phrase annotations, METER's
   classes read from the annotators' own marking (shares of words marked Verbatim,
   Rewrite, New) by trees cross-validated the same way, beside the shipped rules
   refitted on those texts.

Sentence frames are cached in ``--cache`` (default /tmp/meter_sentences), keyed
by the cleaned texts, so a second run skips spaCy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import tarfile
import tempfile
import time
from dataclasses import asdict, replace
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.model_selection import GroupKFold
from sklearn.tree import DecisionTreeClassifier, export_text
from sklearn.utils.class_weight import compute_sample_weight

from corpus_tools import load_meter
from corpus_tools.lexicon import WORD_RE
from corpus_tools.reuse import alignment as overlap
from corpus_tools.reuse import derivation
from corpus_tools.reuse.derivation import (
    DERIVATION_FEATURES,
    DERIVATION_LEAVES,
    DerivationRules,
    classify_documents,
)
from corpus_tools.reuse.documents import doc_tokens, keys, tile
from corpus_tools.text import sentences as text

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "meter-courts.tar.gz"
LABELS = ["wholly_derived", "partially_derived", "non_derived"]
#: the eight features of the former logistic model (kept as a comparison)
LOGISTIC_FEATURES = list(DERIVATION_FEATURES[:8])
TILES = (2, 3, 5, 8, 12)
CANDIDATES = [
    *DERIVATION_FEATURES,
    *(f"gst_{k}" for k in TILES),
    "pa_gst_3",
    "pa_gst_8",
    "sent_aligned_share",
    "pa_sents_log",
]
#: the features the shipped rules read: the tree's three, then the run cut
RULE_FEATURES = ["novel_words", "novel_facts", "word_containment", "longest_passage"]
SEEDS = (0, 1, 2, 3, 4)
#: the annotators' phrase marking of a text, as shares of its words (:func:`annotated_shares`)
ANNOTATED_SHARES = ["ann_verbatim", "ann_rewrite", "ann_new"]
_SPAN = re.compile(r"<(Verbatim|Rewrite|New)\b[^>]*>(.*?)</\1>", re.S)
_FILENAME = re.compile(r'<meterdocument\b[^>]*\bfilename="[^"]*/([^"/]+)\.sgml"')
#: a false alignment whose words lie mostly in runs of this many words shared with a PA take
#: was copied word for word: the annotator judged it taken from elsewhere (a take not
#: consulted, testimony heard in court), which no lexical evidence can tell
COPIED_RUN = 6


def meter_root(path: str | Path, tmp: str) -> Path:
    """The METER corpus folder: ``path`` itself (or its ``meter-corpus``), or the archive
    ``path`` extracted into ``tmp``."""
    src = Path(path)
    if src.is_file():
        with tarfile.open(src) as tar:
            tar.extractall(tmp, filter="data")
        src = Path(tmp)
    return next(p for p in (src / "meter-corpus", src) if (p / "PA").is_dir())


def annotated_stories(path: str | Path) -> tuple[dict, dict]:
    """The stories of the METER archive at ``path`` (:func:`corpus_tools.load_meter`, extracted to
    a temporary folder) and its phrase annotations (:func:`annotations`)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = meter_root(path, tmp)
        return load_meter(root), annotations(annotated_spans(root))


def cached_sentences(corpus: pd.DataFrame, cache: Path) -> pd.DataFrame:
    h = hashlib.sha256()
    for d, raw in corpus["text"].items():
        c = text.clean_text(raw)
        h.update(f"{d}\0{c.text}\0{[(p.start, p.end, p.kind) for p in c.paragraphs]}\0".encode())
    path = cache / f"{h.hexdigest()[:24]}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    sents = text.sentences(corpus)
    path.write_bytes(pickle.dumps(sents))
    return sents


def tiling_features(corpus: pd.DataFrame, features: pd.DataFrame, alignment: pd.DataFrame) -> pd.DataFrame:
    """Candidate features beyond :func:`derivation_features`: greedy string tiling (Clough et
    al. 2002) of each newspaper text against the PA takes read one after another, and
    sentence counts of the alignment."""
    k_of = {d: keys(t) for d, t in doc_tokens(corpus).items()}
    pa_docs = [d for d in corpus.index if corpus.loc[d, "group"] == "PA"]
    pa = [k for d in pa_docs for k in k_of[d]]
    pa_len = max(len(k_of[d]) for d in pa_docs)
    rows = []
    for d in features["doc_id"]:
        tiles = [n for *_, n in tile(k_of[d], pa, 2)]
        row = {f"gst_{k}": sum(n for n in tiles if n >= k) / max(1, len(k_of[d])) for k in TILES}
        row |= {f"pa_gst_{k}": sum(n for n in tiles if n >= k) / max(1, pa_len) for k in (3, 8)}
        a = alignment[alignment["doc_id"] == d]
        row["sent_aligned_share"] = float((a["reuse_class"] != "new").mean()) if len(a) else 0.0
        row["pa_sents_log"] = float(
            np.log1p(len({(r.source_doc_id, s) for r in a.itertuples() for s in r.source_sent_ids}))
        )
        rows.append(row)
    return pd.concat([features.reset_index(drop=True), pd.DataFrame(rows)], axis=1)


def tree(depth: int = 3) -> DecisionTreeClassifier:
    return DecisionTreeClassifier(
        max_depth=depth, class_weight="balanced", min_samples_leaf=10, random_state=0
    )


def stump(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> float:
    """The threshold of the best split of one feature (a depth-1 tree, >= 10 texts a side)."""
    t = DecisionTreeClassifier(max_depth=1, min_samples_leaf=10, random_state=0)
    return float(t.fit(x.reshape(-1, 1), y, sample_weight=weight).tree_.threshold[0])


def fit_rules(data: pd.DataFrame, y: np.ndarray) -> DerivationRules:
    """The shipped rules fitted on these texts: the depth-2 tree of :class:`DerivationRules`'s
    shape (class-balanced weights of these texts, >= 10 texts a leaf): the best split on
    novel_words, then on novel_facts below it and on word_containment above it; then the
    ``longest_passage`` cut that best turns the non-derived texts with a long run into
    partially derived ones (macro-F1 on these texts; none if no cut helps)."""
    weight = compute_sample_weight("balanced", y)
    words = data["novel_words"].to_numpy(dtype=float)
    root = stump(words, y, weight)
    few = words <= root
    rules = DerivationRules(
        max_novel_words=int(np.floor(root)),
        max_novel_facts=int(np.floor(stump(data["novel_facts"].to_numpy(float)[few], y[few], weight[few]))),
        min_containment=round(
            stump(data["word_containment"].to_numpy(float)[~few], y[~few], weight[~few]), 4
        ),
        min_passage=1.0,
    )
    best = (macro(y, predict(rules, data)), 1.0)
    for cut in np.unique(np.round(data["longest_passage"].to_numpy(), 3)):
        f = macro(y, predict(replace(rules, min_passage=float(cut)), data))
        if f > best[0]:
            best = (f, float(cut))
    return replace(rules, min_passage=best[1])


def predict(rules: DerivationRules, data: pd.DataFrame) -> np.ndarray:
    return np.array([DERIVATION_LEAVES[rules.leaf(r)][0] for r in data.itertuples()], dtype=object)


def macro(y, p) -> float:
    return float(f1_score(y, p, labels=LABELS, average="macro"))


def fold_assignments(dates: np.ndarray, k: int = 5) -> dict[str, list]:
    """GroupKFold by date, then ``SEEDS`` random date-to-fold assignments (dates shuffled, dealt round)."""
    out = {"GroupKFold": list(GroupKFold(k).split(dates, dates, dates))}
    for seed in SEEDS:
        order = np.random.default_rng(seed).permutation(np.array(sorted(set(dates))))
        fold = np.array([{d: i % k for i, d in enumerate(order)}[d] for d in dates])
        out[f"seed {seed}"] = [(np.where(fold != i)[0], np.where(fold == i)[0]) for i in range(k)]
    return out


def scores(y, p) -> dict:
    return {
        "macro_f1": round(macro(y, p), 3),
        "f1": dict(
            zip(LABELS, np.round(f1_score(y, p, labels=LABELS, average=None), 3).tolist(), strict=True)
        ),
        "confusion (rows true, cols predicted: wholly, partially, non)": confusion_matrix(
            y, p, labels=LABELS
        ).tolist(),
    }


def annotated_spans(root: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """doc_id -> [(span type, its words)] from the SGML phrase annotations (Verbatim,
    Rewrite, New).

    A file whose ``filename`` attribute names another text is skipped: one courts file
    (a Sun text of 08.12.99) holds a copy of its neighbour's annotation, so none of its
    sentences matched (before this check they were read against it and left unmatched)."""
    out = {}
    for f in root.glob("newspapers/annotated/courts/*/*/*.sgml"):
        sgml = f.read_text(encoding="latin-1")
        named = _FILENAME.search(sgml)
        if named and named.group(1) != f.stem:
            continue
        spans = [(m.group(1), WORD_RE.findall(m.group(2))) for m in _SPAN.finditer(sgml)]
        if any(w for _, w in spans):
            out[f.stem] = spans
    return out


def annotations(spans: dict[str, list[tuple[str, list[str]]]]) -> dict[str, list[tuple[str, bool]]]:
    """doc_id -> [(word key, reused)]: each annotated word, reused unless in a New span."""
    return {
        d: [(text.match_key(text.norm_token(w)), kind != "New") for kind, words in s for w in words]
        for d, s in spans.items()
    }


def annotated_shares(spans: dict[str, list[tuple[str, list[str]]]]) -> pd.DataFrame:
    """Per annotated text, the shares of its words the annotator marked Verbatim, Rewrite
    and New (columns ``doc_id``, ``ann_verbatim``, ``ann_rewrite``, ``ann_new``)."""
    rows = []
    for d, s in spans.items():
        n = {k: sum(len(w) for kind, w in s if kind == k) for k in ("Verbatim", "Rewrite", "New")}
        total = sum(n.values())
        rows.append((d, *(n[k] / total for k in n)))
    return pd.DataFrame(rows, columns=["doc_id", *ANNOTATED_SHARES])


def ceiling(data: pd.DataFrame, shares: pd.DataFrame) -> dict:
    """How well the annotators' own phrase marking tells METER's classes.

    On the newspaper texts with phrase annotations, a class-balanced tree (depth 1-3,
    >= 10 texts a leaf) over the shares of words marked Verbatim, Rewrite and New is
    cross-validated by date as the shipped rules are (six assignments), beside the
    shipped rules refitted on the same texts. A perfect sentence alignment could at best
    reproduce those shares, so their figure bounds what any reading of the reuse in a
    text can reach."""
    sub = data.merge(shares, on="doc_id").reset_index(drop=True)
    y, assignments = sub["label"].to_numpy(), fold_assignments(sub["date"].to_numpy())
    out = {"n_texts": int(len(sub)), "labels": sub["label"].value_counts().to_dict()}
    out["ann_new by label (quartiles)"] = {
        c: np.round(sub.loc[y == c, "ann_new"].quantile([0.25, 0.5, 0.75]).to_numpy(), 3).tolist()
        for c in LABELS
    }

    def share_tree(depth: int):
        def fit(tr):
            model = tree(depth).fit(sub.loc[tr, ANNOTATED_SHARES], y[tr])
            return lambda d: model.predict(d[ANNOTATED_SHARES])

        return fit

    fits = {f"annotated shares, depth-{k} tree": share_tree(k) for k in (1, 2, 3)}
    fits["shipped rules, refitted on these texts"] = lambda tr: (
        lambda d: predict(fit_rules(sub.iloc[tr], y[tr]), d)
    )
    for name, fit in fits.items():
        out[name] = cross_validate(fit, sub, y, assignments)
    return out


def cross_validate(fit, data: pd.DataFrame, y: np.ndarray, assignments: dict[str, list]) -> dict:
    """Scores of a model refitted in the folds of every date-to-fold assignment.

    ``fit(train_rows)`` returns ``predict(frame)``; the result holds the GroupKFold scores and
    the macro-F1 and non-derived F1 of every assignment, with their mean, min and max."""
    per = {}
    for assignment, fs in assignments.items():
        p = np.empty(len(y), dtype=object)
        for tr, te in fs:
            p[te] = fit(tr)(data.iloc[te])
        per[assignment] = scores(y, p)
    m = [v["macro_f1"] for v in per.values()]
    non = [v["f1"]["non_derived"] for v in per.values()]
    return {
        "GroupKFold": per["GroupKFold"],
        "macro_f1 by assignment": {k: v["macro_f1"] for k, v in per.items()},
        "non_derived f1 by assignment": {k: v["f1"]["non_derived"] for k, v in per.items()},
        "macro_f1 mean, min, max": [round(float(np.mean(m)), 3), min(m), max(m)],
        "non_derived f1 mean, min, max": [round(float(np.mean(non)), 3), min(non), max(non)],
    }


def word_labels(sent_text: str, ann_keys: list[str], ann_reused: list[bool], offset: int) -> tuple[list, int]:
    """Each word of a sentence: True (in a Verbatim/Rewrite span), False (in a New span) or None
    (not found in the annotation from ``offset`` on), and where the sentence ends in it (-1 when
    fewer than half its words are found)."""
    keys = [text.match_key(text.norm_token(w)) for w in WORD_RE.findall(sent_text)]
    window = ann_keys[offset : offset + 3 * len(keys) + 20]
    sm = SequenceMatcher(None, keys, window, autojunk=False)
    out: list = [None] * len(keys)
    last = offset
    for i, j, n in sm.get_matching_blocks():
        out[i : i + n] = ann_reused[offset + j : offset + j + n]
        if n:
            last = offset + j + n
    if sum(x is not None for x in out) < 0.5 * len(keys):
        return out, -1
    return out, last


def labelled_words(align: pd.DataFrame, ann: dict[str, list[tuple[str, bool]]]):
    """Each aligned sentence of an annotated text, in document order, with its words' annotation
    (:func:`word_labels`): ``(row, words)``; ``words`` is None when the sentence could not be
    matched to it."""
    for doc_id, group in align.groupby("doc_id"):
        if doc_id not in ann:
            continue
        ann_keys = [k for k, _ in ann[doc_id]]
        ann_reused = [r for _, r in ann[doc_id]]
        offset = 0
        for r in group.sort_values("sent_id").itertuples():
            words, last = word_labels(r.text, ann_keys, ann_reused, offset)
            if last >= 0:
                offset = last
            yield r, (words if last >= 0 else None)


def labelled_sentences(align: pd.DataFrame, ann: dict[str, list[tuple[str, bool]]]):
    """Each aligned sentence of an annotated text, in document order, with its annotation:
    ``(row, reused)`` (at least half its words annotated reused);
    ``reused`` is None when the sentence could not be matched to it."""
    for r, words in labelled_words(align, ann):
        yield r, (None if words is None else sum(x is True for x in words) >= 0.5 * len(words))


def copied_runs(corpus: pd.DataFrame, doc_id: str):
    """``(start, end) -> share`` of the words of ``doc_id`` between raw offsets that lie in a
    run of :data:`COPIED_RUN` words found in one of the PA takes (word keys as in reuse)."""
    toks = doc_tokens(corpus)
    grams = set()
    for d in corpus.index[corpus["group"] == "PA"]:
        k = keys(toks[d])
        grams |= {tuple(k[i : i + COPIED_RUN]) for i in range(len(k) - COPIED_RUN + 1)}
    mine = toks[doc_id]
    k = keys(mine)
    hit = np.zeros(len(k), dtype=bool)
    for i in range(len(k) - COPIED_RUN + 1):
        if tuple(k[i : i + COPIED_RUN]) in grams:
            hit[i : i + COPIED_RUN] = True
    starts = np.array([t.start for t in mine])

    def share(start: int, end: int) -> float:
        inside = (starts >= start) & (starts < end)
        return float(hit[inside].mean()) if inside.any() else 0.0

    return share


def main() -> None:  # noqa: C901 - a benchmark script read top to bottom
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--cache", default="/tmp/meter_sentences")
    ap.add_argument("--limit", type=int, default=None, help="first N stories only (a quick look)")
    ap.add_argument("--json", default=None, help="write the figures here")
    ap.add_argument("--c", type=float, default=10.0, help="inverse regularisation of the logistic model")
    ap.add_argument("--min-compression", type=float, default=overlap.ReuseOptions.min_compression)
    ap.add_argument("--min-topical", type=int, default=overlap.ReuseOptions.min_topical)
    ap.add_argument("--min-score", type=float, default=overlap.ReuseOptions.min_score)
    ap.add_argument("--min-topical-score", type=int, default=overlap.ReuseOptions.min_topical_score)
    ap.add_argument("--min-score-context", type=float, default=overlap.ReuseOptions.min_score_context)
    ap.add_argument("--min-topical-context", type=int, default=overlap.ReuseOptions.min_topical_context)
    ap.add_argument("--max-candidates", type=int, default=overlap.ReuseOptions.max_candidates)
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = meter_root(args.path, tmp)
        stories = load_meter(root)
        spans = annotated_spans(root)
    ann = annotations(spans)
    options = overlap.ReuseOptions(
        min_compression=args.min_compression,
        min_topical=args.min_topical,
        min_score=args.min_score,
        min_topical_score=args.min_topical_score,
        min_score_context=args.min_score_context,
        min_topical_context=args.min_topical_context,
        max_candidates=args.max_candidates,
    )
    names = sorted(stories)[: args.limit] if args.limit else sorted(stories)
    feats, align_rows, pa_runs, t0 = [], [], {}, time.perf_counter()
    for n, story in enumerate(names):
        corpus = stories[story]
        if not (corpus["role"] == "newspaper").any() or not (corpus["role"] == "wire").any():
            continue
        sents = cached_sentences(corpus, cache)
        a = overlap.align_sentences(corpus, source="PA", sentences=sents, options=options)
        f = derivation.derivation_features(corpus, source="PA", alignment=a)
        f = tiling_features(corpus, f, a)
        c = classify_documents(corpus, source="PA", alignment=a, sentences=sents)
        f["shipped"] = c["derivation"].to_numpy()
        f["label"] = f["doc_id"].map(corpus["label"])
        f["date"] = story.split("/")[0]
        f["story"] = story
        feats.append(f)
        align_rows.append(a)
        pa_runs |= {d: copied_runs(corpus, d) for d in corpus.index if d in ann}
        if n % 25 == 0:
            print(f"{n}/{len(names)} stories, {time.perf_counter() - t0:.0f} s", flush=True)
    data = pd.concat(feats, ignore_index=True)
    data = data[data["label"].isin(LABELS)].reset_index(drop=True)
    x, y, dates = (
        data[CANDIDATES].to_numpy(),
        data["label"].to_numpy(),
        data["date"].to_numpy(),
    )
    xl = data[LOGISTIC_FEATURES].to_numpy()
    assignments = fold_assignments(dates)
    folds = assignments["GroupKFold"]
    report = {"n_texts": int(len(y)), "n_dates": int(len(set(dates)))}
    # the shipped rules and the former depth-3 tree, refitted in the folds of every assignment
    for name, fit in (
        ("shipped rules", lambda tr: lambda d: predict(fit_rules(data.iloc[tr], y[tr]), d)),
        (
            "depth-3 tree, all candidates",
            lambda tr: lambda d: tree().fit(x[tr], y[tr]).predict(d[CANDIDATES].to_numpy()),
        ),
        (
            "depth-2 tree, all candidates",
            lambda tr: lambda d: tree(2).fit(x[tr], y[tr]).predict(d[CANDIDATES].to_numpy()),
        ),
    ):
        report[f"{name} (cross-validated)"] = cross_validate(fit, data, y, assignments)
    logit = np.empty(len(y), dtype=object)
    base = np.empty(len(y), dtype=object)
    cont = data["containment"].to_numpy()
    grid = np.round(np.linspace(0, 1, 101), 2)
    for tr, te in folds:
        model = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(xl[tr], y[tr])
        logit[te] = model.predict(xl[te])
        best = max(
            ((lo, hi) for lo in grid for hi in grid if hi > lo),
            key=lambda t: macro(
                y[tr], np.where(cont[tr] >= t[1], LABELS[0], np.where(cont[tr] >= t[0], LABELS[1], LABELS[2]))
            ),
        )
        base[te] = np.where(
            cont[te] >= best[1], LABELS[0], np.where(cont[te] >= best[0], LABELS[1], LABELS[2])
        )
    report["logistic, 8 features (cross-validated, GroupKFold)"] = scores(y, logit)
    report["containment_thresholds (cross-validated, GroupKFold)"] = scores(y, base)
    report["shipped rules, every text (in sample)"] = scores(y, data["shipped"].to_numpy())
    rules = fit_rules(data, y)
    leaves = np.array([rules.leaf(r) for r in data.itertuples()])
    weight = {c: len(y) / (len(LABELS) * np.sum(y == c)) for c in LABELS}  # class-balanced, as the tree
    shares = {}
    for leaf in DERIVATION_LEAVES:
        w = {c: weight[c] * np.sum((leaves == leaf) & (y == c)) for c in LABELS}
        cls = DERIVATION_LEAVES[leaf][0]
        shares[leaf] = [
            cls,
            round(w[cls] / sum(w.values()), 4) if sum(w.values()) else None,
            int(np.sum(leaves == leaf)),
        ]
    report["rules fitted on every text (ship these)"] = {
        "DerivationRules": asdict(rules),
        "DERIVATION_LEAVES": shares,
    }
    report["ceiling: the annotators' phrase marking as the only feature"] = ceiling(
        data, annotated_shares(spans)
    )
    report["tree fitted on every text, all candidates"] = export_text(
        tree().fit(x, y), feature_names=CANDIDATES, show_weights=True, decimals=4
    ).splitlines()
    # phrase annotations
    align = pd.concat(align_rows, ignore_index=True)
    tp = fn = fp = copied = unmatched = 0
    for r, reused in labelled_sentences(align, ann):
        if reused is None:
            unmatched += 1
            continue
        aligned = r.reuse_class != "new"
        tp += reused and aligned
        fn += reused and not aligned
        fp += aligned and not reused
        copied += aligned and not reused and pa_runs[r.doc_id](r.start, r.end) >= 0.5
    report["phrases"] = {
        "reused_sentences_aligned": round(tp / max(1, tp + fn), 3),
        "aligned_sentences_reused": round(tp / max(1, tp + fp), 3),
        "n_reused": tp + fn,
        "n_aligned": tp + fp,
        "n_sentences_matched": int(align["doc_id"].isin(list(ann)).sum()) - unmatched,
        "n_sentences_unmatched": unmatched,
        "n_annotated_texts_aligned": int(align.loc[align["doc_id"].isin(list(ann)), "doc_id"].nunique()),
        f"false_alignments_copied_word_for_word (>= half in {COPIED_RUN}-word PA runs)": copied,
    }
    report["alignment_classes"] = align["reuse_class"].value_counts().to_dict()
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
