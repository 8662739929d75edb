"""A pronoun after a new person's act: "Today the boy went into the witness box. He said ...".

The resolver (:func:`corpus_tools.attribution.speakers.resolve_speakers`) puts the people who have
spoken before those only named, so that "he said" after a paragraph about someone else is still the
last speaker. When the last thing the text tells before a "he" or "she" that opens its sentence is
an act of another person (the main-clause subject of a sentence that reports no statement, outside
every quotation and every statement's claim) whose gender the text gives and agrees, that person is
the nearer antecedent: the act brings the person on stage (14.12.99/boy of the claims audit, round
13, PA 23-24: "the boy" went into the witness box, then "He said ..." is the boy's, not the police
inspector's quoted before; ``benchmarks/claims.md``, "Thirteenth round, after the round's fixes",
cause 5).

* :func:`act_subject`: whether a token is the subject of such an act ("the boy went").
* :func:`acts`: the positions of the act subjects among the resolver's candidates.
* :func:`actor_first`: a pronoun's antecedents with that actor first.
"""

from __future__ import annotations

from corpus_tools.attribution import epithets

__all__ = ["act_subject", "actor_first", "acts", "described_actor"]

_GENDERS = {"he": "m", "she": "f"}


def act_subject(t) -> bool:
    """Whether a token is the subject of a main clause's verb of act ("the boy went", "Smith
    walked"): a nominal subject of the sentence's root verb."""
    return t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.pos_ == "VERB"


def described_actor(t) -> bool:
    """A definite person described by a gendered noun, the subject of an act ("The boy went into the
    witness box"): a candidate a later "he" may stand for."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    return t.pos_ == "NOUN" and definite and bool(epithets.head_gender(t)) and act_subject(t)


def acts(candidates: list, atts: list) -> set[int]:
    """The positions (cleaned offsets) of the candidates (``(offset, paragraph, span)``) that are
    the subject of an act: the root verb of their sentence is read as no statement (no cue of
    ``atts`` on it) and they stand inside no statement's claim."""
    cued = {(id(a.mention.doc), a.mention.root.head.i) for a in atts if a.mention is not None}
    claims = [a.content for a in atts]
    return {
        pos
        for pos, _, span in candidates
        if act_subject(span.root)
        and (id(span.doc), span.root.head.i) not in cued
        and not any(lo <= pos < hi for lo, hi in claims)
    }


def actor_first(att, pronoun: str, seen: list[tuple], near: list[dict], act_positions: set[int]) -> list:
    """``near`` (a pronoun's antecedents) with the actor first when the mention just before a "he"
    or "she" that opens its sentence is the subject of an act (``act_positions``), in the same or
    the paragraph before, no speaker, of the pronoun's gender (given by the text, not guessed).

    Args:
        att: the pronoun's attribution (``span``, ``para``, ``mention``).
        pronoun: the pronoun, lower case.
        seen: the resolver's ``(position, paragraph, entity, is a speaker)`` before ``att``.
        near: the antecedents, nearest speaker first.
        act_positions: :func:`acts`.
    """
    gender = _GENDERS.get(pronoun, "")
    mention = att.mention
    if gender not in ("m", "f") or mention is None or mention.start != mention.sent.start:
        return near
    before = [s for s in seen if s[0] < att.span[0]]
    if not before:
        return near
    pos, para, e, spoke = max(before, key=lambda s: s[0])
    if spoke or pos not in act_positions or att.para - para > 1 or e["gender"] != gender:
        return near
    return [e, *(x for x in near if x is not e)] if any(x is e for x in near) else near
