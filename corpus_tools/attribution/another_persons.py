""" "Another witness" is a second person, and a "He" that follows is that person.

"A neighbour remembered seeing a van outside and noted down its number. Another neighbour
remembered seeing a car driving away. He recalled a man in a cap at the wheel." The resolver ranks
a pronoun's antecedents speakers first, and "Another neighbour", whose "remembered" is no cue, was
no antecedent at all (an anonymous description of no gender), so "He recalled" went to the first
neighbour: two people read as one (the claims audit's twenty-third round, 03.04.00/breeder, cause
3: 3ld 7-8, nl 26-27). A reader takes "Another X" (or "A second X") as a new person and the "he"
or "she" that opens the next sentence as that person, when it is the subject of the sentence just
before.

* :func:`another_person`: whether a subject token is "another" (or "a second", "a third") person.
* :func:`described_person`: whether an anonymous subject is one the resolver keeps in view.
* :func:`another_first`: a pronoun's antecedents with such a subject of the sentence just before first.
"""

from __future__ import annotations

from corpus_tools import lexicon
from corpus_tools.attribution import epithets
from corpus_tools.attribution.epithets import GENDERED_HEADS

__all__ = ["another_first", "another_person", "described_person"]

#: the words that make a description a new person beside one named before
_ANOTHER = frozenset({"another", "second", "third", "fourth", "fifth", "further"})
_PEOPLE = (
    frozenset(lexicon.SPEAKER_WORDS["anonymous"])
    | frozenset(GENDERED_HEADS)
    | frozenset(lexicon.SPEAKER_WORDS["official"])
)
_GENDERS = {"he": "m", "she": "f"}


def another_person(t) -> bool:
    """Whether a token is the singular common-noun subject of a person described as one more
    ("Another witness", "A second neighbour")."""
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.lemma_.lower() in _PEOPLE
        and any(c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER for c in t.children)
    )


def described_person(stype: str, root) -> bool:
    """Whether an anonymous mention (its type and root token) is a person a later "he" or "she"
    may stand for: a gendered head ("Mr Kim's wife") or "another" person ("Another witness")."""
    return stype == "anonymous" and (bool(epithets.head_gender(root)) or another_person(root))


def another_first(att, pronoun: str, seen: list[tuple], near: list) -> list:
    """``near`` (a pronoun's antecedents) with "another" person first, when a "he" or "she" opens
    its sentence and that person is the subject of the sentence just before (same paragraph or the
    one before) and no other gender is given to it. ``seen``: the resolver's
    ``(position, paragraph, entity, is a speaker)``; ``att``: the pronoun's attribution."""
    gender = _GENDERS.get(pronoun, "")
    mention = att.mention
    if not gender or mention is None or mention.start != mention.sent.start or mention.sent.start == 0:
        return near
    prev = mention.doc[mention.sent.start - 1].sent
    subj = [t for t in prev if another_person(t) and t.head.i == prev.root.i]
    if not subj:
        return near
    start = att.span[0] - (mention.start_char - subj[0].left_edge.idx)
    found = [e for pos, para, e, _ in seen if pos == start and att.para - para <= 1]
    if not found or found[0]["gender"] not in ("", gender):
        return near
    return [found[0], *(x for x in near if x is not found[0])]
