"""What a pronoun may stand for, read from a document's paragraphs before speakers are resolved.

* :func:`subject_candidates`: the named subjects of the paragraphs, speakers or not.
* :func:`text_genders`: the gender a title gives a surname wherever it stands: "Mr Jones" inside
  a prosecutor's quotation says that Jones is a man, though no attribution names him so, and a
  later "she" is then never Jones (:func:`~.speakers.resolve_speakers`);
  :func:`~.epithets.title_genders` reads the speaker mentions only.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.companies import COMPANY_HEADS

__all__ = ["subject_candidates", "text_genders"]


def subject_candidates(paragraphs) -> list[tuple]:
    """The subjects of a document's paragraphs a pronoun may refer to, as (offset, paragraph,
    span): named subjects, and a company described as one ("the firm, Hallam Gas, offered ...":
    "It pleaded guilty" is the firm)."""
    out = [
        (offset + e.start_char, para, e)
        for para, offset, doc in paragraphs
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.root.dep_ in ("nsubj", "nsubjpass")
    ]
    for para, offset, doc in paragraphs:
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in COMPANY_HEADS:
                appos = [c for c in t.children if c.dep_ == "appos"]
                span = doc[t.left_edge.i : (appos[0].right_edge.i if appos else t.i) + 1]
                out.append((offset + span.start_char, para, span))
    return out


def text_genders(paragraphs) -> dict[str, str]:
    """surname -> ``m`` or ``f``, from every title before a proper name in the document's
    paragraphs (``(para, offset, doc)`` of :func:`~corpus_tools.text.sentences.paragraph_docs`):
    "Mr Jones", "Miss Susan Evans", "Mrs Ann Grant". A surname under titles of both genders ("Mr
    Grant and Mrs Grant") gets none.

    >>> from corpus_tools.text.nlp import load_model
    >>> text_genders([(0, 0, load_model()("Police said Mr Jones and Miss Ann Evans met."))])
    {'Jones': 'm', 'Evans': 'f'}
    """
    found: dict[str, set[str]] = {}
    for _, _, doc in paragraphs:
        for t in doc:
            word = t.lower_.rstrip(".")
            gender = "m" if word in lexicon.MALE_TITLES else "f" if word in lexicon.FEMALE_TITLES else ""
            end = t.i + 1
            while gender and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            if gender and end > t.i + 1:
                found.setdefault(doc[end - 1].text, set()).add(gender)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}
