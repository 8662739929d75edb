"""A pair named as the subject of a verb's small clause is no subject pair of the story.

"Mary Hale and Tom Reed paid a stuntman to make Ben and Ann Hale vanish": the parser makes "Ben
and Ann Hale" the subject of "vanish", so :func:`~.pairs.named_pairs` listed them as a pair
spoken of together, the last before "The couple denied the plot", which took the victims' names
for the plotters' (round 20's stepmother, PA's 1nl; spk43's section). A pair whose verb is a bare
clause without tense or "to" under another verb ("make X vanish", "let X go", "saw X leave") is
that verb's object (:func:`small_clause_subject`), held as an :class:`ObjectPair`; a plural
description takes the last pair named as a subject before it when there is one
(:func:`subject_pairs_first`).
"""

from __future__ import annotations

__all__ = ["ObjectPair", "small_clause_subject", "subject_pairs_first"]

#: tags of a verb with its own tense: no small clause ("said X and Y were"); "VBP" is left out, the
#: tagger gives it to a bare form after closing quotation marks ("make X and Y ''vanish''")
_FINITE = frozenset({"VBD", "VBZ", "MD"})
#: the verbs that take a bare clause with a subject of its own ("make X vanish", "let X go", "saw X
#: leave"): the grammar's closed class, no word of a story
_BARE_CLAUSE_VERBS = frozenset({"make", "let", "help", "see", "watch", "hear", "have", "feel", "bid"})


class ObjectPair(list):
    """The names of a pair :func:`~.pairs.named_pairs` found as the subject of a small clause."""


def small_clause_subject(tok) -> bool:
    """Whether the subject ``tok`` heads a bare clause under another verb: its verb is a clausal
    complement with no tense, no auxiliary and no "to" of a verb that takes a bare clause ("make Paul
    and Ann vanish")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ not in ("ccomp", "xcomp") or verb.tag_ in _FINITE:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return verb.head.lemma_.lower() in _BARE_CLAUSE_VERBS and verb.head.i < tok.i


def subject_pairs_first(before: list) -> list:
    """``before`` (``(offset, paragraph, names)`` of the pairs named before a plural description)
    without the :class:`ObjectPair` ones when any pair of subjects is among them."""
    subjects = [p for p in before if not isinstance(p[2], ObjectPair)]
    return subjects or before
