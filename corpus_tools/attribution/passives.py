"""The party of a passive, an act or a request that is no speaker (the claims audit, round 13).

:mod:`~corpus_tools.attribution.reports` decides most subjects that do not speak; this module reads
the shapes it leaves to the subject (all seen in the held-out audit of round 13, 12.08.99/racism
and 14.12.99/boy of the METER courts, ``benchmarks/claims.md``, S kind 2):

* :func:`passive_party`: a reduced passive with its agent ("A boy of 14 described as 'a
  crimewave' by a council official"): the agent speaks, not the noun described;
* :func:`no_statement`, why a cue reports no statement of its subject:

  - ``passive``: a relative subject of a passive with no agent ("the boy, who has been charged 55
    times"); the hearer of a passive with no agent ("Mrs Ross was asked to leave the shop"); a
    belief in the passive ("thought to be 9,000", a participle with its infinitive and no
    subject); the one named by a verb of naming read as the main verb ("A boy called a 'menace'
    after ... has been made the subject of an order": the sentence's verb comes later, with its
    own auxiliary and no subject or "and");
  - ``act``: to agree a thing ("agreed a settlement", "agreed on terms"), no clause, no quotation;
    a report or an announcement negated, with no clause ("has not announced its support"); a
    strike call (:func:`~.declared_acts.strike_call`: "Unions called out the 80,000 workers");
  - ``request``: to ask for a thing ("had asked for a suspension"): a request to a court (not
    negated: "is not asking for the money back" states a stance, 29.03.00/collins' sun); asked by
    someone to do a thing ("I have been asked by my lawyers not to discuss it");
  - ``term``: an instruction as a term of a condition or time, in the present ("leaving shops when
    the owners tell him to do so", boy's telegraph 2, round 14): who would give it says nothing;
  - ``misparse``: the subject of a pseudo-cleft ("All you have to do is ask him nicely"): the verb
    after "is" is what one must do, "All" no speaker.
  - ``question``: a cue inside a question the report asks in its own words ("Why sue that paper
    rather than others which had written of him?"): :mod:`~.asked_questions`.
  - ``evidence``: a telling in the clause of a witness's evidence ("X gave evidence that the pair
    told him"): :mod:`~.evidence_clauses`.
  - ``thought``: a verb in the "that" clause of a noun of thought ("the conclusion that Cromwell had
    ordered"): :mod:`~.content_clauses`.
"""

from __future__ import annotations

from corpus_tools.attribution.asked_questions import asked_question
from corpus_tools.attribution.content_clauses import in_content_clause
from corpus_tools.attribution.declared_acts import strike_call
from corpus_tools.attribution.evidence_clauses import told_in_evidence
from corpus_tools.attribution.named_requests import named_request
from corpus_tools.attribution.noted_participles import noted_participle
from corpus_tools.attribution.reduced_passives import reduced_passive

__all__ = ["no_statement", "passive_party"]

