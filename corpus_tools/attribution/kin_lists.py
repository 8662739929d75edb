"""Two relatives listed as one subject: "Lena's father and sister Carla, 37, left the inquest,
insisting ..." is the father and the sister, two speakers, each the relative its kin phrase
names; the findings had read the whole list as a third speaker beside the two (round 20's zav,
the mail; ``benchmarks/claims.md``, "Twentieth round", zv63).

:func:`kin_list`: for a subject whose head is a kin noun ("father") joined by "and" to another
kin phrase ("sister Carla", "mother"), the first relative's own mention and the others'.
"""

from __future__ import annotations

from corpus_tools.attribution.kin_genders import _KIN

__all__ = ["kin_list"]


def _kin_phrase(tok) -> bool:
    """A kin noun ("mother") or a name with a kin noun before it ("sister Carla")."""
    if tok.pos_ == "NOUN":
        return tok.lower_ in _KIN
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _KIN for c in tok.children)


def kin_list(mention, head) -> tuple:
    """``(mention, others)``: the first relative's mention (a spaCy Span cut before "and") and the
    other relatives' mentions, when ``head`` is a kin noun with a possessor joined to other kin
    phrases; ``(mention, [])`` otherwise.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Lena's father and sister Carla, 37, left the court.")
        >>> own, others = kin_list(doc[0:11], doc[2])
        >>> own.text, [o.text for o in others]
        ("Lena's father", ['sister Carla, 37'])
    """
    if head.pos_ != "NOUN" or head.lower_ not in _KIN or not any(c.dep_ == "poss" for c in head.children):
        return mention, []
    conj = [c for c in head.children if c.dep_ == "conj" and _kin_phrase(c)]
    if not conj or not mention.start <= head.i < conj[0].left_edge.i <= mention.end:
        return mention, []
    doc = head.doc
    others = []
    for c in conj:
        end = c.right_edge.i + 1
        while end > c.left_edge.i + 1 and doc[end - 1].is_punct:
            end -= 1
        others.append(doc[c.left_edge.i : end])
    end = conj[0].left_edge.i
    while end > head.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
        end -= 1
    return doc[mention.start : end], others
