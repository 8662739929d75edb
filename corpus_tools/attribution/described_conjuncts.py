"""A pair named as a name and a description with its own name: "Mr Dale and another rider, Simon
Pike, were both using track 4". The parser joins the description ("another rider") to the first
name and hangs the second name on the first as its apposition, so the subject names one person;
a later "Both men told the inquest ..." found no pair and was a third, anonymous speaker beside the
two (TUNE_21's 02.11.99/plane, kind K4, ``benchmarks/claims_tune21.md``).

* :func:`described_conjunct`: the second person's name token of such a subject, or None;
* :func:`described_pair`: the two names of such a subject, each with its title ("Mr Dale", "Simon
  Pike"), so that a one-word name is not read as the first name of a couple ("Dale and ... Simon
  Pike" as "Dale Pike").
"""

from __future__ import annotations

__all__ = ["described_conjunct", "described_pair"]


def described_conjunct(tok):
    """The name after "and <description>," of a subject's first name ``tok`` ("Mr Dale and another
    rider, Simon Pike, were ..."): a common noun joined to ``tok`` by "and", then a comma and a
    proper noun (a person's, or of no entity type) set in apposition to ``tok`` or to the noun,
    nothing else between; its token, or None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("On the day, Mr Dale and another rider, Simon Pike, were both using track 4.")
        >>> described_conjunct(doc[5]).text
        'Pike'
        >>> described_conjunct(load_model()("Mr Dale and his horse were both hurt.")[1]) is None
        True
    """
    noun = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i), None)
    if noun is None or tok.doc[noun.left_edge.i - 1].lower_ != "and":
        return None
    names = [c for c in (*tok.children, *noun.children) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    name = next((c for c in names if c.i > noun.i and c.ent_type_ in ("PERSON", "")), None)
    if name is None or tok.doc[noun.i + 1].text != ",":
        return None
    between = tok.doc[noun.i + 2 : name.i]
    return name if all(t.pos_ == "PROPN" and t.head == name for t in between) else None


def described_pair(tok):
    """``[first, second]``, the spans of the two names of a subject :func:`described_conjunct`
    reads ("Mr Dale", "Simon Pike": each name with the proper nouns compounded on it), or None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("On the day, Mr Dale and another rider, Simon Pike, were both using track 4.")
        >>> [s.text for s in described_pair(doc[5])]
        ['Mr Dale', 'Simon Pike']
    """
    name = described_conjunct(tok)
    if name is None:
        return None
    return [_with_compounds(tok), _with_compounds(name)]


def _with_compounds(tok):
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].pos_ == "PROPN" and tok.doc[lo - 1].head == tok:
        lo -= 1
    return tok.doc[lo : tok.i + 1]
