"""A paragraph's parse read once: its text, its tokens and its sentences.

spaCy builds ``Doc.text`` by joining every token on each access, and a new ``Token`` object for
every token on each pass over the doc. The attribution rules read the same paragraph's text and
tokens many times: on news3000's first 600 documents (5,266 paragraphs) ``Doc.text`` was read
48,428 times and the paragraphs' tokens walked 8 times over, about a fifth of the speaker lane's
CPU (round 26, cProfile, ``benchmarks/README.md``). :func:`doc_text` and :func:`doc_tokens`
give the same values, built once per doc while it is among the last :data:`KEPT` docs read (the
rules read one document's paragraphs, then the next document's).

Each access to spaCy's ``Token.sent`` makes two Spans and scans the doc for the sentence's edges;
the rules asked it about 55,000 times on news3000's first 300 documents, about a tenth of the speaker
stages' CPU (round 36, branch speed36, cProfile). :func:`token_sent` and :func:`span_sent` give the
same Spans from the paragraph's sentences, made once; :func:`doc_ents` its entities (``Doc.ents``
makes a Span for each entity on each read; three readings of every paragraph ask it).
"""

from __future__ import annotations

__all__ = ["KEPT", "doc_ents", "doc_reading", "doc_text", "doc_tokens", "span_sent", "token_sent"]

#: how many docs' readings are kept (the newest first out last); a document has tens of
#: paragraphs, so a document's rules find its paragraphs here
KEPT = 512

_TEXTS: dict[int, tuple[object, str]] = {}
_TOKENS: dict[int, tuple[object, tuple]] = {}
_READINGS: dict[str, dict[int, tuple[object, object]]] = {}
_SENTS: dict[int, tuple[object, tuple]] = {}
_ENTS: dict[int, tuple[object, tuple]] = {}


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


def doc_ents(doc) -> tuple:
    """``doc.ents``: the doc's entity Spans, made once (equal to spaCy's); the caller must not change
    them.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee met Tom Day in Leeds.")
        >>> doc_ents(doc) == doc.ents and doc_ents(doc) is doc_ents(doc)
        True
    """
    return _kept(_ENTS, doc, lambda d: d.ents)


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


def _token_sents(doc) -> tuple:
    """Each token's sentence, in token order: ``doc.sents`` made once (the edges ``Token.sent``
    finds: the token after the last whose ``sent_start`` is 1, or the doc's start, up to the next
    such token); spaCy's own reading of each token when the doc carries a hook of its own."""
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return tuple(t.sent for t in doc)
    return tuple(sent for sent in doc.sents for _ in range(len(sent)))


def token_sent(tok):
    """``tok.sent``: the sentence of a token (a spaCy Span equal to spaCy's), the doc's sentences
    made once; the caller must not change it.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee said so. Tom Day agreed.")
        >>> [token_sent(t) == t.sent for t in doc], token_sent(doc[6]).text
        ([True, True, True, True, True, True, True, True, True], 'Tom Day agreed.')
    """
    return _kept(_SENTS, tok.doc, _token_sents)[tok.i]


def span_sent(span):
    """``span.sent``: the sentence of a span that lies in one sentence, from :func:`token_sent`;
    spaCy's own reading of an empty span or one that runs into the next sentence.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Ann Lee said so. Tom Day agreed.")
        >>> span_sent(doc[5:7]).text, span_sent(doc[2:7]) == doc[2:7].sent
        ('Tom Day agreed.', True)
    """
    if span.end > span.start:
        sent = _kept(_SENTS, span.doc, _token_sents)[span.start]
        if span.end <= sent.end:
            return sent
    return span.sent
