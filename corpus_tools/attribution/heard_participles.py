"""A participle that trails a clause of what a hearing was told belongs to that clause's subject.

"Wolverhampton Crown Court was told the fatal stabbing occurred shortly after Averall had taunted
Travis, telling him he could not have a piece of his birthday cake": the parse hangs ", telling"
on "occurred", and a participle after a comma inherits the subject of the main clause
(:func:`~.cue_subjects._main_clause_verb`, "Miller said he saw no need ..., telling X"), here the
court's. A hearing only hears: what the court was told is that Averall taunted Travis, telling
him he could not have a piece; the findings had made "Wolverhampton Crown Court" an institution
that spoke the boy's taunt, one more speaker in PA's take and in the paper that kept it (read from
TUNE_27's 04.10.99/cake, cake1 8, ``benchmarks/claims_tune27.md`` K10).

The rule: a participle ("-ing", after a comma) whose main clause
(:func:`~.cue_subjects._main_clause_verb`) is a hearing's verb (a passive "told" whose subject is a
hearing's noun, "The court was told"; or "heard" with such a subject, "The jury heard") inherits
the subject of the clause that ends right before its comma ("Averall had taunted Travis"), when
that clause is not the hearing's and its subject is a name.

* :func:`heard_clause`: that clause's verb, or None.
"""

from __future__ import annotations

from corpus_tools.attribution.hearings import HEARING

__all__ = ["heard_clause"]


def _is_hearing_verb(verb) -> bool:
    """Whether a verb is a hearing's: "The court was told", "the jury heard"."""
    lemma = verb.lemma_.lower()
    if lemma not in ("tell", "hear"):
        return False
    dep = "nsubjpass" if lemma == "tell" else "nsubj"
    return any(c.dep_ == dep and c.lemma_.lower() in HEARING for c in verb.children)


def heard_clause(verb, top):
    """The clause a participle trails inside what a hearing heard (module docstring), else None.

    Args:
        verb: a cue's spaCy token (the participle, "telling").
        top: the main clause's verb the participle would inherit its subject from ("told").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("The jury was told the row began after Smith had insulted Jones, telling him.")
        >>> heard_clause(doc[13], doc[3]).text
        'insulted'
    """
    if verb.tag_ != "VBG" or verb.i < 2 or verb.doc[verb.i - 1].text != "," or not _is_hearing_verb(top):
        return None
    clause = verb.doc[verb.i - 2]
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == top.i or clause.i > verb.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        clause if subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON") else None
    )
