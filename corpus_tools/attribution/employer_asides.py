"""A person named with the employer of her apposition: the person speaks, never the employer.

Three shapes of round 18's tuning stories (``benchmarks/claims_tune18.md``, kind T3: every paper
of 03.04.00/gm that names the witness with her company) where the speaker of a cue became the
company, its description or a noun inside the apposition:

* a second description of the employer between the apposition and the verb, which the parser
  takes for a second subject nearer the verb: "Sarah Pell, sales manager for Fenwick UK, the
  company carrying out the tests, said" is Sarah Pell's (:func:`named_over_description`);
* an aside between dashes inside the apposition: "Sarah Pell, the manager for Fenwick Seeds - a
  seed company based in Hull - told the court" is hers; the dash rule's "the word before the
  dash" holds only when the parse has no subject of its own before it (:func:`aside_in_subject`);
* "who" after the apposition, which the parser hangs on the last noun: "Sarah Pell, the Fenwick
  manager responsible for the farm, who admitted" is hers, never the farm's
  (:func:`person_of_apposition`).

Each is a walk over a few tokens of the parse the cue already has: no pass of its own.
"""

from __future__ import annotations

__all__ = ["aside_in_subject", "named_over_description", "person_of_apposition"]

_DETERMINERS = frozenset({"the", "a", "an"})
#: dependencies that lead from a word of an apposition's phrase up to the apposition's noun
_INSIDE = frozenset({"pobj", "prep", "amod", "acl", "compound", "relcl", "dobj", "advmod", "npadvmod"})


def _person(tok) -> bool:
    return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN"


def named_over_description(subjects: list, verb):
    """Of two subjects the parse gives ``verb``, the named person before a description set off by
    a comma that stands nearer the verb ("Sarah Pell, manager for Fenwick UK, the company carrying
    out the tests, said": Pell), else None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "Sarah Pell, manager for Fenwick UK, the company carrying out the tests, said so."
        >>> doc = load_model()(text)
        >>> said = next(t for t in doc if t.text == "said")
        >>> named_over_description([c for c in said.children if c.dep_ == "nsubj"], said).text
        'Pell'
    """
    if len(subjects) < 2:
        return None
    near = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=None)
    if near is None or near.pos_ != "NOUN" or near.ent_type_:
        return None
    first = min(near.subtree, key=lambda t: t.i)
    if first.lower_ not in _DETERMINERS or first.i < 1 or near.doc[first.i - 1].text != ",":
        return None
    names = [c for c in subjects if c.i < first.i and _person(c)]
    return names[-1] if names else None


def aside_in_subject(verb, head) -> bool:
    """Whether ``head``, the word before an aside between dashes, stands inside the subject the
    parse already gives ``verb`` ("Sarah Pell, the manager for Fenwick Seeds - a seed company -
    told the court": "Seeds" is a word of Pell's apposition): then the parse's subject speaks."""
    return any(c.dep_ == "nsubj" and c.i < head.i and head in c.subtree for c in verb.children)


def person_of_apposition(noun):
    """The named person whose apposition holds ``noun``, the noun a "who" clause hangs on ("Sarah
    Pell, the Fenwick manager responsible for the farm, who admitted": Pell), else None. Only a
    noun inside a phrase of the apposition (a place, a thing, a firm), never the apposition's
    own noun ("Ms Pell, the manager, who said" is read as before).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "The court heard from Sarah Pell, the manager responsible for the farm, who said so."
        >>> doc = load_model()(text)
        >>> person_of_apposition(next(t for t in doc if t.text == "farm")).text
        'Pell'
    """
    if noun is None or _person(noun) or noun.dep_ not in _INSIDE:
        return None
    tok = noun
    for _ in range(8):
        if tok.dep_ == "appos":
            return tok.head if _person(tok.head) and tok is not noun else None
        if tok.dep_ not in _INSIDE or tok.head is tok:
            return None
        tok = tok.head
    return None
