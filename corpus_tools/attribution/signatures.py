"""A statement signed below its quotation: a paragraph that opens with a dash and a name
("-President Ann Cole, writing after the vote") is the attribution of the quotation above it."""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import doc_text
from corpus_tools.attribution.records import Attr

__all__ = ["signature"]


def signature(doc_id: str, para: int, below, evidence: str, max_words: int = 6) -> Attr | None:
    """A paragraph that opens with a dash and a name ('-President Ann Cole, writing after the
    vote', '\u2014 Sen. Ann Cole') signs the quotation just above it: the attribution, its
    content left to the caller."""
    _, offset, doc = below
    text = doc_text(doc)
    lead = len(text) - len(text.lstrip())
    if text[lead : lead + 1] not in ("-", "\u2013", "\u2014"):
        return None
    a = lead + 1 + len(text[lead + 1 :]) - len(text[lead + 1 :].lstrip(" -\u2013\u2014"))
    b = next((k for k in range(a, len(text)) if text[k] in ",;:(\n"), len(text))
    b = a + len(text[a:b].rstrip(" ."))
    words = text[a:b].split()
    name = doc.char_span(a, b, alignment_mode="expand") if words else None
    if name is None or len(words) > max_words or not all(w[:1].isupper() for w in words):
        return None
    if not any(t.pos_ == "PROPN" for t in name):
        return None
    return Attr(
        doc_id,
        para,
        (offset + a, offset + b),
        (offset + lead, offset + lead + 1),
        (0, 0),
        text[lead],
        name,
        "direct",
        evidence,
    )
