"""corpus_tools: how one news story is reused across outlets.

Tidy pandas frames in, tidy frames out::

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")        # one row per document
    ct.clean(corpus)                        # chrome, quotes, stripped apostrophes found
    ct.align_sentences(corpus)              # what each version reused from the origin
    ct.extract_variants(corpus)             # word-level changes, categorised
    ct.attributions(corpus)                 # who is quoted, named or anonymous
    a = ct.analyze(ct.load_seeds())         # every frame, each computed once
    ct.findings(a)                          # one plain-language paragraph per document
    ct.show_alignment(a, "002")             # the version beside its source, in JupyterLab
"""

import importlib
from importlib import metadata as _metadata

from corpus_tools import collation, derivation, lexicon, overlap, reuse, similarity, sources, variants
from corpus_tools.analysis import STAGES, Analysis, Options, analyze
from corpus_tools.attributions import attributions
from corpus_tools.collation import collate, collation_to_html
from corpus_tools.corpus import CorpusError, CorpusWarning, from_records, load_corpus
from corpus_tools.datasets import load_meter, load_reuters21578
from corpus_tools.derivation import classify_documents
from corpus_tools.findings import findings, overview
from corpus_tools.nlp import ModelError, load_model
from corpus_tools.overlap import (
    ReuseOptions,
    align_sentences,
    document_scores,
    find_origin,
    origin,
    shared_passages,
    source_coverage,
)
from corpus_tools.reuse import resolve_source, source_groups
from corpus_tools.samples import load_seeds, seeds_path
from corpus_tools.similarity import sentence_score
from corpus_tools.sources import outlet_counts, source_summary, source_survival, source_table
from corpus_tools.style import house_style
from corpus_tools.text import clean, parse, sentences, tokens
from corpus_tools.variants import extract_variants
from corpus_tools.views import AlignmentView, show_alignment

__all__ = [
    "STAGES",
    "AlignmentView",
    "Analysis",
    "CorpusError",
    "CorpusWarning",
    "ModelError",
    "Options",
    "ReuseOptions",
    "analyze",
    "align_sentences",
    "attributions",
    "classify_documents",
    "clean",
    "collation",
    "collate",
    "collation_to_html",
    "derivation",
    "document_scores",
    "extract_variants",
    "find_origin",
    "find_reuse",
    "findings",
    "from_records",
    "house_style",
    "load_corpus",
    "load_model",
    "lexicon",
    "load_meter",
    "load_reuters21578",
    "load_seeds",
    "origin",
    "resolve_source",
    "reuse",
    "sentence_score",
    "similarity",
    "outlet_counts",
    "overview",
    "overlap",
    "parse",
    "seeds_path",
    "sentences",
    "shared_passages",
    "show_alignment",
    "source_coverage",
    "source_groups",
    "source_summary",
    "source_survival",
    "source_table",
    "sources",
    "to_parquet",
    "tokens",
    "variants",
]

try:
    __version__ = _metadata.version("corpus_tools")
except _metadata.PackageNotFoundError:  # a source tree that was not installed
    __version__ = "unknown"

#: names served by the Dask-aware module, imported on first use: importing Dask costs
#: seconds, more than a whole report on a story corpus, and only find_reuse needs it
_LAZY = {"find_reuse": "corpus_tools.distributed", "to_parquet": "corpus_tools.distributed"}


def __getattr__(name: str):
    """PEP 562: ``find_reuse`` and ``to_parquet`` import :mod:`corpus_tools.distributed` on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")
