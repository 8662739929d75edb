"""The subject of a clause that "for" opens as a conjunction: "for X was appalled ... and told police".

"It was his undoing - for the tattooed Carver, himself a burglar, was appalled by what he had heard,
and told police": "for" means "because" here, but the parser reads it as a preposition with
"Carver" its object, so "was appalled ... and told police" has no subject of its own and the cue
"told" inherited "It", the main clause's, unresolved: Carver's statement was lost (round 24's
TUNE_24 08.12.99/body, body3sub 15 and body1smith 19, kind K5 of ``benchmarks/claims_tune24.md``;
with a comma for the dash the parse is right). The rule: a cue with no subject of its own, or the
verb it is joined to ("and told"), whose auxiliary ("was") comes right after a proper name (and its
apposition in commas) that is the object of a "for" set after a dash or a comma: that name.

* :func:`for_subject`: that name's token, or None.
"""

from __future__ import annotations

__all__ = ["for_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _for_name(verb):
    """The proper name a "for" after a dash or comma takes as its object, right before the
    auxiliary of ``verb``, else None."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux:
        return None
    doc, at = verb.doc, aux[0].i
    for t in verb.sent:
        if t.i >= at:
            break
        if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.head.lower_ != "for" or t.head.i == 0:
            continue
        k = t.right_edge.i + 1
        while k < at and doc[k].is_punct:
            k += 1
        if k == at and doc[t.head.i - 1].is_punct:
            return t
    return None


def for_subject(verb):
    """The proper name that is the real subject of ``verb`` (a cue with no subject, or the verb it
    is joined to by "and") in the shape of the module docstring, else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> nlp = load_model()
        >>> text = "It was his undoing - for the bearded Carver, himself a burglar, was appalled by what he"
        >>> doc = nlp(text + " had heard, and told police.")
        >>> for_subject(next(t for t in doc if t.text == "told")).text
        'Carver'
        >>> doc = nlp("He was jailed for the robbery, was fined and told the court he was sorry.")
        >>> for_subject(next(t for t in doc if t.text == "told")) is None
        True
    """
    v = verb
    for _ in range(3):  # "told" joined to "was appalled": the auxiliary is the first verb's
        if any(c.dep_ in _SUBJECTS for c in v.children):
            return None
        name = _for_name(v)
        if name is not None or v.dep_ != "conj" or v.head.i == v.i:
            return name
        v = v.head
    return None
