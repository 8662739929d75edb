"""A "he" or "she" that opens a sentence is the lone surname, given an age, that is the subject of
the sentence just before it: "Frew, 35, from Milton Keynes, Bucks, was convicted of indecent
assault ... He had denied the charge." (09.08.99/camera, PA camera1 22-23, round 31's held-out
cr5, cr14, cr15).

:func:`~.subject_pronouns.subject_first` puts the named subject of the sentence before first, but
only when that subject is an entity the resolver has seen (a person, or a lone name matching one):
the tagger left "Frew" untagged and the take had named him only in "Paul Frew's trial", so the "He"
went to counsel quoted just before ("..., said Catherine Popert, prosecuting."), and the times,
which keeps the denial, "gives the statements of Catherine Popert to Paul Frew". PA's defendant's
line, "Surname, age, ...", marks a person: the proper noun subject of the main verb of the sentence
just before, in the same paragraph, with a number of years in apposition (10-110) and no other
proper noun subject in that sentence. Its label is the full name the text gave before with that
surname (the one such name), else the surname alone.

:func:`aged_subject`: the pronoun's antecedents with that person first.
"""

from __future__ import annotations

from corpus_tools.attribution.lone_names import name_features

__all__ = ["aged_subject"]

_GENDERS = {"he": "m", "she": "f"}


def _age(tok) -> bool:
    """Whether ``tok`` has an age in apposition ("Frew, 35,")."""
    return any(c.dep_ == "appos" and c.text.isdigit() and 10 <= int(c.text) <= 110 for c in tok.children)


def _aged_surname(mention):
    """The lone proper noun, given an age, that is the subject of the sentence just before
    ``mention`` (a pronoun opening its sentence), or None."""
    if mention.start != mention.sent.start or mention.start == 0:
        return None
    sent = mention.doc[mention.start - 1].sent
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"]
    if len(subjects) != 1 or subjects[0].head.i != sent.root.i:
        return None
    tok = subjects[0]
    lone = not any(c.dep_ == "compound" for c in tok.children) and tok.is_alpha and tok.is_title
    return tok if lone and tok.ent_type_ in ("", "PERSON", "ORG") and _age(tok) else None


def aged_subject(att, pronoun: str, near: list, full_names: list, join) -> list:
    """``near`` (a "he" or "she"'s antecedents) with the aged lone surname of the sentence before
    first (:func:`_aged_surname`), joined to the document's speakers by ``join`` (the resolver's);
    ``near`` itself when there is none or the text gives that person the other gender.

    Args:
        att: the pronoun's attribution (``span``, ``mention``: a spaCy Span).
        pronoun: the pronoun, lower case.
        near: its antecedents, in the resolver's order.
        full_names: :func:`~.namesakes.full_names` of the document, ``(offset, given, surname)``.
        join: the resolver's ``join(features, label) -> (entity, joined)``.
    """
    gender = _GENDERS.get(pronoun)
    if gender is None or att.mention is None or (tok := _aged_surname(att.mention)) is None:
        return near
    if near and tok.text in near[0].get("surnames", ()):
        return near
    given = {g for pos, g, s in full_names if s == tok.text and pos < att.span[0]}
    f = name_features(given.pop() if len(given) == 1 else "", tok.text)
    if not f["first"]:
        f.update(mods=set(), key=tok.text.lower(), label=tok.text)
    e = join(f, f["label"])[0]
    if e["gender"] not in ("", gender):
        return near
    return [e, *(x for x in near if x is not e)]
