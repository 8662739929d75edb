"""corpus_tools: how one news story is reused across outlets.

Tidy pandas frames in, tidy frames out::

    import corpus_tools as ct
    corpus = ct.load_corpus("seeds")        # one row per document
    ct.clean(corpus)                        # chrome, quotes, stripped apostrophes found
    ct.sentences(corpus)                    # spaCy sentences with raw offsets
    ct.outlet_counts(corpus)                # documents and words per outlet
"""

from corpus_tools.corpus import CorpusError, CorpusWarning, from_records, load_corpus
from corpus_tools.nlp import ModelError, load_model
from corpus_tools.sources import outlet_counts
from corpus_tools.text import clean, sentences, tokens

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "ModelError",
    "clean",
    "from_records",
    "load_corpus",
    "load_model",
    "outlet_counts",
    "sentences",
    "tokens",
]

__version__ = "0.1.0"
