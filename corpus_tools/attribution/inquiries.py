"""A noun of saying that an inquiry takes for its object is no statement of the one inquiring.

"Judge Roe has been examining claims of fraud stretching across a decade": the claims are what the
judge looks into, not anything he says; the noun cue ("claims of ...") was given to the verb's
subject, so an inquiry was counted a statement (28.09.99/pinochet of the METER courts, pinochet1nl
8: a judge "has been probing accusations of" crimes, row pt17 of round 24's held-out audit in
``benchmarks/claims.md``). A possessor or a name before the noun still owns it ("examining Smith's
claims that ..." is Smith's statement, read as before). The questions an inquiry raises are no one's
statement either ("The inquiry raised questions about a lack of checks": 21.06.00/sergeant,
sergeant1concern 22, row sg15 of the same audit), where a person's or a body's are ("The MP raised
questions about ...").
"""

from __future__ import annotations

__all__ = ["INQUIRY_NOUNS", "INQUIRY_VERBS", "inquired_into"]

#: verbs of looking into something (lemmas): their object is inquired into, not said
INQUIRY_VERBS = frozenset("probe investigate examine study review check scrutinise scrutinize".split())
#: nouns of an inquiry (lemmas): what it raises ("raised questions about") it says to no one
INQUIRY_NOUNS = frozenset("investigation inquiry enquiry probe review case affair".split())
#: what an inquiry raises
_RAISED = frozenset("question concern doubt".split())


def inquired_into(noun) -> bool:
    """Whether the noun of saying ``noun`` (a spaCy Token) is the object of a verb of
    :data:`INQUIRY_VERBS` ("probing accusations of", "looking into claims that") with no owner of
    its own (no possessor, no name or side before it); or questions an inquiry of
    :data:`INQUIRY_NOUNS` raises."""
    if any(c.dep_ in ("poss", "compound") for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() == "raise" and noun.lemma_.lower() in _RAISED:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in INQUIRY_NOUNS for c in head.children)
    if noun.dep_ == "pobj" and head.lower_ == "into":  # "looking into claims that ..."
        return head.head.lemma_.lower() in ("look", "inquire", "enquire", "delve")
    return noun.dep_ == "dobj" and head.lemma_.lower() in INQUIRY_VERBS
