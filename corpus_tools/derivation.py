"""Derivation classes: is a text wholly, partially or not derived from the source?

METER's three classes (Clough, Gaizauskas, Piao and Wilks 2002) read from document
features of the sentence alignment (:func:`corpus_tools.overlap.align_sentences`)
and of the shared word n-grams, by four thresholds fitted on METER courts by
``benchmarks/meter.py`` and shipped as :class:`DerivationRules`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from difflib import SequenceMatcher
from types import MappingProxyType

import numpy as np
import pandas as pd

from corpus_tools.corpus import require_columns
from corpus_tools.errors import check_option
from corpus_tools.overlap import REUSE_CLASSES, ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse import doc_tokens, keys, ngrams, resolve_source
from corpus_tools.text import sentences as text_sentences

__all__ = [
    "DERIVATION_FEATURES",
    "DERIVATION_LEAVES",
    "DerivationRules",
    "classify_documents",
    "derivation_features",
]

#: Features of :func:`derivation_features`, in its column order.
DERIVATION_FEATURES = (
    "verbatim_share",
    "near_verbatim_share",
    "rewritten_share",
    "new_share",
    "containment",
    "source_containment",
    "longest_passage",
    "mean_score",
    "word_containment",
    "length_ratio",
)


@dataclass(frozen=True)
class DerivationRules:
    """METER's classes as four thresholds on :func:`derivation_features`, validated.

    A text whose longest run shared with the source is short (``longest_passage``
    at most ``min_passage``) is ``partially_derived`` when most of its words
    occur in the source (``word_containment`` above ``min_containment``), else
    ``non_derived``. A text with a longer shared run is ``wholly_derived`` when
    few of its words are in new sentences (``new_share`` at most ``max_new``) or
    when it is short beside the source (``length_ratio`` at most ``max_length``),
    else ``partially_derived``.

    The defaults are the splits of a depth-3 decision tree (class-balanced, at
    least 10 texts a leaf) fitted by ``python benchmarks/meter.py`` on METER
    courts (769 newspaper texts, PA takes as one source, the alignment of the
    default :class:`corpus_tools.overlap.ReuseOptions`) over 19 candidate
    features (these and greedy-string-tiling shares at 2-12 words, sentence
    counts); splits whose two sides gave the same class are merged. The tree,
    refitted in each fold, cross-validated by date: macro-F1 0.673, non_derived
    F1 0.662 (benchmarks/README.md).

    Attributes:
        min_passage: ``longest_passage`` above which a text took a run of the
            source's wording (default 0.0829, [0, 1]).
        min_containment: ``word_containment`` above which a text without such a
            run is partially derived (default 0.8041, [0, 1]).
        max_new: ``new_share`` up to which a text with such a run is wholly
            derived (default 0.0639, [0, 1]).
        max_length: ``length_ratio`` up to which it is wholly derived even with
            more new sentences (default 0.3663, >= 0).
    """

    min_passage: float = 0.0829
    min_containment: float = 0.8041
    max_new: float = 0.0639
    max_length: float = 0.3663

    def __post_init__(self) -> None:
        for f in fields(self):
            high = math.inf if f.name == "max_length" else 1.0
            check_option("DerivationRules", f.name, getattr(self, f.name), 0.0, high)


#: Per leaf of :class:`DerivationRules`: the class and its class-balanced share among
#: the METER courts texts in that leaf (the tree of ``benchmarks/meter.py``), given
#: as the ``probability`` of :func:`classify_documents`.
DERIVATION_LEAVES: Mapping[str, tuple[str, float]] = MappingProxyType(
    {
        "short_run_few_shared_words": ("non_derived", 0.7475),
        "short_run_shared_words": ("partially_derived", 0.6357),
        "run_little_new": ("wholly_derived", 0.8929),
        "run_new_short_text": ("wholly_derived", 0.7171),
        "run_new_long_text": ("partially_derived", 0.5595),
    }
)


def _leaf(row, rules: DerivationRules) -> str:
    if row.longest_passage <= rules.min_passage:
        shared = row.word_containment > rules.min_containment
        return "short_run_shared_words" if shared else "short_run_few_shared_words"
    if row.new_share <= rules.max_new:
        return "run_little_new"
    return "run_new_short_text" if row.length_ratio <= rules.max_length else "run_new_long_text"


def derivation_features(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    alignment: pd.DataFrame | None = None,
    sentences=None,
    model=None,
    options=None,
) -> pd.DataFrame:
    """The document features the derivation model reads, one row per document outside the source.

    Returns:
        ``doc_id``, ``source_doc_id`` (the witness's name), ``verbatim_share``,
        ``near_verbatim_share``, ``rewritten_share``, ``new_share`` (shares of
        the document's body words by sentence class, summing to 1),
        ``containment`` (share of its word 3-grams found in the source),
        ``source_containment`` (share of the source's 3-grams it has),
        ``longest_passage`` (its longest run of words shared with one source
        file, over its words), ``mean_score`` (mean sentence score),
        ``word_containment`` (share of its words that occur anywhere in the
        source), ``length_ratio`` (its words over those of the longest source
        file), ``n_sentences``.
    """
    name, src_docs = resolve_source(corpus, source)
    if alignment is None:
        alignment = align_sentences(
            corpus, source=list(src_docs), sentences=sentences, model=model, options=options
        )
    toks = doc_tokens(corpus)
    k_of = {d: keys(t) for d, t in toks.items()}
    src_grams = set().union(*(ngrams(k_of[d], 3) for d in src_docs))
    src_words = set().union(*(k_of[d] for d in src_docs))
    src_len = max((len(k_of[d]) for d in src_docs), default=0)
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        a = alignment[alignment["doc_id"] == doc_id]
        words = np.array([len(t.split()) for t in a["text"]], dtype=float)
        total = words.sum()
        share = {
            c: (float(words[(a["reuse_class"] == c).to_numpy()].sum() / total) if total else 0.0)
            for c in REUSE_CLASSES
        }
        if not total:
            share["new"] = 1.0
        grams = ngrams(k_of[doc_id], 3)
        shared = len(grams & src_grams)
        longest = 0
        for d in src_docs:
            sm = SequenceMatcher(None, k_of[doc_id], k_of[d], autojunk=False)
            longest = max(longest, sm.find_longest_match(0, len(k_of[doc_id]), 0, len(k_of[d])).size)
        rows.append(
            (
                doc_id,
                name,
                *(share[c] for c in REUSE_CLASSES),
                shared / len(grams) if grams else 0.0,
                shared / len(src_grams) if src_grams else 0.0,
                longest / max(1, len(k_of[doc_id])),
                float(a["score"].mean()) if len(a) else 0.0,
                sum(k in src_words for k in k_of[doc_id]) / max(1, len(k_of[doc_id])),
                len(k_of[doc_id]) / max(1, src_len),
                len(a),
            )
        )
    return pd.DataFrame(rows, columns=["doc_id", "source_doc_id", *DERIVATION_FEATURES, "n_sentences"])


def classify_documents(
    corpus: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    alignment: pd.DataFrame | None = None,
    scores: pd.DataFrame | None = None,
    coverage: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    model=None,
    options: ReuseOptions | None = None,
    rules: DerivationRules | None = None,
) -> pd.DataFrame:
    """METER's document classes for every document outside the source.

    Four thresholds (:class:`DerivationRules`, fitted on METER courts by
    ``benchmarks/meter.py``) read :func:`derivation_features`.

    Args:
        corpus: the corpus frame.
        source: the witness, as in :func:`align_sentences`.
        alignment: the frame of :func:`align_sentences` for this source.
        scores: accepted for the chain's signature; containment is computed
            against the whole witness, which the pairwise scores do not give.
        coverage: the frame of :func:`source_coverage`, for ``source_kept``.
        sentences, model, options: as in :func:`align_sentences`, when ``alignment`` is not given.
        rules: :class:`DerivationRules`; the fitted defaults when None.

    Returns:
        The columns of :func:`derivation_features` plus ``derivation``
        (``wholly_derived``, ``partially_derived``, ``non_derived``; a text with no
        sentence aligned to the source is ``non_derived`` with probability 1.0, as
        METER has no such text to fit on),
        ``probability`` (of that class: :data:`DERIVATION_LEAVES`), ``derived_share`` (1 - ``new_share``)
        and ``source_kept`` (share of source sentences it reuses).

    Example:
        >>> c = classify_documents(load_corpus("seeds"), source="001")
        >>> c.set_index("doc_id").derivation.to_dict()
        {'000': 'wholly_derived', '002': 'wholly_derived'}
    """
    require_columns(corpus, ["text"], "classify_documents")
    del scores
    name, src_docs = resolve_source(corpus, source)
    if sentences is None and (alignment is None or coverage is None):
        sentences = text_sentences(corpus, model=model)
    if alignment is None:
        alignment = align_sentences(corpus, source=list(src_docs), sentences=sentences, options=options)
    if coverage is None:
        coverage = source_coverage(corpus, source=list(src_docs), alignment=alignment, sentences=sentences)
    feats = derivation_features(corpus, source=list(src_docs), alignment=alignment)
    feats["source_doc_id"] = name
    r = DerivationRules() if rules is None else rules
    leaves = [DERIVATION_LEAVES[_leaf(row, r)] for row in feats.itertuples()]
    feats["derivation"] = [c for c, _ in leaves]
    feats["probability"] = [p for _, p in leaves]
    feats["derived_share"] = (1.0 - feats["new_share"]).round(4)
    # METER holds only reports of the same hearing, so the rules never saw a text that shares no
    # sentence with the source. Such a text is not derived, whatever they say.
    unrelated = feats["derived_share"] <= 0.0
    feats.loc[unrelated, "derivation"] = "non_derived"
    feats.loc[unrelated, "probability"] = 1.0
    kept = coverage.assign(k=coverage["status"] != "dropped").groupby("doc_id")["k"].mean()
    feats["source_kept"] = feats["doc_id"].map(kept).fillna(0.0).round(4)
    for c in DERIVATION_FEATURES:
        feats[c] = feats[c].round(4)
    return feats
