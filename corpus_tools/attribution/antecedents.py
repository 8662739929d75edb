"""What a pronoun may stand for, read from a document's paragraphs before speakers are resolved.

* :func:`subject_candidates` (of :mod:`~corpus_tools.attribution.topics`): the named subjects of
  the paragraphs, speakers or not.
* :func:`text_genders`: the gender a title gives a surname wherever it stands: "Mr Jones" inside
  a prosecutor's quotation says that Jones is a man, though no attribution names him so, and a
  later "she" is then never Jones (:func:`~.speakers.resolve_speakers`);
  :func:`~.epithets.title_genders` reads the speaker mentions only.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.doc_texts import doc_tokens
from corpus_tools.attribution.topics import subject_candidates

__all__ = ["subject_candidates", "text_genders"]


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
        for t in doc_tokens(doc):
            word = t.lower_.rstrip(".")
            gender = "m" if word in lexicon.MALE_TITLES else "f" if word in lexicon.FEMALE_TITLES else ""
            end = t.i + 1
            while gender and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            if gender and end > t.i + 1:
                found.setdefault(doc[end - 1].text, set()).add(gender)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}
