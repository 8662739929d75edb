"""A bare surname as a sentence's subject is a person a later "he" may stand for.

"Chief Fire Officer Tom Hale, 50, ... is accused of three charges. ... Hale, who is married, was
suspended from duty in March. He told magistrate John Webb: ``I understand, sir.''": the tagger
gives the bare "Hale" no entity, so it was no candidate of the pronoun resolver
(:func:`~corpus_tools.attribution.topics.subject_candidates` reads named entities), and "He", two
paragraphs after Hale last spoke, was left unresolved: a defendant's words to the magistrate kept
by a paper were "quoted only on another statement" (07.10.99/beckett, PA 1sub 13-14, round 18's
held-out audit in ``benchmarks/claims.md``, cause 8). A subject that is the surname of a person
the text named in full before it is such a candidate (the magistrate, an object, is the listener).
"""

from __future__ import annotations

from corpus_tools.attribution.doc_texts import doc_tokens
from corpus_tools.attribution.namesakes import full_names
from corpus_tools.attribution.pronouns import compound_name
from corpus_tools.attribution.titled_subjects import bare_titled, titled_surnames
from corpus_tools.attribution.topics import quoted

__all__ = ["surname_subjects"]


def surname_subjects(paragraphs, candidates: list[tuple]) -> list[tuple]:
    """``candidates`` (``(offset, paragraph, span)``) with every subject that is a bare surname
    (a proper noun no entity holds) of a person named in full before it in the document's
    ``paragraphs`` (``(paragraph, offset, spaCy Doc)``), or written after a title in it
    (:mod:`~.titled_subjects`; in a document that names someone in full), in text order."""
    names = full_names(paragraphs)
    if not names:
        return candidates
    titled = None  # "Mr Lee" in a quotation: "Lee referred to ... He told"; read only when needed
    taken = {c[0] for c in candidates}
    out = list(candidates)
    for para, offset, doc in paragraphs:
        for t in doc_tokens(doc):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.ent_type_:
                continue
            span = compound_name(t)
            pos = offset + span.start_char
            if pos in taken or quoted(span):
                continue
            named = any(s == t.text and at < pos for at, _, s in names)
            if not named:
                titled = titled_surnames(paragraphs) if titled is None else titled
                named = bare_titled(t, titled)
            if not named:
                continue
            out.append((pos, para, span))
    return sorted(out, key=lambda c: c[0])
