"""A "he" or "she" in a relative clause or a participle hung on a named person's clause: that person.

"It was the same month that Tom Hale went on trial in a fraud case where he pleaded guilty": the
plea is Hale's, whoever spoke in the sentence before; "Tom Hale, 45, who was jailed in an earlier
trial where he admitted fraud" the same. The resolver
(:func:`corpus_tools.attribution.speakers.resolve_speakers`) puts the speakers first, so such a
pronoun went to the barrister quoted last (12.07.99/informant of the claims audit, round 15,
cause 3: informant1 22, Tommy Adams's plea given to "Victor Temple QC"). :func:`governing_name`
extends :func:`~corpus_tools.attribution.pronouns.bound_subject` (a clause of time or manner, "as
she told the jury") to these clauses: the pronoun's clause is a relative clause or a participle
(``relcl``, ``acl``), or hangs on one through a preposition ("in a case where ..."), and the first
clause above it with a subject has a named person there, before the pronoun; "who" leads to the
name its relative clause is hung on. Not when that clause has a person for object ("Judge Ray
jailed Hale in a case where he ...": either of them), nor through a clause of reason or time
("Judge Ray jailed Hale after he admitted ...": the object, most often). A clause hung on an
object climbs past it only when the object is the subject's own statement
(:func:`~.own_statements.own_statement`: "England coach Kevin Keegan gave written evidence in which
he said ...", round 30's 01.03.00/football).
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution.own_statements import own_statement
from corpus_tools.attribution.pronouns import compound_name

__all__ = ["governing_name"]

_GENDERS = {"he", "she"}
_RELATIVES = {"who", "that", "which"}
#: the links a pronoun's clause may climb by to the clause it is hung on
_CLIMB = frozenset({"relcl", "acl", "prep", "pobj", "pcomp", "conj", "dobj"})
_TITLES = lexicon.MALE_TITLES | lexicon.FEMALE_TITLES


def _person(t) -> bool:
    """A person's name (the last word of it): a PERSON entity or a name after a title."""
    if t.pos_ != "PROPN":
        return False
    name = compound_name(t)
    return t.ent_type_ == "PERSON" or (len(name) > 1 and name[0].lower_.rstrip(".") in _TITLES)


def _object_person(verb) -> bool:
    """Whether a verb has a person for object ("jailed Hale", "told him")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(_person(c) or c.lower_ in ("him", "her") for c in objects)


def governing_name(att):
    """The named person (a spaCy Span) whose clause the pronoun subject of ``att``'s relative clause
    or participle is hung on, before the pronoun in its sentence; None otherwise.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("Mr Ray said it was over. Tom Hale went on trial in a case where he pleaded.")
    >>> class A: mention = doc[16:17]
    >>> governing_name(A()).text
    'Tom Hale'
    """
    root = att.mention.root
    if root.lower_ not in _GENDERS or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    t, hung = root.head, False
    for _ in range(12):
        if t.dep_ not in _CLIMB or t.head is t:
            return None
        hung = hung or t.dep_ in ("relcl", "acl")
        head = t.head
        if t.dep_ == "dobj" and not own_statement(t):  # "read a letter in which he ...": the writer's
            return None
        if t.dep_ in ("relcl", "acl") and _person(head) and head.i < root.i:
            return compound_name(head)  # "Tom Hale, who was jailed ...", "Tom Hale, jailed ..."
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVES and head.dep_ == "relcl":
                t = head  # "who was jailed in a trial where he ...": up to the name "who" stands for
                continue
            person = _person(subject) and not _object_person(head)
            return compound_name(subject) if hung and person else None
        t = head
    return None