_RELATIVES = {"who", "which", "that"}
#: passives whose subject is who is spoken to ("was asked", "was told"), not who speaks; one who
#: "had been promised a flat" or "was assured" receives the promise (round 17's care, kind 1c)
_HEARERS = {
    "ask",
    "tell",
    "warn",
    "advise",
    "urge",
    "inform",
    "question",
    "instruct",
    "order",
    "promise",
    "assure",
}
#: passives whose subject receives a promise: no speaker, even as the second of two verbs
_PROMISED = frozenset({"promise", "assure"})
#: beliefs in the passive ("thought to be", "believed to have")
_BELIEFS = {"think", "believe", "understand", "estimate", "expect", "reckon"}
#: verbs that give a name or a description to their object ("called a menace", "described as")
_NAMING = {"call", "describe", "dub", "brand", "label", "name"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _agent(verb):
    """The agent's noun of a passive ("by a council official": "official"), or None."""
    return next((x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"), None)


def _by_phrase(verb):
    """The noun of a "by" phrase inside a participle's own words, after it ("described as 'a riot' by a
    council officer", where the parser hangs "by" on "riot"), or None."""
    for t in verb.subtree:
        if t.i > verb.i and t.lower_ == "by" and t.dep_ in ("agent", "prep"):
            noun = next((x for x in t.children if x.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
                return noun
    return None


def passive_party(verb, head):
    """The speaker of a participle of naming with its agent and no auxiliary of its own, that gives
    a name or description ("as" or quotation marks: "A boy described as 'a crimewave' by a council
    official"): the agent, not the noun it describes; else ``head`` unchanged ("National Guard
    members, called to service by the governor": a summons, no name given)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING:
        return head
    named = any(c.lower_ == "as" for c in verb.children) or any(t.is_quote for t in verb.subtree)
    agent = (_agent(verb) or _by_phrase(verb)) if named else None  # "by" may hang on the description
    if agent is None:
        return head
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return head  # "was described by X": cues.cue_subject already gives the agent
    if head is not None and agent.left_edge.i <= head.i <= agent.right_edge.i:
        return head
    return agent


def _passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _shared_subject(verb, head) -> bool:
    """Whether a passive with no subject of its own is the second of two verbs whose subject is
    ``head`` ("She had lived there since 1990 and had been promised a flat")."""
    own = any(c.dep_ in _SUBJECTS for c in verb.children)
    return not own and verb.dep_ == "conj" and head.head.i == verb.head.i


def _infinitive(verb) -> bool:
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _misread_naming(verb) -> bool:
    """A verb of naming read as the main verb of its noun ("A boy called a 'menace' after being
    convicted has been made ..."): a later verb joined to it with no "and", with its own auxiliary
    and no subject, is the sentence's verb."""
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i:
            continue
        own = {x.dep_ for x in c.children}
        joined = any(x.dep_ == "cc" and verb.i < x.i < c.i for x in verb.children)
        if own & {"aux", "auxpass"} and not own & set(_SUBJECTS) and not joined:
            return True
    return False


def _noun_object(child) -> bool:
    """A noun object, or a noun the parser hung on a preposition ("agreed an out of court settlement":
    "out" a preposition)."""
    if child.dep_ == "dobj":
        return child.pos_ == "NOUN"
    return child.dep_ == "prep" and any(t.pos_ == "NOUN" and t.dep_ == "pobj" for t in child.subtree)


def _pseudo_cleft(verb, head) -> bool:
    """The subject of a pseudo-cleft ("All you have to do is ask him"): "is" with a clause of doing."""
    if verb.head.lemma_.lower() != "be" or verb.dep_ not in ("xcomp", "ccomp", "attr"):
        return False
    if head.head.i != verb.head.i or head.lower_ not in ("all", "what"):
        return False
    return any(c.dep_ == "relcl" and any(t.lemma_.lower() == "do" for t in c.subtree) for c in head.children)


#: acts told negated, with no clause: nothing is said ("who have not reported the attacks"); "has
#: not announced its support" (round 35, branch audit35, Reuters-21578 4026 16, row tr4 of
#: ``benchmarks/claims.md``: "The administration" counted an institution for it); not "confirm":
#: "the ministry could not confirm this" is the ministry's answer (sweep35's 11387+12415)
_UNREPORTED = {"report", "complain", "announce", "disclose", "reveal"}


def no_statement(verb, kind: str, head) -> str | None:
    """Why the cue ``verb`` (of ``kind``, its speaker's head ``head``) reports no statement of that
    speaker (``passive``, ``act``, ``request``, ``misparse``; see the module's docstring), or None."""
    if head is None or kind not in ("verb", "call"):
        return None
    lemma = verb.lemma_.lower()
    agent = _agent(verb)
    if lemma == "quote" or (agent is not None and head.i != agent.i):
        return None
    infinitive = any(c.dep_ == "xcomp" for c in verb.children)
    if lemma == "ask" and agent is not None and _passive(verb) and infinitive and not named_request(agent):
        return "request"  # "I've been asked by my lawyers not to discuss it" (TUNE_22's hamilton sun 34)
    hearer = head.lower_ in _RELATIVES or lemma in _HEARERS
    hearer = hearer and head.dep_ == "nsubjpass" and head.head.i == verb.i and agent is None
    hearer = hearer or noted_participle(verb, head)  # "the outlook noted in its last decision had"
    if hearer or reduced_passive(verb, _HEARERS):  # "a group of 12 passengers ordered off the ferry"
        return "passive"  # "who has been charged 55 times", "Mrs Ross was asked to leave"
    if lemma in _PROMISED and agent is None and _passive(verb) and _shared_subject(verb, head):
        return "passive"  # "She had lived there and had been promised a home": who was promised
    if lemma in _BELIEFS and agent is None and _infinitive(verb):
        own = any(c.dep_ in _SUBJECTS for c in verb.children)
        if (verb.tag_ in ("VBN", "VBD") and not own) or _passive(verb):
            return "passive"  # "thought to be 9,000", "are believed to have agreed"
    if lemma in _NAMING and agent is None and _misread_naming(verb):
        return "passive"
    kids = list(verb.children)
    clause = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids)
    if lemma == "agree" and not clause and any(_noun_object(c) for c in kids):
        return "act"  # "agreed a settlement", "agreed an out of court settlement"
    fors = [c for c in kids if c.dep_ == "prep" and c.lower_ == "for"]
    negated = any(c.dep_ == "neg" for c in kids)  # "is not asking for the cash back": a stance stated
    if lemma == "ask" and fors and not clause and not negated and not any(c.dep_ == "dobj" for c in kids):
        things = [g for c in fors for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        if things and not any(g.dep_ in ("acl", "relcl") for t in things for g in t.children):
            return "request"  # "had asked for a suspension"
    said = any(c.dep_ in ("ccomp", "parataxis") for c in kids)  # not "to come forward", misparsed
    if (lemma in _UNREPORTED and negated and not said) or strike_call(verb):
        return "act"  # "women who have not reported the attacks" (04.10.99/lynx, round 14 kind 7);
        # "Unions called out the 80,000 workers to press for a shorter week"
    if lemma in _HEARERS and _term(verb, kids) and not said:
        return "term"  # "when the owners tell him to do so"
    if told_in_evidence(verb):
        return "evidence"  # "X gave evidence that the pair told him": told in X's evidence (TUNE_23)
    # "the conclusion that Cromwell had ordered": what a thought holds (irving4 5), no statement
    thought = "thought" if in_content_clause(verb) else None
    return "misparse" if _pseudo_cleft(verb, head) else ("question" if asked_question(verb) else thought)


#: the conjunctions of a clause of condition or time that makes an instruction a term
_TERMS = {"when", "whenever", "if", "unless", "until"}


def _term(verb, kids: list) -> bool:
    """Whether a verb of instruction in the present, with an object and an infinitive, opens a
    clause of condition or time ("when the owners tell him to do so")."""
    marked = verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TERMS for c in kids)
    told = any(c.dep_ == "dobj" for c in kids) and any(c.dep_ == "xcomp" for c in kids)
    return marked and told and verb.tag_ in ("VBP", "VBZ", "VB")
