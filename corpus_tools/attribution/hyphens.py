"""A speaker mention cut inside a hyphenated word: the parser hangs the hyphens of "the
18-year-old" on "old" as punctuation, which the mention leaves out, so the speaker of "the
18-year-old, who had told the gang" was "old". Found on the METER courts story 18.02.00/bridge
(the claims audit's eleventh round, S kind 7). So is a name after a hyphenated office: the parser
makes "co" of "said campaign co-director Mary Fenton" the subject and the office a compound of the
name, so the mention stopped at "co-director" and the name was lost (the morning star's paper of
28.09.99/inqshot, the claims audit's fourteenth round, S kind 3)."""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import span_sent

__all__ = ["whole_words"]


def _joined(left, right) -> bool:
    """Two tokens written with no space between them, one of them a hyphen."""
    return not left.whitespace_ and "-" in (left.text, right.text)


def whole_words(span):
    """``span`` widened to the whole hyphenated words at its edges, with the article before
    them when the article's noun phrase is the span's ("the 18-year-old", not "old")."""
    doc, lo, hi = span.doc, span.start, span.end
    if hi <= lo:
        return span
    sent = span_sent(span)
    while lo > sent.start and _joined(doc[lo - 1], doc[lo]):
        lo -= 1
    while hi < sent.end and _joined(doc[hi - 1], doc[hi]):
        hi += 1
    article = doc[lo - 1] if lo > sent.start else None
    if lo < span.start and article is not None and article.dep_ == "det" and lo <= article.head.i < hi:
        lo -= 1
    if hi > span.end and hi < sent.end:  # "co-director Mary Fenton": the name the office is of
        name = doc[hi - 1].head
        office = doc[hi - 1].dep_ == "compound" and name.i >= hi
        if office and all(t.ent_type_ == "PERSON" for t in doc[hi : name.i + 1]):
            hi = name.i + 1
    return span if (lo, hi) == (span.start, span.end) else doc[lo:hi]
