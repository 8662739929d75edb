"""Indicating to someone that a thing is so is telling them.

"She attended the first day of his trial and has indicated to other members of the force that she
will stick by him": she has let them know, a statement of hers; "indicate" was no verb of saying,
so the statement and its speaker were missed (21.06.00/sergeant of the METER courts,
sergeant1profile 21, the defendant's girlfriend: row sg23 of round 24's held-out audit in
``benchmarks/claims.md``). A thing that indicates ("The figures indicate that ...") names no one
it tells and is left alone.

A body or a person that "has indicated" a clause has said it too, to no one named: "The U.S.
Agriculture Department has indicated it would oppose broadening the corn bonus offer" (round 36,
branch debt36, round 35's held-out 11082, ``benchmarks/claims.md`` fm12: the department's
statement missed, so its survival read "kept without saying who"). The subject must be one that
speaks: a name the tagger takes for a person, an organisation or a country, or a noun of the
speakers' lexicon ("the ministry", "officials"); "The figures indicated that ..." stays a thing's,
and a negated indication ("has not indicated", "Neither have the regulators indicated") says
nothing.

* :func:`indicated_to`: "indicate" to someone, with a clause;
* :func:`indicated`: that, or a speaking subject's "indicate" with a clause.
"""

from __future__ import annotations

from corpus_tools import lexicon

__all__ = ["indicated", "indicated_to"]

#: the kinds of speaker a subject's noun may name ("department", "officials")
_SPEAKING = frozenset().union(*(lexicon.SPEAKER_WORDS[k] for k in ("organisation", "official")))


def indicated_to(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) is "indicate" with a "to" phrase naming whom it tells and a
    clause of content ("has indicated to the court that ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "indicate":
        return False
    told = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(c.children) for c in verb.children)
    return told and any(c.dep_ == "ccomp" for c in verb.children)


def indicated(verb) -> bool:
    """Whether ``verb`` (a spaCy Token) is "indicate" told to someone (:func:`indicated_to`), or
    with a clause of content and a subject that speaks (module docstring): "The Agriculture
    Department has indicated it would oppose ..."."""
    if verb.lemma_.lower() != "indicate":  # the cheap test first
        return False
    if indicated_to(verb):
        return True
    if verb.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "neg" for c in verb.children):
        return False  # "has not indicated": nothing said
    if any(t.lower_ in ("neither", "nor") for t in verb.doc[verb.sent.start : verb.i]):
        return False  # "Neither have the regulators indicated that ...": nothing said
    return subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lemma_.lower() in _SPEAKING
