"""A counsel's submission, and the clause submitted: "Mr Clegg has submitted that the trial judge,
Mr Justice Potts, erred in law ... on the ground ``that the continued prosecution ... amounted to
an abuse ...''".

Read from round 29's held-out 26.01.00/war (``benchmarks/claims.md``, rows wr5 and wr15): the
quotation inside the submitted clause made its verb a cue (:func:`~.cues.quote_verb`: "any verb
with a subject whose clausal complement is a quotation"), so the judge the submission is about
became a speaker, "erred" his verb of saying and the ground his words, and counsel's submission
was lost. A person named as the subject of what another submits, claims or says says nothing by
that: the verb of a clause that a verb of saying or of submission governs is no cue of its own
subject. "Submit" with a "that" clause and a subject is a statement of that subject (counsel's
"submitted that"; "submitted a report" is no statement).

* :func:`submission`: "verb" for "X submitted that ...", else None;
* :func:`submitted_clause`: whether a verb is the clause that a statement verb governs;
* :func:`may_submit`: the cheap gate read once a paragraph before :func:`submission` runs a token.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["may_submit", "submission", "submitted_clause"]

#: verbs whose "that" clause is what their subject submits or says
_GOVERNORS = lexicon.REPORTING_VERBS | {"submit"}


def may_submit(low: str) -> bool:
    """Whether a paragraph's lower-cased text can hold a submission: every form of "submit"
    ("submitted", "submits") holds the string, so a paragraph without it skips :func:`submission`'s
    look at each of its tokens (the same rows, less CPU).

    Example:
        >>> may_submit("mr clegg has submitted that the judge erred."), may_submit("he said so.")
        (True, False)
    """
    return "submit" in low


def _that_clause(verb) -> bool:
    """Whether a verb has a clausal complement opened by "that" ("submitted that ...")."""
    return any(c.dep_ == "ccomp" and _opened_by_that(c) for c in verb.children)


def _opened_by_that(clause) -> bool:
    """Whether a clause is opened by "that" ("that the judge erred")."""
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)


def submission(verb) -> str | None:
    """The kind "verb" for a submission with its subject and its "that" clause ("Mr Clegg has submitted that
    the judge erred"), else None.

    Example:
        >>> from types import SimpleNamespace as T
        >>> that = T(dep_="mark", lower_="that", children=[])
        >>> erred = T(dep_="ccomp", children=[that])
        >>> submission(T(lemma_="submit", children=[T(dep_="nsubj", children=[]), erred]))
        'verb'
        >>> submission(T(lemma_="submit", children=[T(dep_="nsubj", children=[])])) is None
        True
    """
    if verb.lemma_ != "submit" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return "verb" if _that_clause(verb) else None


def submitted_clause(verb) -> bool:
    """Whether ``verb`` is the "that" clause of a verb of saying or submission with a subject of
    its own ("Mr Clegg has submitted that the trial judge erred ..."): its own subject is what is
    said, not a speaker, whatever quotation it carries.

    Example:
        >>> from types import SimpleNamespace as T
        >>> said = T(lemma_="submit", children=[T(dep_="nsubj")])
        >>> submitted_clause(T(dep_="ccomp", head=said, children=[T(dep_="mark", lower_="that")]))
        True
        >>> submitted_clause(T(dep_="ROOT", head=said, children=[]))
        False
    """
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in _GOVERNORS:
        return False
    if not _opened_by_that(verb):
        return False
    return any(c.dep_ == "nsubj" for c in verb.head.children)
