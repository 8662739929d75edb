"""A police force's spokesman is one of its officers: "A spokesman for Kent Police said ...",
then "The officer said ..." is one speaker, the spokesman, not two. The description "the
officer" fits the spokesman of a force as "the spokesman" does. Found in a PA take of the METER
courts story 04.10.99/lynx (the claims audit's fourteenth round, S kind 7, "one speaker split").
A spokesman for anything else (a company, a council) is no officer."""

from __future__ import annotations

__all__ = ["force_heads"]

#: the words of a spokesman's office
_SPOKESMEN = {"spokesman", "spokeswoman", "spokesperson"}
#: the words that make the body a police force ("Kent Police", "the Metropolitan Police Service")
_FORCES = {"police", "constabulary"}


def force_heads(mention) -> set[str]:
    """``{"officer"}`` when ``mention`` (a spaCy Span) is a spokesman for a police force ("A
    spokesman for Kent Police", "a Kent Police spokeswoman"), else an empty set."""
    if mention.root.lemma_.lower() not in _SPOKESMEN:
        return set()
    scope = {t.lower_ for t in mention} | {
        t.lower_ for c in mention.root.children if c.dep_ in ("prep", "compound") for t in c.subtree
    }
    return {"officer"} if scope & _FORCES else set()
