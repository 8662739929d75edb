"""Two verbs of saying used for an act: confirming a decision and agreeing to a thing.

"When Home Secretary Tom Garvey confirmed earlier decisions that Lake should stay in jail" and
"after Mr Garvey confirmed a whole-life sentence on her" tell what a minister decided, as a judge's
sentence is an act; "her parents agreed to her life support machine being switched off" tells what
they consented to. TUNE_21's hindley and inqpool (kind K3, ``benchmarks/claims_tune21.md``) counted
the minister and the parents as speakers. "confirmed that the decision was final" (a clause) and
"he agreed" or "agreed that ..." stay statements.

* :func:`decided_act`: whether a verb is such an act.
"""

from __future__ import annotations

__all__ = ["decided_act"]

#: what is decided, not said: a direct object of "confirm" with one of these heads is an act
_DECISIONS = frozenset("decision sentence tariff order ruling ban verdict conviction appointment".split())
_CLAUSES = ("ccomp", "xcomp")


def decided_act(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is an act: "confirm" with a decision as its direct object
    and no clause of its own ("confirmed earlier decisions that ...", "confirmed a sentence"), or
    "agree" to a noun ("agreed to her machine being switched off"), no clause nor infinitive.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> decided_act(nlp("The minister confirmed a whole-life sentence on her.")[2])
        True
        >>> decided_act(nlp("The minister confirmed that the sentence was final.")[2])
        False
        >>> decided_act(nlp("Her parents agreed to the operation.")[2])
        True
        >>> decided_act(nlp("Her parents agreed that the operation was right.")[2])
        False
        >>> decided_act(nlp("Her parents agreed to her machine being switched off.")[2])
        True
    """
    lemma = verb.lemma_.lower()
    if lemma not in ("confirm", "agree"):  # the cheap test first
        return False
    kids = list(verb.children)
    if any(c.dep_ in _CLAUSES and not _being_done(c) for c in kids):
        return False
    if lemma == "confirm":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _DECISIONS for c in kids)
    to = [c for c in kids if c.dep_ == "prep" and c.lower_ == "to"]
    return (
        bool(to)
        and all(any(g.dep_ == "pobj" for g in t.children) for t in to)
        and not any(c.dep_ == "dobj" for c in kids)
    )


def _being_done(clause) -> bool:
    """ "(agreed to her machine) being switched off": a passive gerund the parser hangs on the verb,
    the thing agreed to, no clause of what was said."""
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in clause.children)
