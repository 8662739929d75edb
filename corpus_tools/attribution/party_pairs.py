"""The parties a barrister represents or a claimant sues, named together as a verb's object, are
who "The defendants" stand for.

"The accusations were made by Anne Holt QC, who is representing Canadian writer Martin Ferrow and
Halcyon Press in the libel action ... The defendants deny libel": the defendants are the writer
and the publisher the sentence names as the object of "representing", a person and a business.
:func:`~.pairs.named_pairs` lists only names coordinated as one subject, so "The defendants" found
no pair and was typed an anonymous speaker apart from them, and a later take's "The defendants had
accused him" too (15.03.00/irving of the METER courts, irving1 7 and 12, irving1nlead 17;
``benchmarks/claims_tune23.md`` K1, claims i13, i14).

* :func:`party_pairs`: the named people and bodies the object of a verb of :data:`PARTY_VERBS`
  coordinates ("representing X and Y", "is suing X and Y"), held as a :class:`PartyPair`, in
  :func:`~.pairs.named_pairs`' shape;
* :func:`defendant_description`: whether a speaker mention is "the defendants" or "the accused",
  the only descriptions a :class:`PartyPair` may stand for (never "They", "the pair", "Both men":
  the parties are named as objects, and one may be a business).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.doc_texts import doc_text, doc_tokens

__all__ = ["PARTY_VERBS", "PartyPair", "defendant_description", "party_pairs", "with_party_pairs"]

#: verbs whose object is a party to a case ("representing X and Y", "defending", "suing")
PARTY_VERBS = frozenset({"represent", "defend", "sue", "prosecute"})
_PARTY_HEADS = frozenset({"defendants", "accused"})
#: the forms of :data:`PARTY_VERBS` in a paragraph's text: the cheap test before its tokens are read
_PARTY_WORDS = re.compile(r"\b(?:represent|defend|sue|suing|prosecut)", re.IGNORECASE)


class PartyPair(list):
    """The names of the parties a verb of :data:`PARTY_VERBS` takes as its object."""


def _object_names(obj):
    """The PERSON and ORG entities (spaCy Spans) of the object's phrase when they are joined by
    "and" and commas alone, in order; else []."""
    lo, hi = obj.left_edge.i, obj.right_edge.i + 1
    ents = [e for e in obj.doc.ents if lo <= e.start and e.end <= hi and e.label_ in ("PERSON", "ORG")]
    if len(ents) < 2:
        return []
    joins = [t for t in obj.doc[ents[0].end : ents[-1].start] if not (t.is_punct or t.is_space)]
    if not joins or joins[-1].lower_ != "and" or any(t.pos_ != "CCONJ" for t in joins):
        return []
    return ents


def party_pairs(paragraphs) -> list[tuple[int, int, PartyPair]]:
    """``(offset, paragraph, names)`` of each party pair (:func:`~.pairs.named_pairs`' shape).
    ``paragraphs``: ``(paragraph, offset, spaCy Doc)`` triples.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Ann Holt is representing Martin Ferrow and Halcyon Press in the action.")
    >>> party_pairs([(0, 0, doc)])
    [(25, 0, ['Martin Ferrow', 'Halcyon Press'])]
    """
    out = []
    for para, offset, doc in paragraphs:
        if not _PARTY_WORDS.search(doc_text(doc)):
            continue
        for tok in doc_tokens(doc):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PARTY_VERBS and (ents := _object_names(tok)):
                names = PartyPair(" ".join(e.text.split()) for e in ents)
                out.append((offset + ents[0].start_char, para, names))
    return out


def with_party_pairs(pairs: list, paragraphs) -> list:
    """``pairs`` (:func:`~.pairs.named_pairs`) with the :func:`party_pairs` of the same paragraphs,
    in text order."""
    found = party_pairs(paragraphs)
    return sorted([*pairs, *found], key=lambda p: p[0]) if found else pairs


def defendant_description(mention) -> bool:
    """Whether a speaker mention (a spaCy Span) is "The defendants" or "the accused"."""
    words = [t.lower_ for t in mention]
    return len(words) == 2 and words[0] in ("the", "both") and words[1] in _PARTY_HEADS
