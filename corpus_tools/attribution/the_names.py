"""A proper name that opens with a capital "The" inside a sentence is a title, not a person.

"Grobbelaar ... is suing The  Sun, which accused him": when the parser's entity reader leaves
such a name untagged (a doubled space after "The" in grobbelaar74_mirror 4 of 16.07.99/grobbelaar,
round 21), :func:`~corpus_tools.attribution.speakers.speaker_type` fell back to ``person`` for
any proper noun, and a later "They deny libel" then went to the plaintiff. A person's name takes
no capital article in running text; a paper's, a firm's or a band's does ("The Times", "The Body
Shop"). A name at the sentence's start ("The Sun said") is left to the entity reader, since there
the capital is the sentence's, unless the reader leaves it untagged: "The St Lawrence Seaway said the
first ship of the season passed through" had been typed a named person (round 39, branch debt39,
round 38's held-out 11385 0, ``benchmarks/claims.md`` sw12); a person's name takes no article there
either, and a title ("The Reverend John Smith") is the entity reader's person.

* :func:`the_name`: whether a proper-noun mention is such a title.
"""

from __future__ import annotations

__all__ = ["the_name"]


def the_name(mention) -> bool:
    """Whether the spaCy Span ``mention`` (its root a proper noun) opens with "The" (capital)
    after the first word of its sentence, or at its start with a root the entity reader left
    untagged and two words or more after "The" (a one-word "The Federation" is left as before: a
    body's noun the wire capitalises, which other rules join to the body it stands for)."""
    first, root = mention[0], mention.root
    opening = not root.ent_type_ and len(mention) > 2  # "The St Lawrence Seaway"; not "The Federation"
    return root.pos_ == "PROPN" and first.text == "The" and (first.i > first.sent.start or opening)
