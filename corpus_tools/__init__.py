"""corpus_tools: how one news story is reused across outlets.

Tidy pandas frames in, tidy frames out::

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")        # one row per document
    ct.clean(corpus)                        # chrome, quotes, stripped apostrophes found
    ct.align_sentences(corpus)              # what each version reused from the origin
    ct.extract_variants(corpus)             # word-level changes, categorised
    ct.concordance(corpus, "missile")       # keyword in context; ct.keyness, ct.text_stats too
    ct.attributions(corpus)                 # who is quoted, named or anonymous
    a = ct.analyze(ct.load_seeds())         # every frame, each computed once
    ct.findings(a)                          # one plain-language paragraph per document
    ct.show_alignment(a, "002")             # the version beside its source, in JupyterLab
"""

import importlib
from importlib import metadata as _metadata

from corpus_tools import attribution, io, lexicon, report, reuse, text, variants
from corpus_tools.analysis import STAGES, Analysis, analyze
from corpus_tools.attribution.accounting import (
    outlet_counts,
    source_summary,
    source_survival,
    source_table,
    speaker_summary,
    speaker_survival,
    speaker_table,
)
from corpus_tools.attribution.attributions import attributions
from corpus_tools.io.corpus import CorpusError, CorpusWarning, from_records, load_corpus
from corpus_tools.io.datasets import load_clough_stevenson, load_meter, load_reuters21578
from corpus_tools.io.index_draft import write_index_md
from corpus_tools.io.samples import load_seeds, seeds_path
from corpus_tools.io.web_story import extraction_lines
from corpus_tools.options import Options
from corpus_tools.report.family_view import show_family, timeline
from corpus_tools.report.findings import findings, overview
from corpus_tools.report.page import write_report
from corpus_tools.report.views import AlignmentView, show_alignment
from corpus_tools.reuse.alignment import ReuseOptions, align_sentences, source_coverage
from corpus_tools.reuse.copies import copy_offsets, find_copies
from corpus_tools.reuse.derivation import classify_documents
from corpus_tools.reuse.derivation_model import DerivationModel
from corpus_tools.reuse.derivation_relative import CorpusRelativeModel
from corpus_tools.reuse.documents import (
    document_scores,
    find_origin,
    origin,
    resolve_source,
    shared_passages,
    source_groups,
)
from corpus_tools.reuse.family import family
from corpus_tools.reuse.similarity import sentence_score
from corpus_tools.text.nlp import ModelError, load_model
from corpus_tools.text.sentences import clean, parse, sentences, tokens
from corpus_tools.variants.changes import changes
from corpus_tools.variants.collation import collate, collation_to_html, collation_wide
from corpus_tools.variants.explore import concordance, key_terms, text_stats
from corpus_tools.variants.keyness import keyness, version_keyness
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.style import house_style

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
    "changes",
    "classify_documents",
    "clean",
    "collate",
    "collation_to_html",
    "collation_wide",
    "concordance",
    "document_scores",
    "extract_variants",
    "extraction_lines",
    "copy_offsets",
    "document_scores",
    "extract_variants",
    "family",
    "find_copies",
    "find_origin",
    "find_reuse",
    "IndexOptions",
    "ReuseIndex",
    "rank_matches",
    "findings",
    "from_records",
    "house_style",
    "key_terms",
    "keyness",
    "load_corpus",
    "load_model",
    "lexicon",
    "load_meter",
    "load_clough_stevenson",
    "DerivationModel",
    "CorpusRelativeModel",
    "load_reuters21578",
    "load_seeds",
    "origin",
    "resolve_source",
    "reuse",
    "sentence_score",
    "outlet_counts",
    "overview",
    "parse",
    "seeds_path",
    "sentences",
    "shared_passages",
    "show_alignment",
    "show_family",
    "source_coverage",
    "source_groups",
    "source_summary",
    "source_survival",
    "source_table",
    "speaker_summary",
    "speaker_survival",
    "speaker_table",
    "text_stats",
    "to_parquet",
    "tokens",
    "variants",
    "write_index_md",
    "write_report",
    "version_keyness",
    "attribution",
    "io",
    "report",
    "text",
    "timeline",
]

try:
    __version__ = _metadata.version("corpus_tools")
except _metadata.PackageNotFoundError:  # a source tree that was not installed
    __version__ = "unknown"

#: names served by the Dask-aware module, imported on first use: importing Dask costs
#: seconds, more than a whole report on a story corpus, and only find_reuse needs it
_LAZY = {"find_reuse": "corpus_tools.reuse.distributed", "to_parquet": "corpus_tools.reuse.distributed"}
#: the stored reuse index (pyarrow's Parquet reader), imported on first use as well
_LAZY |= {name: "corpus_tools.reuse.index" for name in ("IndexOptions", "ReuseIndex", "rank_matches")}


def __getattr__(name: str):
    """PEP 562: ``find_reuse``, ``to_parquet`` and the index's names import their module on first use."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")
