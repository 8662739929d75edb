"""An unnamed group of bodies ("Australian trade unions said") is anonymous, not an institution.

"Australian trade unions said they would support the strikers", "Business groups said the tax
would cost jobs", "six human-rights groups said": a reader is told that some unions, some groups
spoke, not which; no body is identified, so no institution is on the record. The findings had
typed each an institution (its head noun is a body's), which the audits marked wrong in the wire
(tune33's T9, 12821+14818, ``benchmarks/claims_tune33.md``; tune32's W9, "Business groups",
``benchmarks/claims_tune32.md``), while round 19 had counted "six human-rights groups" an
institution. The ruling (round 34's brief, issue 22; branch spk72): an unnamed group of bodies is
**anonymous**; it is an institution only when a body is named.

The rule: a mention whose head is the plural of a body's noun ("unions", "groups", "companies",
"banks", "governments" ...), with no definite word that points back to bodies named before ("the
unions", "both companies", "their banks", "these groups") and no name of its own (a proper noun
other than a nationality or a place: "Australian", "U.S."), is anonymous. "Both companies said",
after the two companies were named, stays their institution.

* :func:`plural_body`: whether a mention (a spaCy Span) is such a group.
"""

from __future__ import annotations

__all__ = ["plural_body"]

#: bodies' nouns (lemmas) whose plural names a group of bodies
_HEADS = frozenset(
    "union group company firm bank agency organisation organization association council committee "
    "party institute ministry department government institution body federation coalition charity "
    "airline insurer brokerage exchange manufacturer producer refiner exporter importer utility "
    "corporation concern lobby".split()
)
#: words that point back to bodies already named: "the unions", "both companies"
_BACK = frozenset("the both these those its their his her our your my each".split())


def plural_body(mention) -> bool:
    """Whether ``mention`` (a spaCy Span) is an unnamed group of bodies (module docstring).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Australian trade unions said so. The unions said so.")
        >>> plural_body(doc[0:3]), plural_body(doc[5:7])
        (True, False)
    """
    root = mention.root
    if root.tag_ != "NNS" or root.lemma_.lower() not in _HEADS:  # the cheap test first
        return False
    for t in mention:
        if t.lower_ in _BACK:
            return False
        if t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") and t.i != root.i:
            return False  # "Shell companies", "EC governments": a body named
    return True
