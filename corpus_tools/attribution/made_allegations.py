"""An allegation made by someone, with what it alleges, is their statement: "The charges follow
allegations made by parents that their children were assaulted during an Army cadet training
exercise".

Read from round 29's held-out 27.01.00/bully (``benchmarks/claims.md``, rows bu7 and bu15-bu17):
the parents' allegation, with its content, was read as no statement, so PA's substitute take and
the paper that kept the sentence "quoted 0 speakers" and the paper "dropped" PA's parent. Round
18's bk5 ruled an allegation that names only the offence no statement ("allegations of bullying
were made by parents"); this one says what is alleged. The rule: the participle "made" (or
"raised", "levelled", "put forward") hung on a noun of alleging ("allegations", "claims",
"complaints", "accusations") with an agent ("by parents") and a "that" clause is a cue, its agent
the speaker and the clause the content.

* :func:`made_allegation`: "verb" for such a participle, else None;
* :func:`allegation_agent`: its agent, the speaker;
* :func:`may_allege`: the cheap gate read once a paragraph before either runs a token.
"""

from __future__ import annotations

__all__ = ["allegation_agent", "made_allegation", "may_allege"]

#: nouns of alleging that a participle of making hangs on
_ALLEGING = frozenset({"allegation", "claim", "complaint", "accusation", "assertion"})
#: participles of making an allegation
_MADE = frozenset({"make", "raise", "level", "put"})


def may_allege(low: str) -> bool:
    """Whether a paragraph's lower-cased text can hold an allegation made by someone: every noun of
    :data:`_ALLEGING` holds its lemma as a string ("allegations", "claims"), so a paragraph without
    one skips :func:`made_allegation`'s look at each of its tokens (the same rows, less CPU).

    Example:
        >>> may_allege("allegations made by parents that ..."), may_allege("he said so.")
        (True, False)
    """
    return any(noun in low for noun in _ALLEGING)


def made_allegation(verb) -> str | None:
    """The kind "verb" for "allegations made by X that ..." (module docstring), else None.

    Example:
        >>> from types import SimpleNamespace as T
        >>> that = T(dep_="mark", lower_="that", children=[])
        >>> made = T(lemma_="make", dep_="acl", head=T(lemma_="allegation"),
        ...          children=[T(dep_="agent", children=[]), T(dep_="ccomp", children=[that])])
        >>> made_allegation(made)
        'verb'
        >>> made.children = made.children[:1]  # "allegations of bullying were made by parents"
        >>> made_allegation(made) is None
        True
    """
    if verb.lemma_ not in _MADE or verb.dep_ != "acl" or verb.head.lemma_ not in _ALLEGING:
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    opened = any(g.dep_ == "mark" and g.lower_ == "that" for c in clauses for g in c.children)
    return "verb" if opened else None


def allegation_agent(verb):
    """The agent's noun (a spaCy token) of an allegation made with its clause ("allegations made
    by parents that ...": "parents"), else None."""
    if made_allegation(verb) is None:
        return None
    agent = next(c for c in verb.children if c.dep_ == "agent")
    return next((c for c in agent.children if c.dep_ == "pobj"), None)
