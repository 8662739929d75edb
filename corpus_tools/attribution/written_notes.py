"""A note that someone sent, "which read: '...'", is no speaker: its words are its writer's.

"Ann Kay, 50, sent the dead rat to her MP with a note which read: 'Traitor, you will pay'": the
relative "which" had made "a note" an anonymous speaker of the words, so the story counted a
speaker too many, a paper that kept the sentence "kept" the note, and the shared-quotation figure
gave the words to it (read from round 26's held-out 21.02.00/mp, ``benchmarks/claims.md`` ro5,
ro13, ro16, ro26). The sentence says who wrote it: the subject of the verb the note goes with
("sent ... with a note", "left a note"), who is already a speaker of her own acts or not at all.

The rule: "read" (a writing's wording) in a relative clause of a common noun, the noun the object
of a verb (or of its "with") whose subject is or holds a name, or is a personal pronoun, is no
statement.

* :func:`written_note`: whether a cue verb is such a note's "read" (``reports``' act rules).
"""

from __future__ import annotations

__all__ = ["written_note"]

_PERSONAL = frozenset({"he", "she", "they", "i", "we"})


def _writer(noun) -> bool:
    """Whether the common noun ``noun`` is the object of a verb, or of its "with" or "on" (through
    "along with"), whose subject is a name or a personal pronoun ("Kay sent ... with a note")."""
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "on") else noun.head
    while gov.dep_ == "prep" and gov.pos_ == "ADP" and gov.head is not gov:  # "along with a note"
        gov = gov.head
    if noun.dep_ not in ("pobj", "dobj") or gov.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in subj.subtree)  # "Mother-of-two Ann Kay"
    return named or subj.lower_ in _PERSONAL


def written_note(verb, anchor=None) -> bool:
    """Whether the spaCy token ``verb`` is "read" in a relative clause of a note its writer sent
    ("with a note which read: ..."); ``anchor`` is not read (the signature of ``reports``' act
    rules)."""
    if verb.lemma_.lower() != "read" or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    return _writer(verb.head)
