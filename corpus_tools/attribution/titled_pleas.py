"""A plea whose subject is a description with the name after it: "Serial car thief Dean Royle
today pleaded guilty to three thefts". The parse makes the description's noun ("thief") the
subject and the name its apposition, so the plea rule, which wants a named subject, read no
statement. The person in apposition pleads. Found in the snap of the METER courts story
04.10.99/lynx (the claims audit's fourteenth round, S kind 4: "a plea after a descriptive
title"); a description with no name after it ("A lorry driver pleaded guilty") is left to the
rules of descriptions."""

from __future__ import annotations

__all__ = ["titled_plea"]

#: the words of a plea after "pleaded"
_PLEAS = {"guilty", "innocent"}


def _plea_word(verb) -> bool:
    kids = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "advmod")]
    near = verb.doc[verb.i + 1 : verb.i + 3]
    return any(t.lower_ in _PLEAS for t in [*kids, *near])


def titled_plea(verb) -> bool:
    """Whether ``verb`` is "pleaded guilty" (or "innocent") with a common noun as its subject and a
    person's name in apposition with that noun: "Serial car thief Dean Royle pleaded guilty"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "plead" or not _plea_word(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i > s.i
        for s in subjects
        for c in s.children
    )
