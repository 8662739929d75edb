"""The agent of a passive verb of saying is its speaker, whatever stands before the verb.

The cue reader took the agent ("by X") for the speaker only when the passive had a subject of its
own ("Ms Lane was asked by moderator Tom Reyes"). Round 18's tuning stories
(``benchmarks/claims_tune18.md``, kind T6) hold the passive with a relative pronoun or no
subject of its own, where the speaker became the thing described or the subject of the clause
before: "the village shop, which was described by one policeman as a 'child magnet'" (the
policeman's words, not the shop's); "He had just finished school and was described by his head
teacher, Jim Scott, as 'an intelligent boy'" (Jim Scott's, not the boy's).

* :func:`described_by`: "Baxter was described by a senior detective as a 'cold' man", where the
  parser hangs "as" on the agent's noun, is a cue (it had no row: thomas1nl 6);
* :func:`passive_agent`: the agent's noun of a passive cue (an auxiliary of the passive and a
  "by" phrase after the verb), else None. "was quoted by X as saying" is the quoted man's, not
  the quoter's, and stays with the subject.
* :func:`quoted_object`: the active "X quoted Y as saying" is Y's, X the paper that quotes him:
  "El peruano quoted energy and mines minister Wilfredo Huayta as saying that Peru did not want to
  participate in speculative operations" had made the paper the speaker, the minister no one
  (round 39, branch tune39, Reuters-21578 17154 10, ``benchmarks/claims_tune39.md`` K6, s1 and s3);
* :func:`relative_agent`: whether a speaker is the agent of a passive cue in a relative clause on
  another noun ("The chef, who was described by his counsel, X, as ..., said ... He told the
  jury"): X speaks, but the sentence is about the chef, so a later "He" is the chef's (read on
  the merged main of round 18: 03.04.00/marco's telegraph, where the chef's "He told the jury"
  and three statements after it went to his counsel once tune18's rule gave counsel the
  description).
"""

from __future__ import annotations

__all__ = ["DESCRIBING", "agent_noun", "described_by", "passive_agent", "quoted_object", "relative_agent"]

#: verbs that give a description to their passive subject ("was described by X as")
DESCRIBING = frozenset({"describe", "brand", "dub", "label"})


def passive_agent(verb):
    """The noun of the "by" phrase of a passive cue ("was described by one policeman as"), or None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("The shop, which was described by one policeman as a magnet, shut.")
        >>> passive_agent(next(t for t in doc if t.text == "described")).text
        'policeman'
    """
    if verb.lemma_.lower() == "quote" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return agent_noun(verb)


def quoted_object(verb):
    """The object of an active "quote" with "as saying" after it ("X quoted Y as saying"), a name,
    or None.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("La Nacion quoted mining minister Luis Ortega as saying that it fell.")
        >>> quoted_object(doc[2]).text
        'Ortega'
    """
    if verb.lemma_.lower() != "quote" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    saying = any(c.lower_ == "as" and any(g.lower_ == "saying" for g in c.children) for c in verb.children)
    named = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN")
    return next(named, None) if saying else None


def agent_noun(verb):
    """The noun of the "by" phrase after ``verb`` (its ``agent``), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    return next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None


def described_by(verb) -> bool:
    """Whether ``verb`` is a passive of describing with an agent and the "as" of its description
    hung on the agent's noun ("was described by a senior detective as a 'cold' man").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Baxter was described by a senior detective as a cold man.")
        >>> described_by(next(t for t in doc if t.text == "described"))
        True
    """
    if verb.lemma_.lower() not in DESCRIBING:
        return False
    agent = passive_agent(verb)
    return agent is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in agent.children)


def relative_agent(mention) -> bool:
    """Whether ``mention`` (a spaCy Span) is the agent of a passive verb heading a relative clause
    ("who was described by his counsel as"): a speaker aside, not what the sentence is about.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("The cook, who was described by his lawyer, Ann Roe, as a fine man, said no.")
        >>> relative_agent(doc[7:12]), relative_agent(doc[0:2])
        (True, False)
    """
    root = mention.root
    by = root.head
    return root.dep_ == "pobj" and by.dep_ == "agent" and by.head.dep_ == "relcl"
