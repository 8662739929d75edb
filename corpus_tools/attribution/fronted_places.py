""""Outside court Willis said": the fronted place with no comma is no part of the speaker.

A wire opens a statement made on the court's steps with the place and the name run together,
"Outside court Willis, who has been staying at an address in Barnsley, said: ``It is a relief''",
and a paper copies it ("Outside court Willis, now of Barnsley, said he was going to live in a
retreat"). The parser makes "Outside" an adjective and "court" a compound of the name, so the
label was "Outside court Willis", typed an organisation (its head word "court"), a speaker apart
from the defendant the story names "Willis": in the take's count, and in each paper's survival
as "quoted only on another statement" or dropped. Read from TUNE_26's 18.02.00/palace (palace3sub
4, the star 13; ``benchmarks/claims_tune26.md``, kind K3). :mod:`~.fronted_phrases` cuts "Earlier"
(an adverb) and reads "Outside court, X" with its comma; this is the shape without the comma.

* :func:`fronted_place`: how many opening tokens of a speaker mention are such a place ("Outside
  court", "Outside the court"), cut before the capitalised name after them; 0 otherwise.
"""

from __future__ import annotations

__all__ = ["fronted_place"]

#: the place words a report fronts before the name ("Outside court", "Outside the court")
_PLACES = frozenset({"court", "courts", "hearing", "inquest", "tribunal"})


def fronted_place(mention) -> int:
    """How many opening tokens of ``mention`` (a spaCy Span) are "Outside [the] court" before a
    capitalised name, at the start of its sentence; 0 otherwise.

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Outside court Hale, who lives in Leeds, said he was glad.")
        >>> fronted_place(doc[0:3])
        2
        >>> fronted_place(load_model()("Court official Tom Hale said so.")[0:4])
        0
    """
    if len(mention) < 3 or mention[0].lower_ != "outside" or mention[0].i != mention.sent.start:
        return 0  # the cheap test first
    k = 2 if mention[1].lower_ == "the" else 1
    if k + 1 >= len(mention) or mention[k].lower_ not in _PLACES:
        return 0
    name = mention[k + 1]
    return k + 1 if name.pos_ == "PROPN" and name.text[:1].isupper() else 0
