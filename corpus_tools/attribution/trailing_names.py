"""The speaker named after the content: "He copied the files and passed them to a bouncer, Victor
Temple QC, prosecuting, told the jury." The parser makes the cue a second verb of the content's
clause, so the cue inherits the content's subject ("He", the defendant); the speaker is the name
set in commas right before the cue, with its role ("prosecuting") when it has one.

Seen in round 15's held-out audit (12.07.99/informant, PA's informant1 8 and the mail's 2,
``benchmarks/claims.md``, "Fifteenth round", S kind 2). Cheap trigger: a comma right before the
cue; :func:`~.label_cuts.name_before_cue` takes the same shape when the cue has no subject at all.
"""

from __future__ import annotations

__all__ = ["name_after_content"]

#: a barrister's role set in commas after the name ("Victor Temple QC, prosecuting, told the jury")
ROLES = frozenset({"prosecuting", "defending", "mitigating", "representing"})


def name_after_content(verb, head):
    """The last word of the person's name set in commas right before the cue ``verb`` (a spaCy
    Token), after a role in commas or none, when the subject the parse gives the cue (``head``)
    stands before that name: the speaker; None otherwise (the subject is the name, or no name).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("He passed them to a bouncer, Ian Grant, prosecuting, told the jury.")
        >>> name_after_content(doc[10], doc[0]).text
        'Grant'
    """
    doc = verb.doc
    i = verb.i - 1
    if head is None or i < 3 or doc[i].text != ",":
        return None
    if doc[i - 1].lower_ in ROLES:
        i -= 2
        if i < 1 or doc[i].text != ",":
            return None
    name = doc[i - 1]
    first = name
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
        first = doc[first.i - 1]
    if name.pos_ != "PROPN" or not any(t.ent_type_ == "PERSON" for t in doc[first.i : name.i + 1]):
        return None
    if first.i == 0 or doc[first.i - 1].text != "," or head.i >= first.i:
        return None  # set in commas after the content, whose subject stands before it
    if head.left_edge.i <= name.i <= head.right_edge.i:
        return None  # the subject's own apposition: "His lawyer, Anne Clark, said"
    return name
