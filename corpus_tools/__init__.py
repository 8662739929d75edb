"""corpus_tools: how one news story is reused across outlets.

Tidy pandas frames in, tidy frames out::

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")        # one row per document
    ct.clean(corpus)                        # chrome, quotes, stripped apostrophes found
    ct.align_sentences(corpus)              # what each version reused from the origin
    ct.extract_variants(corpus)             # word-level changes, categorised
    ct.attributions(corpus)                 # who is quoted, named or anonymous
"""

import importlib

from corpus_tools import collation, lexicon, overlap, reuse, similarity, sources, variants
from corpus_tools.analysis import STAGES, Analysis, Options, analyze
from corpus_tools.collation import collate, collation_to_html
from corpus_tools.corpus import CorpusError, CorpusWarning, from_records, load_corpus, load_reuters21578
from corpus_tools.datasets import load_meter
from corpus_tools.nlp import ModelError, load_model
from corpus_tools.overlap import (
    ReuseOptions,
    align_sentences,
    classify_documents,
    document_scores,
    find_origin,
    origin,
    shared_passages,
    source_coverage,
)
from corpus_tools.reuse import resolve_source, source_groups
from corpus_tools.similarity import sentence_score
from corpus_tools.sources import attributions, outlet_counts, source_summary, source_survival, source_table
from corpus_tools.text import clean, parse, sentences, tokens
from corpus_tools.variants import extract_variants, house_style

__all__ = [
    "STAGES",
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
    "document_scores",
    "extract_variants",
    "find_origin",
    "find_reuse",
    "from_records",
    "house_style",
    "load_corpus",
    "load_model",
    "lexicon",
    "load_meter",
    "load_reuters21578",
    "origin",
    "resolve_source",
    "reuse",
    "sentence_score",
    "similarity",
    "outlet_counts",
    "overlap",
    "parse",
    "sentences",
    "shared_passages",
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

__version__ = "0.1.0"

#: names served by the Dask-aware module, imported on first use: importing Dask costs
#: seconds, more than a whole report on a story corpus, and only find_reuse needs it
_LAZY = {"find_reuse": "corpus_tools.distributed", "to_parquet": "corpus_tools.distributed"}


def __getattr__(name: str):
    """PEP 562: ``find_reuse`` and ``to_parquet`` import :mod:`corpus_tools.distributed` on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")
