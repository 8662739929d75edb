"""A person named inside the clause that gives a noun of thought its content is no speaker there.

"Because of the 'plain conclusion' that Cromwell had not ordered the retreat, he lost the
contract. Describing the campaign against him, he said ...": Cromwell is the subject of "ordered"
only inside what the conclusion holds; the text says nothing he did or said. The pronoun
resolver prefers people who spoke (:func:`~corpus_tools.attribution.epithets.reporting_subject`),
and a verb of saying or ordering there made Cromwell one, so the "he said" of the next sentence
went to him and not to the man who spoke just before (15.03.00/irving of the METER courts,
irving4 5-10, ``benchmarks/claims_tune23.md`` K3: Irving's account given to the man his
conclusion was about).

The parse hangs such a clause on its noun as a relative clause (``relcl``, "that" its mark or even
its object) or ``acl``; it is read as the noun's content when the noun is one of
:data:`CONTENT_NOUNS` and "that" comes right after it (quote marks between allowed). A true
relative clause whose verb takes the noun itself ("the view that Mr Hale expressed") is left
alone: a verb of :data:`_HOLDING` with no object of its own.
"""

from __future__ import annotations

__all__ = ["CONTENT_NOUNS", "in_content_clause"]

#: nouns of thought or knowledge whose "that" clause gives what is thought, not what anyone said
CONTENT_NOUNS = frozenset(
    """conclusion belief view theory idea notion fact knowledge impression possibility assumption
    suspicion hypothesis proposition thesis realisation realization certainty likelihood premise""".split()
)
#: verbs that take such a noun as their object in a true relative clause ("the view that X expressed")
_HOLDING = frozenset(
    """express state voice deny reject accept dispute repeat share hold reach form advance put
    challenge question advocate support""".split()
)


def in_content_clause(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) heads the "that" clause of a noun of :data:`CONTENT_NOUNS`.

    >>> from corpus_tools.text.nlp import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Because of the conclusion that Cromwell had ordered the retreat, he lost.")
    >>> in_content_clause(doc[7])
    True
    >>> doc = nlp("He repeated the view that Mr Hale had expressed.")
    >>> in_content_clause(doc[8])
    False
    """
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CONTENT_NOUNS:
        return False
    after = [t for t in verb.doc[noun.i + 1 : verb.i] if not t.is_punct]
    if not after or after[0].lower_ != "that":
        return False
    own_object = any(c.dep_ in ("dobj", "ccomp") and c.lower_ != "that" for c in verb.children)
    return own_object or verb.lemma_.lower() not in _HOLDING
