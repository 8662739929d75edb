"""Indicating to someone that a thing is so is telling them.

"She attended the first day of his trial and has indicated to other members of the force that she
will stick by him": she has let them know, a statement of hers; "indicate" was no verb of saying,
so the statement and its speaker were missed (21.06.00/sergeant of the METER courts,
sergeant1profile 21, the defendant's girlfriend: row sg23 of round 24's held-out audit in
``benchmarks/claims.md``). A thing that indicates ("The figures indicate that ...") names no one
it tells and is left alone.
"""

from __future__ import annotations

__all__ = ["indicated_to"]


def indicated_to(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) is "indicate" with a "to" phrase naming whom it tells and a
    clause of content ("has indicated to the court that ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "indicate":
        return False
    told = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(c.children) for c in verb.children)
    return told and any(c.dep_ == "ccomp" for c in verb.children)
