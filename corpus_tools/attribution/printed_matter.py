"""Printed matter no one signs is no speaker: "Leaflets were posted over the town calling for
protests outside his home" tells what was done to the man whose account it is part of, not a
statement a paper could keep or drop (15.03.00/irving of the METER courts, irving4 11,
``benchmarks/claims_tune23.md`` K3: "Leaflets" counted among PA's speakers and given the man's own
quotation that follows). A leaflet, poster or placard with its author named ("Greenpeace
leaflets", "the party's posters") still speaks for that author and stays a statement, as "the report said"
does (:mod:`~corpus_tools.attribution.things`).
"""

from __future__ import annotations

__all__ = ["PRINTED", "unsigned_print"]

#: printed or painted things put up or handed out, whose words are nobody's the text names
PRINTED = frozenset("leaflet flyer poster placard banner pamphlet handbill sticker graffiti slogan".split())


def unsigned_print(anchor) -> bool:
    """Whether the subject's head ``anchor`` is a common noun of :data:`PRINTED` with no author
    before it (a possessive, a name, a capitalised word compounded on it, or a capitalised
    adjective within its sentence).

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Posters called for a strike. Greenpeace leaflets called for a boycott.")
    >>> unsigned_print(doc[0]), unsigned_print(doc[7])
    (True, False)
    """
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in PRINTED:
        return False
    kids = list(anchor.children)
    named = [c for c in kids if c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)]
    capital = [
        c
        for c in kids
        if c.text[:1].isupper() and (c.dep_ == "compound" or c.dep_ == "amod" and not c.is_sent_start)
    ]
    return not named and not capital and not any(c.dep_ == "poss" for c in kids)
