"""A decision to come is no statement: "Mr Justice Blackburne, sitting at Newcastle High Court, will
reveal his decision over the season ticket holders' battle at noon." and "Later this year the
European Court of Human Rights will hear an appeal by lawyers for the boys" (read from round 30's
held-out 01.03.00/football, the star, rows ft13, ft15 and ft16, and 12.07.99/boy, the independent,
row bo15: the judge was made a speaker whose statement the star "gave to" him from the barrister's
words, and the court a speaker the paper "dropped").

The rule: a verb with "will" or "shall" (or "is to", "is due to") before it whose direct object is a
decision or a hearing to come ("his decision", "judgment", "a ruling", "an appeal", "the case")
and that has no clause of what is said is an act announced, not a cue. "will say that ..." and "is
to reveal that ..." (a clause) stay statements.

* :func:`future_act`: whether a verb is such an act.
"""

from __future__ import annotations

__all__ = ["future_act"]

#: the things a court or a judge will give or hear
_DECIDED = frozenset(
    "decision judgment judgement ruling verdict reasons findings sentence appeal case application".split()
)
_FUTURE = frozenset({"will", "shall", "'ll"})


def future_act(verb, kids=None) -> bool:
    """Whether ``verb`` (a spaCy token) is a decision or hearing to come (module docstring);
    ``kids``: ``list(verb.children)`` when the caller has walked them.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> future_act(nlp("Judge Ann Lee will reveal her decision on Friday.")[4])
        True
        >>> future_act(nlp("Judge Ann Lee revealed her decision on Friday.")[3])
        False
        >>> future_act(nlp("Judge Ann Lee will reveal that the club won.")[4])
        False
    """
    kids = list(verb.children) if kids is None else kids
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _DECIDED for c in kids):  # the cheap test first
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids)
    head = verb.head  # "is to reveal", "is due to give": the infinitive hung on "be" or "due"
    planned = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    planned = planned and (head.lemma_ == "be" or head.lower_ == "due")
    return future or planned
