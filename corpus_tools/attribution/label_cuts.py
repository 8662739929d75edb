"""A speaker's label cut to its noun phrase.

Seen in the held-out audit of round 13 (12.08.99/racism and 14.12.99/boy of the METER courts,
``benchmarks/claims.md``, S kinds 1 (b), 4 and 6):

* :func:`cut_label`: a mention never runs into its own cue ("The couple had alleged unlawful
  discrimination ..., a claim which was backed by ...", where the parser made "a claim" the
  couple's apposition: "The couple"), nor keeps a relative clause after a comma ("Mr and Mrs Ross,
  who moved to Leeds 12 years ago, claimed": "Mr and Mrs Ross", so the label matches the couple's
  other mentions), nor a relative clause that reports or believes a clause of its own on a noun
  inside the subject's phrase ("The family of a man shot dead by police who believed he had a gun
  yesterday called for ...": "The family of a man shot dead by police"; 28.09.99/inqshot's
  guardian, remark14's cause 8: the clause and its time word made the label).

A mention that starts inside a body's name the parse split from the rest of the subject ("A
spokesman for Help the Aged said": "the Aged" made the subject) runs back to the whole subject
(round 17's 16.07.99/care, ``benchmarks/claims.md`` cause 11: a charity typed and labelled "the
Aged").

The same audit's name in commas before a cue with no subject ("..., Ann Hale, said:") is read
in :mod:`~.side_names` (``name_before_cue``).
"""

from __future__ import annotations

from corpus_tools.attribution.fronted_phrases import fronted_adverb, fronted_time
from corpus_tools.attribution.fronted_places import fronted_place

__all__ = ["cut_label"]


def _trim(doc, lo: int, hi: int):
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    return doc[lo:hi]


def cut_label(mention, verb):
    """``mention`` (a spaCy Span) cut before its cue ``verb`` when it starts before it, and before a
    relative clause that follows a comma inside it; unchanged otherwise."""
    doc, lo, hi = mention.doc, mention.start, mention.end
    lo += fronted_adverb(mention) or fronted_time(mention)  # "Earlier the judge warned": "the judge"
    lo += fronted_place(mention) if lo == mention.start else 0  # "Outside court Hale said": "Hale"
    if lo < verb.i < hi:
        hi = verb.i
        while hi > lo + 1 and doc[hi - 1].dep_ in ("aux", "auxpass", "neg", "advmod"):
            hi -= 1  # "The couple had alleged": "The couple"
    for t in doc[lo:hi]:
        if t.dep_ == "prep" and t.lower_ == "as" and t.head.dep_ == "pobj" and t.head.head.dep_ == "agent":
            hi = min(hi, t.i)  # "by a senior detective as a 'cold' man": the agent, not his description
        edge = t.left_edge.i
        if t.dep_ == "relcl" and lo < edge - 1 and doc[edge - 1].text == "," and t.head.i < edge:
            hi = min(hi, edge - 1)
        reported = any(c.dep_ == "ccomp" for c in t.children)  # "police who believed he had a gun"
        if t.dep_ == "relcl" and reported and t.head.i != mention.root.i and lo < t.head.i < edge:
            hi = min(hi, edge)  # a clause someone else believed or said, inside the subject's phrase
    lo = _split_name(doc, lo, verb)
    return mention if (lo, hi) == (mention.start, mention.end) else _trim(doc, lo, hi)


def _split_name(doc, lo: int, verb) -> int:
    """The start of the whole subject when the mention starts inside a name (an entity) whose first
    words hang on a preposition of another subject of ``verb`` ("A spokesman for Help the Aged":
    "spokesman" and "Aged" both the verb's subjects); ``lo`` otherwise."""
    if doc[lo].ent_iob_ != "I":
        return lo
    start = lo
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    prep = doc[start - 1] if start > 0 else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("for", "from", "at", "of"):
        return lo
    noun = prep.head
    return noun.left_edge.i if noun.dep_ == "nsubj" and noun.head == verb and noun.i < lo else lo
