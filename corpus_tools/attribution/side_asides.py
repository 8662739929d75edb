"""A name set before its side in commas speaks the cue after them, where the parse hangs the name
on an opening phrase: "But during the hearing Tim Brown, for the defence, said that he noticed the
magistrate ... had fallen asleep".

The parse makes "Tim Brown" an apposition to "the hearing" and leaves "said" with no subject, so
the statement was not read (:func:`~.side_names.name_before_cue` reads a name or an aside in
commas right before the cue, not a side). Read from the METER courts story 28.09.99/sleep (TUNE_25,
``benchmarks/claims_tune25.md``'s "Left:", the times's "Tim Brown, for the defence, said that" not
read).

* :func:`side_aside_name`: the name's last token, or None.
"""

from __future__ import annotations

__all__ = ["side_aside_name"]

#: a side of the case set in commas after a barrister's name
_SIDES = frozenset(
    {"for the defence", "for the defense", "for the prosecution", "for the crown", "prosecuting", "defending"}
)


def side_aside_name(verb):
    """The last token of the person's name before ", SIDE," right before the cue ``verb`` (a spaCy
    Token) with no subject of its own; None otherwise."""
    doc, i = verb.doc, verb.i
    if i < 5 or doc[i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    j = i - 2
    while j > i - 6 and doc[j].text != ",":
        j -= 1
    if doc[j].text != "," or doc[j + 1 : i - 1].text.lower() not in _SIDES:
        return None
    name = doc[j - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None
