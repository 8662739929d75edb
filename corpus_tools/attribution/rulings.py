"""A court's order read as a statement: "the judge ordered that Cole and Bradly should be kept
apart", "Mrs Justice Hale recommended that he serve at least eight years". A judge who orders or
recommends what must be done to someone, in a clause with "should", "must" or "shall" or a bare
subjunctive ("that he serve"), rules; nothing is said that a paper could quote or drop. Found on
the METER courts stories 18.02.00/bridge and 22.11.99/pregnant (the claims audit's eleventh
round, S kind 5). So is an order given to someone, with an object and what he is to do: "the
judge ordered him to leave", "ordered some sentences to run concurrently", "ordered Dodd out of
the witness box", "the judge told him to leave the witness box" (the METER courts stories of round
12's tuning, ``benchmarks/claims_tune12.md``, kind S5). "ruled that ..." (a finding) stays a statement
(:func:`~corpus_tools.attribution.reports.statement_verb`), and so does an order or a
recommendation of anyone but a judge or a court ("The union recommended that members should
reject the offer").

A verdict told as a court's acceptance, "wept as a court accepted she acted in self-defence",
"The jury accepted that he had been provoked", is no statement either: what a court, a jury or a
bench accepts is its finding on the evidence (the claims audit's twelfth round, S kind 4, in two
papers' opening sentences of the held-out 12.08.99/snooker). A named judge or anyone else who
accepts ("The judge accepted he was remorseful", "Smith accepted that he was wrong") is left a
statement."""

from __future__ import annotations

__all__ = ["court_order", "court_verdict"]

_ORDERING = {"order", "recommend", "direct", "decree", "instruct"}
_DIRECTIVE_AUX = {"should", "must", "shall"}
#: verbs of an order given to someone ("ordered him to leave", "told him to leave")
_COMMANDING = {"order", "direct", "instruct", "command", "tell"}
#: the particle or preposition of where he is ordered ("ordered Dodd out of the witness box")
_AWAY = {"out", "off", "from", "away", "back"}
_SINGULAR = {"he", "she", "it"}
#: words of a judge or a court in the subject ("the judge", "Mrs Justice Hale", "the Recorder")
_BENCH = {"judge", "justice", "recorder", "court", "magistrate", "magistrates", "bench", "sheriff", "coroner"}


def _directive(clause) -> bool:
    """A clause of what must be done: "should be kept apart", "that he serve" (a subjunctive)."""
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.lower_ in _DIRECTIVE_AUX for c in kids):
        return True
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" for c in kids):
        return bool(subjects)  # "that the jury be discharged"
    bare = clause.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in kids)
    # a present tense without "-s" after a singular subject: "that he serve", "that Cole pay"
    if bare and any(s.lower_ in _SINGULAR or s.tag_ in ("NN", "NNP") for s in subjects):
        return True
    # after an order in the past, a plural's present tense is a subjunctive too ("ordered that
    # those three charges lie on file": a told order would shift to "lay"; 04.10.99/lynx, lynx2 16,
    # round 14's held-out audit, S kind 1)
    return bare and bool(subjects) and clause.head.tag_ == "VBD" and clause.head.i != clause.i


def _command(verb) -> bool:
    """An order given to someone: an object and an infinitive with "to" of what he is to do, or
    where he is to go ("ordered him to leave", "ordered Dodd out of the box"); "told the jury that
    ..." (a clause) is no command."""
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" for c in kids):
        return False
    infinitives = [c for c in kids if c.dep_ == "xcomp"]
    todo = any(g.dep_ == "aux" and g.lower_ == "to" for c in infinitives for g in c.children)
    return todo or any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _AWAY for c in kids)


def court_order(verb, head) -> bool:
    """Whether ``verb`` (its speaker mention's head ``head``) is a judge's or a court's order or
    recommendation of what must be done, with its "that" clause, or an order given to someone
    (:func:`_command`): an act of the court."""
    lemma = verb.lemma_.lower()
    if head is None or lemma not in _ORDERING | _COMMANDING:
        return False
    bench = any(t.lower_ in _BENCH for t in head.subtree) or head.lower_ in _BENCH
    if bench and lemma in _COMMANDING and _command(verb):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bench and lemma in _ORDERING and any(_directive(c) for c in clauses)


#: bodies whose acceptance is a verdict; a judge, named or not, is left out ("the judge accepted")
_VERDICT_BODIES = {"court", "jury", "magistrates", "bench", "tribunal"}


def court_verdict(verb, head) -> bool:
    """Whether ``verb`` (its speaker mention's head ``head``) is a court's, a jury's or a bench's
    acceptance of a clause ("a court accepted she acted in self-defence"): a verdict, an act."""
    if head is None or verb.lemma_.lower() != "accept" or head.lemma_.lower() not in _VERDICT_BODIES:
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)
