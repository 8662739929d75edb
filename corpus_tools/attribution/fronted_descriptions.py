"""A description opening its sentence with its agent: "Described by colleagues as 'tireless', Reed ...".

A participle clause of describing with no subject and no auxiliary, set before the main clause
("Described by detectives as 'proud and cold', Reed liked to boast"), is the agent's statement
about the subject of the main clause: the colleagues (or detectives) described him so. The cue
reader set every bare participle aside ("when asked"), and the passive rule
(:mod:`~.passive_agents`) needs an auxiliary, so the statement had no speaker (the claims audit's
twenty-third round, 03.04.00/breeder's mail 19, cause 6). The rule needs a verb of describing
(describe, brand, dub, label) as a past participle opening its sentence, with a "by" agent.

* :func:`fronted_agent`: the agent's noun (a spaCy token), else None.
* :func:`fronted_content`: the description's token range, else None.
* :func:`reduced_description`: "A roofer described as 'cruel' was jailed": no statement.
"""

from __future__ import annotations

from corpus_tools.attribution.passive_agents import DESCRIBING, agent_noun

__all__ = ["fronted_agent", "fronted_content", "reduced_description"]


def fronted_agent(verb):
    """The noun of the "by" phrase of a describing participle that opens its sentence, or None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Described by colleagues as 'tireless', Reed liked to boast.")
        >>> fronted_agent(doc[0]).text
        'colleagues'
    """
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in DESCRIBING or verb.dep_ != "advcl":
        return None
    opening = verb.sent.start == verb.i or all(t.is_punct for t in verb.doc[verb.sent.start : verb.i])
    if not opening or verb.head.i < verb.i or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return agent_noun(verb)


def fronted_content(verb) -> tuple[int, int] | None:
    """The token range of the description ("'tireless'" of "as 'tireless'") of a describing
    participle :func:`fronted_agent` reads, else None (the main clause after it is not said)."""
    agent = fronted_agent(verb)
    if agent is None:
        return None
    as_ = [c for c in (*agent.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "as"]
    return (as_[0].i + 1, as_[0].right_edge.i + 1) if as_ and as_[0].right_edge.i > as_[0].i else None


def reduced_description(verb) -> bool:
    """Whether a verb of describing heads a reduced relative the parser read as a main clause: "A
    former roofer described as 'cruel beyond words' was jailed for life" (the roofer is described,
    by no one the sentence names, and "was jailed" is the sentence's verb, parsed as a clause of
    "described" with no subject of its own). The man described is no speaker (the claims audit's
    twenty-third round, 03.04.00/breeder's independent 0, cause 6).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> text = "A FORMER kitchen salesman described as 'cruel and cold beyond belief' was jailed."
        >>> reduced_description(next(t for t in load_model()(text) if t.text == "described"))
        True
    """
    if verb.lemma_.lower() not in DESCRIBING or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    kids = list(verb.children)
    subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in kids)
    described = any(c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1 for c in kids)
    rest = [
        c
        for c in kids
        if c.dep_ in ("ccomp", "conj")
        and c.i > verb.i
        and any(g.dep_ == "auxpass" or (g.dep_ == "aux" and g.lemma_ == "be") for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    return subject and described and bool(rest)
