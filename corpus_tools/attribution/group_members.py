"""A group subject with a member named by apposition: "Both men, and a third defendant, Husseyin
Abdullah, 50, all deny charges of perverting the course of justice" is the two men's denial and
Abdullah's.

The parser joins the description ("a third defendant") to the group ("Both men") and hangs the
name on the description as its apposition; the subject then named no one but the group, and
Abdullah, a defendant who speaks nowhere else, was no speaker (22.11.99/menson of the METER
courts, menson1 30; rows mn5 and mn19 of round 26's held-out audit in ``benchmarks/claims.md``;
read from round 26's menson, left by round 27's spk58). The guardian's "Both men, and unemployed
Husseyin Abdullah, 50, deny" was read: the parser joins the name itself.

The shape: a plural common noun subject ("Both men", "The two women", "The defendants"), "and", a
singular common noun ("a third defendant", "another man"), a comma and a proper noun in apposition
to it (a person's, or of no entity type), with only words that modify the name between (an
adjective, a title, a given name: "unemployed Husseyin Abdullah"). Mr Dale's pair ("Mr Dale and
another rider, Simon Pike") is :mod:`~.described_conjuncts`'.

* :func:`group_member`: the named member's token, in a list, or [].
"""

from __future__ import annotations

__all__ = ["group_member"]


def group_member(head) -> list:
    """``[name]``, the token of the person named in apposition to a description joined by "and" to
    the plural group ``head`` (module docstring), or ``[]``.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Both men, and a third defendant, jobless Sam Reed, 50, all deny theft.")
        >>> [t.text for t in group_member(doc[1])]
        ['Reed']
    """
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return []
    doc = head.doc
    for noun in head.children:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i < head.i:
            continue
        if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].lower_ != "and":
            continue
        if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
            continue
        names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        name = next((c for c in names if c.ent_type_ in ("PERSON", "")), None)
        between = doc[noun.i + 2 : name.i] if name is not None else ()
        if name is not None and all(t.head == name and t.dep_ in ("amod", "compound") for t in between):
            return [name]
    return []
