"""Two people joined by "and" before a verb the parser left without a subject.

"In a statement issued after the case to PA News, Tom and Ann Hale said ...": after a long
opening phrase the parser hangs the pair on the phrase's last noun ("News", as its conjunct or
its adverbial) and gives the verb no subject; the word before the verb, the second person's
surname, was then the speaker alone ("Ann Hale"), never the couple (round 20's tuning stories,
``benchmarks/claims_tune20.md``, 29.03.00/stepmother; branch spk43).

* :func:`first_of_pair`: the first of the two people, whose conjunct the speaker mention takes in.
"""

from __future__ import annotations

__all__ = ["first_of_pair"]


def _person(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def first_of_pair(tok):
    """The first person of "X and Y Z" when ``tok`` (the word before a subjectless verb) is the
    second person's head, conjoined to the first by "and"; ``tok`` otherwise.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("In a statement to PA News, Tom and Ann Pemberton said they were glad.")
        >>> first_of_pair(doc[10]).text
        'Tom'
    """
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i and _person(first.head) and _person(first):
        first = first.head
    joined = any(t.lower_ == "and" for t in tok.doc[first.i + 1 : tok.i])
    return first if first is not tok and joined else tok
