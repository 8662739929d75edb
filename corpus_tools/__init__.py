"""corpus_tools: how one news story is reused across outlets.

Tidy pandas frames in, tidy frames out::

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")        # one row per document
    ct.clean(corpus)                        # chrome, quotes, stripped apostrophes found
    ct.align_sentences(corpus)              # what each version reused from the origin
    ct.extract_variants(corpus)             # word-level changes, categorised
    ct.attributions(corpus)                 # who is quoted, named or anonymous
"""

from corpus_tools import overlap, sources, variants
from corpus_tools.attributions import attributions
from corpus_tools.corpus import CorpusError, CorpusWarning, from_records, load_corpus, load_reuters21578
from corpus_tools.nlp import ModelError, load_model
from corpus_tools.overlap import (
    align_sentences,
    classify_documents,
    document_scores,
    find_origin,
    find_reuse,
    origin,
    shared_passages,
    source_coverage,
)
from corpus_tools.sources import outlet_counts, source_summary, source_survival, source_table
from corpus_tools.text import clean, sentences, tokens
from corpus_tools.variants import collate, collation_to_html, extract_variants, house_style

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "ModelError",
    "align_sentences",
    "attributions",
    "classify_documents",
    "clean",
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
    "load_reuters21578",
    "origin",
    "outlet_counts",
    "overlap",
    "sentences",
    "shared_passages",
    "source_coverage",
    "source_summary",
    "source_survival",
    "source_table",
    "sources",
    "tokens",
    "variants",
]

__version__ = "0.1.0"
