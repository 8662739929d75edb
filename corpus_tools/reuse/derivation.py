"""Derivation classes: is a text wholly, partially or not derived from the source?

METER's three classes (Clough, Gaizauskas, Piao and Wilks 2002) read from document features:
what the text adds to the source (its content words and its facts, names and numbers, found
nowhere in the source) and how much of its wording the source holds, by thresholds fitted on
METER courts by ``benchmarks/meter.py`` and shipped as :class:`DerivationRules`. The features
of the sentence alignment (:func:`corpus_tools.reuse.alignment.align_sentences`) and of shared
runs stay in :func:`derivation_features` for the report and for refitting, with shares that do
not grow with a text's length (:data:`SHARE_FEATURES`); a model over shares fitted across two
domains (``DerivationModel``; ``CorpusRelativeModel``, shares relative to the corpus) classifies
when :func:`classify_documents` is given one.
What a text adds to its source, word by word (:func:`body_words`, :func:`novelty`,
:func:`share_features`), is read in :mod:`corpus_tools.reuse.derivation_words`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import MappingProxyType

import numpy as np
import pandas as pd

from corpus_tools.errors import check_fields
from corpus_tools.io.corpus import require_columns
from corpus_tools.reuse.aligned_rows import by_row, mean
from corpus_tools.reuse.alignment import REUSE_CLASSES, ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse.derivation_model import CLASSES, DerivationModel, is_close
from corpus_tools.reuse.derivation_quotes import kept_novel_share
from corpus_tools.reuse.derivation_relative import CorpusRelativeModel
from corpus_tools.reuse.derivation_words import (  # re-exported: imported from here
    RUN_WORDS,  # noqa: F401
    body_words,
    is_fact,  # noqa: F401
    novelty,
    share_features,
)
from corpus_tools.reuse.documents import doc_tokens, keys, ngrams, resolve_source
from corpus_tools.reuse.novelty import SourceKeys, compounds, misprint_contexts
from corpus_tools.reuse.retold_update import mark_updates, same_outlet
from corpus_tools.text.sentences import sentences as text_sentences

__all__ = [
    "DERIVATION_COUNTS",
    "DERIVATION_FEATURES",
    "DERIVATION_LEAVES",
    "DERIVATION_SHARES",
    "SHARE_FEATURES",
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
    "novel_words",
    "novel_facts",
)
#: Features of :func:`derivation_features` that do not depend on a text's length or a
#: domain's style: shares of what the text could have taken or added, in its column order
#: after :data:`DERIVATION_FEATURES`.
SHARE_FEATURES = (
    "novel_word_share",
    "novel_fact_share",
    "sentence_aligned_share",
    "run_share",
    "source_used",
    "unique_share",
    "kept_novel_share",
)
#: What a version adds of its own, in words and in names or numbers: the counts of
#: :func:`classify_documents` a reader is shown first (the report's table, the findings).
DERIVATION_COUNTS = ("novel_words", "novel_facts")
#: How much of a version the source holds (``word_containment``, ``longest_passage``) and how it
#: was taken (``derived_share`` and its words by sentence class): the shares of
#: :func:`classify_documents` a reader is shown after :data:`DERIVATION_COUNTS`, each in [0, 1].
DERIVATION_SHARES = (
    "word_containment",
    "longest_passage",
    "derived_share",
    "verbatim_share",
    "near_verbatim_share",
    "rewritten_share",
    "new_share",
)


@dataclass(frozen=True)
class DerivationRules:
    """METER's classes as four thresholds on :func:`derivation_features`, validated.

    A text that adds few content words to the source (``novel_words`` at most
    ``max_novel_words``) is ``wholly_derived``, unless it brings more than
    ``max_novel_facts`` names or numbers of its own (``novel_facts``), when it is
    ``partially_derived``. A text that adds more is ``partially_derived`` when
    most of its words occur in the source (``word_containment`` above
    ``min_containment``) or when it took a run of the source's wording
    (``longest_passage`` above ``min_passage``), else ``non_derived``.

    The first three are the splits of a depth-2 decision tree (class-balanced, at
    least 10 texts a leaf) fitted by ``python benchmarks/meter.py`` on METER courts
    (769 newspaper texts, PA takes as one source) over ``novel_words``,
    ``novel_facts`` and ``word_containment``; ``min_passage`` is then the cut that
    best turns the tree's non-derived texts with a long shared run into partially
    derived ones (macro-F1 on the same texts). Refitted in each fold and
    cross-validated by date (5 folds, leave-dates-out): macro-F1 0.708, non_derived
    F1 0.647; over six date-to-fold assignments 0.705-0.721 (benchmarks/README.md,
    which says how the features were chosen). Refitted 2026-12-03 when
    ``novel_words`` came to be counted on base forms after the spelling map (issue
    22): 15 words on the former count, 11 on this one. METER holds no half-copied
    text on another subject; the run rule is what calls one partially derived. No feature
    reads the sentence alignment, so a change of :class:`ReuseOptions` leaves the
    classes as they are.

    Attributes:
        max_novel_words: ``novel_words`` up to which a text is (wholly) derived
            (default 11, an integer >= 0).
        max_novel_facts: ``novel_facts`` up to which such a text is wholly derived
            (default 2, an integer >= 0).
        min_containment: ``word_containment`` above which a text adding more words
            is partially derived (default 0.8038, [0, 1]).
        min_passage: ``longest_passage`` above which such a text is partially
            derived too (default 0.079, [0, 1]; 1.0 turns the rule off).
        min_update_score: ``mean_score`` at or above which a text of the source's own outlet
            that the thresholds call not derived is partially derived, as an update telling the
            earlier story again (:mod:`corpus_tools.reuse.retold_update`; default 0.5, [0, 1];
            fitted by round on the Reuters update series of ``benchmarks/update_classes.py``, not
            on METER, where no paper is the Press Association's outlet).
    """

    max_novel_words: int = 11
    max_novel_facts: int = 2
    min_containment: float = 0.8038
    min_passage: float = 0.079
    min_update_score: float = 0.5

    def __post_init__(self) -> None:
        check_fields(self)

    def leaf(self, row) -> str:
        """The leaf (a key of :data:`DERIVATION_LEAVES`) of one row of :func:`derivation_features`."""
        if row.novel_words <= self.max_novel_words:
            return "few_new_words" if row.novel_facts <= self.max_novel_facts else "few_new_words_new_facts"
        if row.word_containment > self.min_containment:
            return "new_words_shared"
        return "new_words_run" if row.longest_passage > self.min_passage else "new_words_few_shared"


#: Per leaf of :class:`DerivationRules`: the class and its class-balanced share among
#: the METER courts texts in that leaf (``benchmarks/meter.py``, refitted 2026-12-04 on the 769
#: texts after words of its own were read with names of several words counted once; the
#: thresholds did not move), given as the ``probability`` of :func:`classify_documents`.
DERIVATION_LEAVES: Mapping[str, tuple[str, float]] = MappingProxyType(
    {
        "few_new_words": ("wholly_derived", 0.8147),
        "few_new_words_new_facts": ("partially_derived", 0.4429),
        "new_words_shared": ("partially_derived", 0.6965),
        "new_words_run": ("partially_derived", 0.4267),
        "new_words_few_shared": ("non_derived", 0.7511),
    }
)


class _OtherWords:
    """The word keys of every document but one outside the source, as a set reads them (``in``),
    from the number of those documents each key occurs in."""

    def __init__(self, n_docs: Counter, own: set[str]) -> None:
        self.n_docs, self.own = n_docs, own

    def __contains__(self, key: object) -> bool:
        return self.n_docs.get(key, 0) - (key in self.own) > 0


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
        file), ``novel_words`` and ``novel_facts`` (what it adds: :func:`novelty`),
        the shares of :func:`share_features`, ``kept_novel_share`` (the share of its content words
        not in the source outside the quotations its reporter heard,
        :func:`corpus_tools.reuse.derivation_quotes.kept_novel_share`; :data:`SHARE_FEATURES`),
        ``n_sentences``.
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
    raw = {str(d): t for d, t in corpus["text"].items()}
    src_keys = {d: k_of[d] for d in src_docs}
    src_body = [[w[0] for w in body_words(raw[d])] for d in src_docs]  # for quotations copied or heard
    src_body_words = set().union(*src_body)
    src_known = SourceKeys(src_words | compounds(raw[d] for d in src_docs))  # "postmortem": "post-mortem"
    src_contexts = misprint_contexts(src_keys.values())  # a misprint inside a copied phrase
    # in how many documents outside the source each word occurs: a document's "other versions" read from it
    n_docs = Counter(k for d, ks in k_of.items() if d not in src_docs for k in set(ks))
    at = alignment.groupby("doc_id", sort=False).indices if len(alignment) else {}
    n_words, classes, scores = by_row(alignment)  # each row's words, class and score read once
    matchers = {d: SequenceMatcher(None, (), k_of[d], autojunk=False) for d in src_docs}  # indexed once
    rows = []
    for doc_id in map(str, corpus.index):
        if doc_id in src_docs:
            continue
        others = _OtherWords(n_docs, set(k_of[doc_id]))
        words_ = body_words(raw[doc_id])
        rows_ = at.get(doc_id, np.zeros(0, dtype=np.intp))
        words, cls = n_words[rows_], classes[rows_]
        total = words.sum()
        share = {c: (float(words[cls == c].sum() / total) if total else 0.0) for c in REUSE_CLASSES}
        if not total:
            share["new"] = 1.0
        grams = ngrams(k_of[doc_id], 3)
        shared = len(grams & src_grams)
        longest = 0
        for d in src_docs:
            matchers[d].set_seq1(k_of[doc_id])
            longest = max(longest, matchers[d].find_longest_match(0, len(k_of[doc_id]), 0, len(k_of[d])).size)
        rows.append(
            (
                doc_id,
                name,
                *(share[c] for c in REUSE_CLASSES),
                shared / len(grams) if grams else 0.0,
                shared / len(src_grams) if src_grams else 0.0,
                longest / max(1, len(k_of[doc_id])),
                mean(scores[rows_]) if len(rows_) else 0.0,
                sum(k in src_words for k in k_of[doc_id]) / max(1, len(k_of[doc_id])),
                len(k_of[doc_id]) / max(1, src_len),
                *novelty(words_, src_known, contexts=src_contexts),
                *share_features(k_of[doc_id], words_, src_keys, others, cls != "new"),
                kept_novel_share(words_, src_body_words, src_body),
                len(rows_),
            )
        )
    return pd.DataFrame(
        rows, columns=["doc_id", "source_doc_id", *DERIVATION_FEATURES, *SHARE_FEATURES, "n_sentences"]
    )


def _classify_by_rules(feats: pd.DataFrame, rules: DerivationRules) -> None:
    """Set the class columns of ``feats`` in place from the leaves of ``rules``."""
    feats["rule"] = [rules.leaf(row) for row in feats.itertuples()]
    feats["derivation"] = [DERIVATION_LEAVES[k][0] for k in feats["rule"]]
    feats["probability"] = [DERIVATION_LEAVES[k][1] for k in feats["rule"]]
    feats["runner_up"] = ""
    feats["check"] = False


def _classify_by_model(feats: pd.DataFrame, m: DerivationModel | CorpusRelativeModel) -> None:
    """Set the class columns of ``feats`` in place from the model's probabilities."""
    m = m.active(feats) if isinstance(m, CorpusRelativeModel) else m  # too few versions: the absolute one
    proba = m.probabilities(feats) if len(feats) else np.zeros((0, len(CLASSES)))
    order = np.argsort(-proba, axis=1)
    feats["rule"] = "model_corpus" if isinstance(m, CorpusRelativeModel) else "model"
    feats["derivation"] = [CLASSES[i] for i in order[:, 0]]
    feats["probability"] = proba.max(axis=1).round(4) if len(feats) else []
    feats["runner_up"] = [CLASSES[i] for i in order[:, 1]]
    feats["check"] = is_close(proba, m.margin) if len(feats) else []


def _mark_unrelated(feats: pd.DataFrame) -> None:
    """Class every text sharing no sentence with the source ``non_derived``, in place."""
    # A text that shares no sentence with the source is not derived, whatever the features say
    # (METER holds only reports of the same hearing: no such text to fit on).
    unrelated = feats["derived_share"] <= 0.0
    feats.loc[unrelated, "derivation"] = "non_derived"
    feats.loc[unrelated, "probability"] = 1.0
    feats.loc[unrelated, "rule"] = "no_sentence_shared"
    feats.loc[unrelated, "check"] = False
    feats["check"] = feats["check"].astype(bool)


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
    derivation_model: DerivationModel | CorpusRelativeModel | None = None,
) -> pd.DataFrame:
    """METER's document classes for every document outside the source, with their probability.

    By default four thresholds (:class:`DerivationRules`, fitted on METER courts by
    ``benchmarks/meter.py``) read :func:`derivation_features`. Given a ``derivation_model``
    (:class:`corpus_tools.reuse.derivation_model.DerivationModel()`: a multinomial logistic
    model over shares, fitted on METER courts and the Clough & Stevenson answers together by
    ``benchmarks/derivation.py``), each class gets a calibrated probability; the most probable
    is the class, flagged ``check`` when the runner-up is within the model's margin. The model
    is not the default: better on the answers (macro-F1 0.775 against 0.582), worse on courts
    (0.646 against 0.708; benchmarks/README.md, #24; ``CorpusRelativeModel``: 0.812 and 0.604).

    Args:
        corpus: the corpus frame.
        source: the witness, as in :func:`align_sentences`.
        alignment: the frame of :func:`align_sentences` for this source.
        scores: accepted for the chain's signature; containment is computed
            against the whole witness, which the pairwise scores do not give.
        coverage: the frame of :func:`source_coverage`, for ``source_kept``.
        sentences, model, options: as in :func:`align_sentences`, when ``alignment`` is not given.
        rules: :class:`DerivationRules`; the fitted defaults when None.
        derivation_model: a :class:`~corpus_tools.reuse.derivation_model.DerivationModel` to
            classify by instead of the rules, or ``CorpusRelativeModel()`` (shares relative to the corpus).

    Returns:
        The columns of :func:`derivation_features` plus ``derivation``
        (``wholly_derived``, ``partially_derived``, ``non_derived``; a text with no
        sentence aligned to the source is ``non_derived`` with probability 1.0, as
        METER has no such text to fit on),
        ``rule`` (the leaf of :class:`DerivationRules` that decided it, a key of
        :data:`DERIVATION_LEAVES`; ``update_retold`` for a text of the source's outlet telling it
        again, :mod:`corpus_tools.reuse.retold_update`; ``model`` with a ``derivation_model``;
        ``model_corpus`` when a ``CorpusRelativeModel`` read the shares relative to the corpus; or
        ``no_sentence_shared``), ``probability`` (of that class, in [0, 1]:
        :data:`DERIVATION_LEAVES`, or the model's calibrated probability), ``runner_up`` (the
        model's second most probable class; empty with the rules), ``check`` (bool: the model's
        top two classes are within its margin, so a reader should check; False with the rules),
        ``derived_share`` (1 - ``new_share``: the share of its words in
        sentences taken from the source, which describes how it was taken but does not decide the
        class) and ``source_kept`` (share of source sentences it reuses).

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
    if derivation_model is None:
        rules = DerivationRules() if rules is None else rules
        _classify_by_rules(feats, rules)
        mark_updates(feats, same_outlet(corpus, src_docs), rules.min_update_score)
    else:
        _classify_by_model(feats, derivation_model)
    feats["derived_share"] = (1.0 - feats["new_share"]).round(4)
    _mark_unrelated(feats)
    kept = coverage.assign(k=coverage["status"] != "dropped").groupby("doc_id")["k"].mean()
    feats["source_kept"] = feats["doc_id"].map(kept).fillna(0.0).round(4)
    for c in (*DERIVATION_FEATURES[:-2], *SHARE_FEATURES):
        feats[c] = feats[c].round(4)
    return feats
