"""A bare plural of a title word is a group on no record, never a named person.

"Detectives said there was evidence that he had a fixation with older women": the tagger marks
the lone capitalised "Detectives" an organisation's name, and the speaker was typed a named
person (the claims audit's twenty-third round, 03.04.00/breeder, cause 3: 4ld 8, nl 40; round
14's "Detectives" as a speaker). A common plural noun of a title ("detectives", "officers",
"inspectors") with no proper noun beside it names no one: the group is anonymous. "Norfolk
detectives", "Detective Inspector Ann Lowe" and "the Lowes" keep their reading.

* :func:`unnamed_plural`: whether a mention of a title's kind is such a bare plural.
"""

from __future__ import annotations

__all__ = ["unnamed_plural"]


def unnamed_plural(mention, stype: str) -> bool:
    """Whether a speaker mention (a spaCy Span) typed ``official`` is a common plural noun with no
    proper noun in it (so a name the tagger gave it is no name)."""
    root = mention.root
    return (
        stype == "official"
        and root.pos_ == "NOUN"
        and root.tag_ == "NNS"
        and not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in mention)
    )
