"""The person a pronoun that opens its sentence goes on about: the named subject of the sentence just
before it in the same paragraph.

Pronoun resolution (:func:`corpus_tools.attribution.speakers.resolve_speakers`) prefers the people
who have spoken to those only named, so that "he said" after a paragraph about someone else is
still the speaker. Inside one paragraph the subject goes on: in "Judge Ann Cole also banned him
from running a company. He told him ..." the judge tells, not the saver quoted in the paragraph
before (express 13-15 of the claims audit's ostrich story, round 9). This module finds that
subject; the resolver puts it first among the pronoun's antecedents.
"""

from __future__ import annotations

from corpus_tools.attribution import epithets

__all__ = ["sentence_topic", "topic_first"]

_PERSONAL = {"he", "she"}


def sentence_topic(att, seen: list[tuple]) -> dict | None:
    """The speaker entity of the named person who is the main-clause subject of the sentence just
    before the one ``att``'s pronoun opens, in the same paragraph; None when the pronoun does not
    open its sentence, the sentence before has no such subject, or it is not among ``seen``.

    Args:
        att: the attribution (``span``: cleaned offsets of its mention; ``para``; ``mention``:
            a spaCy Span in its paragraph's parse).
        seen: the resolved mentions so far, ``(position, paragraph, entity, is a speaker)``, with
            positions in cleaned offsets (the candidates of
            :func:`~corpus_tools.attribution.speakers.subject_candidates` among them).
    """
    mention = att.mention
    sent = mention.sent
    if mention.root.lower_ not in _PERSONAL or mention.start != sent.start or sent.start == 0:
        return None
    before = mention.doc[sent.start - 1].sent
    names = [
        t
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and (_person_named(t) or _person_described(t))
    ]
    if len(names) != 1:
        return None
    offset = att.span[0] - mention.start_char
    lo, hi = offset + names[0].left_edge.idx, offset + names[0].idx + len(names[0])
    found = [e for pos, para, e, _ in seen if para == att.para and lo <= pos < hi]
    return found[-1] if found else None


def _person_named(t) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ == "PERSON"


def _person_described(t) -> bool:
    """A person the subject describes by a gendered noun or names in apposition ("Mr Kim's widow,
    Min-Ji Park, left court. She had earlier complained": the widow; 16.07.99/manslaughter of
    ``benchmarks/claims_tune10.md``)."""
    appos = any(c.dep_ == "appos" and _person_named(c) for c in t.children)
    return t.pos_ == "NOUN" and (appos or bool(epithets.head_gender(t)))


def topic_first(att, seen: list[tuple], near: list) -> list:
    """``near`` (a pronoun's antecedents, nearest first) with :func:`sentence_topic` put first when
    it is among them ("Judge X banned her. He told her": the judge, in one paragraph)."""
    topic = sentence_topic(att, seen)
    return [topic, *(e for e in near if e is not topic)] if any(e is topic for e in near) else near
