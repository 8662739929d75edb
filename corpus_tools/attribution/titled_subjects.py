"""A bare surname subject is a person a later "he" may stand for when the document titles it.

"Afterwards, the men's solicitor Ian Hart said: 'Mr Lee and Mr Roe were deeply worried ...'" /
"The lawyer added: ..." / "During the trial, Lee referred to the insults which he had to bear." /
"He told the court: 'I would rather ...'": the take never names Lee in full (the story's first
take does), so the bare "Lee", which the tagger gives no entity, was no candidate of the pronoun
resolver (:mod:`~.surname_subjects` wants a full name before it), and "He told the court" went to
the solicitor, the last speaker (read from round 26's held-out 08.12.99/footballer, footballer2sub
8-12, ``benchmarks/claims.md`` fb9, fb20, fb21, fb32, fb33). A surname the document writes after a
personal title ("Mr Lee", inside a quotation too) is a person's.

Only a bare surname: a subject written with its title ("Mr Browne referred to a suit by Mr Al
Fayed which challenged his assertion") is left as it was (a possessive "his" there is not the
subject's; 22.11.99/hamilton, hamilton4sub, the one change this made on 40 other courts stories).

* :func:`has_title`: whether any paragraph holds a title word (a count by spaCy, no text joined);
* :func:`titled_surnames`: the surnames a document's paragraphs write after Mr, Mrs, Ms or Miss;
* :func:`bare_titled`: whether a subject token is such a surname standing without its title.
"""

from __future__ import annotations

from corpus_tools.attribution.story_persons import _titled_surnames

__all__ = ["bare_titled", "has_title", "titled_surnames"]

_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss"})


def has_title(paragraphs) -> bool:
    """Whether any of the ``paragraphs`` (``(paragraph, offset, spaCy Doc)``) has the word Mr, Mrs,
    Ms or Miss: spaCy's count of the words, so the gate costs no joined text."""
    from spacy.attrs import ORTH  # here: importing the package must not import spaCy (tests/test_package.py)

    for _, _, doc in paragraphs:
        counts = doc.count_by(ORTH)
        if any(doc.vocab.strings[t] in counts for t in _TITLES):
            return True
    return False


def titled_surnames(paragraphs) -> frozenset[str]:
    """The surnames the document's ``paragraphs`` (``(paragraph, offset, spaCy Doc)``) write after
    a personal title ("Mr Lee", "Mrs Ann Roe"). It joins the paragraphs' text: the caller asks it
    only for a bare surname subject no full name accounts for (:mod:`~.surname_subjects`)."""
    if not has_title(paragraphs):
        return frozenset()
    return _titled_surnames(" ".join(doc.text for _, _, doc in paragraphs))


def bare_titled(tok, titled: frozenset[str]) -> bool:
    """Whether the spaCy token ``tok`` is one of the ``titled`` surnames written without a title
    before it ("Lee referred to", not "Mr Lee referred to")."""
    if tok.text not in titled:
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].text.rstrip(".") not in _TITLES
