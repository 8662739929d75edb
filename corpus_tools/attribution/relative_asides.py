"""A verb of saying inside a relative clause with its own subject: "Officers spotted Mr Hill, who
they said matched the description". "who" is the subject of what they said ("matched"), which
the parse hung on "said"; the speakers are "they", and Mr Hill, the relative's antecedent, says
nothing. Found in the morning star's paper of the METER courts story 28.09.99/inqshot (the claims
audit's fourteenth round, S kind 5: the dead man made a speaker through "who")."""

from __future__ import annotations

__all__ = ["aside_speaker"]

_RELATIVES = {"who", "which", "that"}


def aside_speaker(verb, head):
    """The subject after the relative pronoun ``head`` when ``verb`` has both ("who they said":
    "they"); ``head`` otherwise."""
    if head is None or head.lower_ not in _RELATIVES:
        return head
    others = [c for c in verb.children if c.dep_ == "nsubj" and head.i < c.i < verb.i]
    return others[-1] if others else head
