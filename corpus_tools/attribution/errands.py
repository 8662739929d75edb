"""Two verbs of saying used for an errand, not a statement: a visit, a call for help and a person
reported missing.

"Police called at the flat on a routine inquiry", "Police officers who called at the house were
met with a grim sight": "call at" (or "call round") a place is to visit it; "Miss Harvey's mother
reported her missing", "the pair were reported missing", "his parents reported him missing": a
person reported missing (or dead, or a thing stolen) is a report made to the police that a reader
takes for the start of an inquiry, not a statement the story quotes. The findings had made each
subject one more speaker (the claims audit's TUNE_19, 12.07.99/axe, kind K1: "Police", "Police
officers" and "Miss Harvey's mother" counted among PA's speakers and listed as dropped by every
paper, ``benchmarks/claims_tune19.md``). "called at the hearing for a ban", "called for a ban",
"reported that she was missing" and "reported seeing her" stay statements: the rule needs the
place after "at" (or "round") and no object, clause or "for" after "call", and after "report" a
state word with its subject (and a time or place) and no clause of its own.

"Ken ... was called as a defence witness" is a summons, not a statement either (29.03.00/stepmother's
sun of ``claims_tune20.md``, kind K5): a passive "called" with "as" (what he is called to be). So is
a call for help ("had arrived to find several fights going on and called for back-up", round 24's
TUNE_24 spray2 8, ``benchmarks/claims_tune24.md`` K3): "for" and a word for help alone (back-up,
an ambulance), no object or clause; "called for help for the victims" stays a demand.

* :func:`errand`: whether a verb of saying is one of these acts.
"""

from __future__ import annotations

__all__ = ["errand"]

#: the particles of a visit ("called at the flat", "called round to see her")
_VISIT = frozenset({"at", "round"})
#: the states a person or thing is reported in to the police ("reported her missing")
_STATES = frozenset({"missing", "dead", "stolen", "lost"})
#: what a state word may have when it is the small clause of "reported her missing (on Monday)"
_SMALL_CLAUSE = frozenset({"nsubj", "nsubjpass", "poss", "prep", "advmod", "npadvmod"})
#: what a call for help asks for ("called for back-up", "called for an ambulance"), no hyphens
_HELP = frozenset({"backup", "help", "assistance", "reinforcements", "ambulance", "paramedics"})
#: the dependants of "call" that make it speech: an object, a clause, a demand ("called for X")
_SPEECH = frozenset({"dobj", "ccomp", "xcomp", "oprd", "parataxis", "attr"})


def _time(prep) -> bool:
    """Whether "at" takes a time ("at noon", "at 10pm"), not a place."""
    return any(
        g.ent_type_ in ("TIME", "DATE") or g.lower_ in ("noon", "night", "midnight") for g in prep.children
    )


def _help(kids) -> bool:
    """Whether the dependants of "call" are "for" and a word for help alone, no object or clause."""
    fors = [c for c in kids if c.dep_ == "prep" and c.lower_ == "for"]
    if len(fors) != 1 or any(c.dep_ in _SPEECH for c in kids):
        return False
    words = "".join(t.lower_ for t in fors[0].subtree if t.dep_ != "det" and t != fors[0])
    return words.replace("-", "") in _HELP


def errand(verb) -> bool:
    """Whether ``verb`` (a spaCy token) is a visit ("called at the flat") or a report of a person
    missing ("reported her missing", "was reported missing by his family"), not a statement.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> def first(text):
        ...     return errand(next(t for t in nlp(text) if t.lemma_ in ("call", "report")))
        >>> [first(s) for s in ("Police called at the flat.", "Her mother reported her missing.")]
        [True, True]
        >>> [first(s) for s in ("She called for a ban.", "He reported that she was missing.")]
        [False, False]
        >>> [first(s) for s in ("He was called as a witness.", "He called it a disgrace.")]
        [True, False]
        >>> [first(s) for s in ("They called for back-up.", "He called for help for the victims.")]
        [True, False]
    """
    lemma, kids = verb.lemma_.lower(), list(verb.children)
    if lemma == "call" and any(c.dep_ == "auxpass" for c in kids) and any(c.lower_ == "as" for c in kids):
        return True  # "was called as a defence witness": a summons to give evidence
    if lemma == "call":
        visit = [c for c in kids if c.lower_ in _VISIT and c.dep_ in ("prep", "prt", "advmod", "oprd")]
        if _help(kids):
            return True  # "called for back-up": a summons of help
        if any(
            c.dep_ in _SPEECH and c not in visit or (c.dep_ == "prep" and c.lower_ == "for") for c in kids
        ):
            return False
        return any(c.lower_ == "round" or not _time(c) for c in visit)  # not "called at noon": a time
    if lemma != "report":
        return False
    return any(
        c.lower_ in _STATES
        and c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
        and all(g.dep_ in _SMALL_CLAUSE for g in c.children)
        for c in kids
    )
