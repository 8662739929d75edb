"""A verb of saying in a clause of time whose subject is a thing: "As the evidence in the case
concluded, the jury was sent away until Thursday" tells when the jury was sent away; the evidence
says nothing, and the main clause is no statement of it (14.12.99/hamilton, a METER courts story of
round 12's tuning, ``benchmarks/claims_tune12.md``, kind S2). Only a clause with no complement of
its own ("when the report concluded that ..." is a statement) and a subject that is no speaker's
word (an office, an institution, a document, a witness, a name; ``lexicon.SPEAKER_WORDS``) is read so:
"As Smith said, the talks failed" and "As the report said, ..." stay statements.

A case a rule covers is no statement either: "It forces the administration to act rapidly when an
industry complains that a surge in imports threatens its existence" (round 35's tuning series
5376+5561, branch tune35, ``benchmarks/claims_tune35.md`` T2) tells what a bill provides for; no
industry has complained. :func:`case_in_time_clause`: a verb of saying in the present tense, in a
clause of time or condition ("when", "if", "whenever", "once", "unless"), whose subject is
indefinite ("an industry", "any member"); "when a spokesman said" (past) stays a statement."""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["case_in_time_clause", "thing_in_time_clause"]

_TIME_MARKS = {"as", "when", "after", "before", "while", "once", "until"}
_CASE_MARKS = {"when", "if", "whenever", "once", "unless"}
_COMPLEMENTS = {"ccomp", "dobj", "xcomp", "dative", "attr", "oprd"}
_SPEAKER_NOUNS = frozenset().union(*lexicon.SPEAKER_WORDS.values())


def thing_in_time_clause(verb, subject) -> bool:
    """Whether ``verb`` (a spaCy token) heads a clause of time with no complement of its own whose
    subject ``subject`` (its speaker mention's head) is a common noun of no speaker."""
    if subject is None or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    if any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return False
    return subject.pos_ == "NOUN" and not subject.ent_type_ and subject.lemma_.lower() not in _SPEAKER_NOUNS


def case_in_time_clause(verb, subject) -> bool:
    """Whether ``verb`` (a spaCy token) in the present tense heads a clause of time or condition
    whose subject ``subject`` is indefinite ("when an industry complains that ..."): a case, no
    statement."""
    if subject is None or verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _CASE_MARKS for c in verb.children):
        return False  # "when" the parser may make an adverb
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children)
