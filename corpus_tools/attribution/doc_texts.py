"""A paragraph's parse read once: its text and its tokens.

spaCy builds ``Doc.text`` by joining every token on each access, and a new ``Token`` object for
every token on each pass over the doc. The attribution rules read the same paragraph's text and
tokens many times: on news3000's first 600 documents (5,266 paragraphs) ``Doc.text`` was read
48,428 times and the paragraphs' tokens walked 8 times over, about a fifth of the speaker lane's
CPU (round 26, cProfile, ``benchmarks/README.md``). :func:`doc_text` and :func:`doc_tokens`
give the same values, built once per doc while it is among the last :data:`KEPT` docs read (the
rules read one document's paragraphs, then the next document's).
"""

from __future__ import annotations

__all__ = ["KEPT", "doc_reading", "doc_text", "doc_tokens"]

#: how many docs' readings are kept (the newest first out last); a document has tens of
#: paragraphs, so a document's rules find its paragraphs here
KEPT = 512

_TEXTS: dict[int, tuple[object, str]] = {}
_TOKENS: dict[int, tuple[object, tuple]] = {}
_READINGS: dict[str, dict[int, tuple[object, object]]] = {}


def _kept(store: dict, doc, build):
    """``build(doc)``, kept in ``store`` under ``id(doc)`` with the doc itself (so the id is not
    reused while kept); the oldest entry dropped above :data:`KEPT`."""
    got = store.get(id(doc))
    if got is not None and got[0] is doc:
        return got[1]
    value = build(doc)
    if len(store) >= KEPT:
        del store[next(iter(store))]
    store[id(doc)] = (doc, value)
    return value


def doc_text(doc) -> str:
    """``doc.text``, joined once.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee said so.")
        >>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
        True
    """
    return _kept(_TEXTS, doc, lambda d: d.text)


def doc_tokens(doc) -> tuple:
    """``tuple(doc)``: the doc's tokens, made once (equal to those ``iter(doc)`` makes).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee said so.")
        >>> [t.text for t in doc_tokens(doc)], doc_tokens(doc)[1] == doc[1]
        (['Ann', 'Lee', 'said', 'so', '.'], True)
    """
    return _kept(_TOKENS, doc, tuple)


def doc_reading(name: str, doc, build):
    """``build(doc)``, made once per doc for the reading ``name`` (a rule's pure reading of one
    paragraph, called by several rules); the caller must not change what it returns.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee said so.")
        >>> doc_reading("n", doc, len), doc_reading("n", doc, lambda d: 0)
        (5, 5)
    """
    return _kept(_READINGS.setdefault(name, {}), doc, build)
