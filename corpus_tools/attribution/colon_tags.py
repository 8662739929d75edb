"""A speaker tag with a colon and no verb: "The magistrate: ``It is not for me to judge.''".

A wire report sometimes sets a speaker's label before a quotation with a colon alone, as a
transcript does ("Mr Carman: ``...''", "The magistrate: ``...''"). No verb of saying stands in the
paragraph, so the quotation had no speaker, and the "She added:" after it went to the speaker
before (12.08.99/snooker of the claims audit, round 12, S kind 3 of ``benchmarks/claims.md``). A
reader takes the label for the speaker:

* the paragraph opens with a short noun phrase (at most :data:`MAX_WORDS` words, its first word
  capitalised, no verb) followed by a colon and a quotation mark;
* the attribution's content is the paragraph's quotation; the colon is its cue.

* :func:`colon_tag`: the attribution of such a paragraph, or None.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.doc_texts import doc_text
from corpus_tools.attribution.records import Attr

__all__ = ["MAX_WORDS", "colon_tag"]

#: the longest label read as a tag ("Stipendiary magistrate Ann Lee": four)
MAX_WORDS = 5
_TAG = re.compile(rf"^(\s*)([A-Z][\w'.-]*(?: [\w'.-]+){{0,{MAX_WORDS - 1}}}):\s*(?=``|\"|\u201c|')")


def colon_tag(doc_id: str, para: int, offset: int, doc, evidence: str, inside: list) -> Attr | None:
    """The attribution of a paragraph that opens with a speaker's label, a colon and a quotation
    (module docstring), its content the paragraph's quotations (``inside``: their cleaned spans);
    None for any other paragraph.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("The magistrate: ``It is not for me to judge.''")
        >>> colon_tag("d", 0, 0, doc, "quote_marks", [(16, 47)]).mention.text
        'The magistrate'
        >>> colon_tag("d", 0, 0, load_model()("He said: ``No.''"), "quote_marks", [(9, 16)]) is None
        True
    """
    found = _TAG.match(doc_text(doc))
    if found is None or not inside:
        return None
    a, b = found.start(2), found.end(2)
    label = doc.char_span(a, b, alignment_mode="expand")
    if label is None or any(t.pos_ in ("VERB", "AUX", "PRON") for t in label):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in label):
        return None
    return Attr(
        doc_id,
        para,
        (offset + a, offset + b),
        (offset + b, offset + b + 1),
        (inside[0][0], inside[-1][1]),
        ":",
        label,
        "direct",
        evidence,
    )
