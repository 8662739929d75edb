"""Two people named together as an object, with a relative clause of their own: a pair.

"Mrs Justice Smith said public revulsion against Robert Sheridan and Thomas Forbes, who also
targeted four other pensioners, warranted severe sentences. ... The defendants, from Birmingham,
pleaded guilty": the only place the report names the two in full is the object of "against", so
:func:`~.pairs.named_pairs` (which lists names coordinated as a subject) found no pair, and "The
defendants" stayed an anonymous speaker beside them (read from round 26's 04.10.99/pensioners,
pensioners1 14 and the express 8, ``benchmarks/claims.md`` pn5, pn13, pn25-26). The relative clause
"who ..." makes the coordinated names the subject of a clause of their own: they are spoken of
together, as a subject pair is.

The rule: a proper noun that is no subject, with one proper noun joined to it by "and", both
people (the tagger's PERSON), followed at once by ", who" opening a relative clause (wherever the
parser hangs the clause: on the last name, or on the noun before, "anger against X and Y, who"),
is a pair of :func:`~.pairs.named_pairs`, unless the clause's verb is singular ("who is", "who
has", "was"): then it is the last name's alone ("Ann Lee and her son Tom Lee, who is 12").

* :func:`relative_pair`: whether a token heads such a pair.
"""

from __future__ import annotations

__all__ = ["relative_pair"]

#: the singular forms of "be", "have" and "do" that make the clause the last name's alone
_SINGULAR = frozenset({"is", "was", "has", "does", "'s"})


def relative_pair(tok) -> bool:
    """Whether ``tok`` (a spaCy token, a proper noun that is no subject) heads two names joined by
    "and" that ", who" and a relative clause follow (module docstring)."""
    conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if len(conj) != 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return False
    names = [tok, *conj]
    if any(t.ent_type_ != "PERSON" for t in names):
        return False
    doc, end = tok.doc, conj[-1].i  # ", who" right after the last name (the parser may hang the
    if end + 2 >= len(doc) or doc[end + 1].text != ",":  # clause on the noun before: "anger against")
        return False
    who = doc[end + 2]
    if who.lower_ != "who" or who.dep_ != "nsubj" or who.head.dep_ != "relcl":
        return False
    verb = who.head  # "who is 12", "who was": the last name's clause alone
    return (
        verb.tag_ != "VBZ"
        and verb.lower_ not in _SINGULAR
        and not any(a.lower_ in _SINGULAR for a in verb.children if a.dep_.startswith("aux"))
    )
