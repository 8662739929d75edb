"""A "said by X to be" clause is X's statement, not its subject's.

The raised passive of a verb of saying hangs on a noun with no auxiliary of its own: "nude pictures
of model Jo Lee, said by the magazine to be the real-life incarnation of the heroine", "A FARMER said
by the charity to be one of the cruellest men it had met was jailed". The parser makes "said" a
main verb, an adverbial clause or a clause on the noun, and reads "by" as a preposition or an
agent; the speaker became the subject before it (the heroine, the farmer) or there was none, and
the magazine's or charity's claim was lost. Read from TUNE_26's 14.07.99/lara (lara 7, "said by
Playboy to be"; the telegraph's "a model said by the magazine to be"; the guardian's "claimed by
Playboy to be") and 02.11.99/cruelty (the mail's "A FARMER said by the RSPCA to be"),
``benchmarks/claims_tune26.md``, kind K2.

* :func:`raised_agent`: the noun after "by" of such a participle ("said by X to", "claimed by X
  to"), else None. A passive with its own auxiliary ("was said by X to") is
  :mod:`~.passive_agents`'s.
"""

from __future__ import annotations

__all__ = ["RAISING", "raised_agent"]

#: participles of saying that take "by X to be" ("said by", "claimed by", "alleged by")
RAISING = frozenset({"said", "claimed", "alleged", "reported", "described", "thought", "believed"})


def raised_agent(verb):
    """The "by" noun of a participle of saying right before "by X ... to" with no auxiliary of its
    own ("pictures of Jo Lee, said by the magazine to be the heroine": "magazine"), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("A BUILDER said by the council to be the worst landlord was fined.")
        >>> raised_agent(doc[2]).text
        'council'
        >>> raised_agent(load_model()("The builder said the council was to blame.")[2]) is None
        True
    """
    doc, i = verb.doc, verb.i
    if verb.lower_ not in RAISING or i + 2 >= len(doc) or doc[i + 1].lower_ != "by":
        return None  # the cheap test first: the participle right before "by"
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    by = doc[i + 1]
    noun = next((c for c in by.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    after = noun.right_edge.i + 1
    to = doc[after] if after < len(doc) else None
    return noun if to is not None and to.lower_ == "to" and to.head.head.i == i else None
