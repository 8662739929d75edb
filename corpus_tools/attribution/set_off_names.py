"""Subjects of a verb of saying that the parse hangs elsewhere, in two shapes of the papers.

* :func:`adverb_set_off`: a name set off from its verb by a comma and an adverb: "Ann Dear, however
  said the car hit first" (the parse made "Dear", a word too, an adverbial noun of "said", and the
  statement had no speaker: round 21's held-out 03.04.00/noye, the guardian 25, cause 3 of the
  audit in ``benchmarks/claims.md``);
* :func:`as_speaker`: the name an "as" opens before a verb of saying joined to the main clause:
  "Reed sat grim-faced in court as Ann Hale, QC, said he was a liar" (the parse made "Hale" the
  object of "as" and "said" a second verb of "sat", so the statement went to Reed, who sat:
  16.07.99/grobbelaar, the mirror 1, the same audit).

Both are read only when the verb has no subject of its own and the name is a person's (a PERSON
entity, a proper noun). A third shape, of the wire, with the name after a description (round 35,
branch tune35, 4405 of ``TUNE_35``, ``benchmarks/claims_tune35.md`` T3): "..., the chairman of a
United Nations conference on a new International Natural Rubber Agreement, INRA, Manaspas Xuto of
Thailand, said." The parse may hang the description on the object before it and the name on the
acronym as its apposition, and leave the cue with no subject: :func:`name_before_comma`, the name
before the cue's comma. (When the parse makes the description the subject, it stays an anonymous
speaker apart from the name: left.)
"""

from __future__ import annotations

__all__ = ["adverb_set_off", "as_speaker", "name_before_comma"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def _person(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def adverb_set_off(verb):
    """The name that opens the sentence of ``verb`` and stands before it with only commas and at
    least one adverb between ("Ann Dear, however said", "Ann Dear, though, said"), or None."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for c in verb.children:
        if c.i >= verb.i or not _person(c) or c.dep_ not in ("npadvmod", "advmod", "dep", "nmod", "appos"):
            continue
        between = doc[c.i + 1 : verb.i]
        adverbs = [t for t in between if t.pos_ == "ADV"]
        if (
            c.left_edge.i == c.sent.start
            and adverbs
            and all(t.text == "," or t.pos_ == "ADV" for t in between)
        ):
            return c
    return None


def as_speaker(verb):
    """The person an "as" of the main clause names right before ``verb``, a verb of saying joined to
    that clause with no subject of its own ("X sat in court as Ann Hale, QC, said"), or None."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i > verb.i:
            continue
        for obj in prep.children:
            rest = doc[obj.right_edge.i + 1 : verb.i]
            if obj.dep_ == "pobj" and _person(obj) and all(t.is_punct for t in rest):
                return obj
    return None


def _set_off_name(tok):
    """``tok`` or the name its place phrase hangs on ("Xuto of Thailand"), when that is a person
    named in apposition after a comma; else None."""
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head.i < tok.i:
        tok = tok.head
    apposed = _person(tok) and tok.dep_ == "appos" and tok.head.i < tok.i
    return tok if apposed and tok.doc[tok.left_edge.i - 1].text == "," else None


def name_before_comma(verb):
    """The person named in apposition right before a comma and ``verb``, a cue with no subject
    ("..., INRA, Manaspas Xuto of Thailand, said": "Xuto"), else None."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return _set_off_name(verb.doc[verb.i - 2])
