"""A name with an age in apposition is a person's, whatever the tagger calls it.

"Hale, 47, of Mill Lane, Upton, near Ashby, Westshire, pleads not guilty to ...": the entity
tagger may take a lone surname for a place or a firm ("Shipman" a place, 26.01.00/doctor's
preview take, the claims audit's round 19, dr5), and the plea rule, which wants a person as the
subject, then read no statement; so may a paper's "Hale, of Upton, Westshire, denies", the place
after the name read as the person's body. A proper noun followed by a comma and a number of
years in apposition ("Hale, 47,") is a person: a court report gives a person's age so, never a
firm's or a town's. The length of the address after it does not matter.

* :func:`aged_name`: whether a token is such a name.
"""

from __future__ import annotations

__all__ = ["aged_name"]

#: the ages a court report gives (a number of years, not a year or a count of things)
_OLDEST = 120


def aged_name(tok) -> bool:
    """Whether ``tok`` is a proper noun with an age right after it, between commas, in apposition:
    "Hale, 47, of Mill Lane" (the tagger's entity type is not asked).

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("Hale, 47, of Mill Lane, Upton, pleads not guilty to theft.")
        >>> aged_name(doc[0]), aged_name(doc[6])
        (True, False)
    """
    if tok.pos_ != "PROPN" or tok.i + 3 > len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return False
    age = tok.doc[tok.i + 2]
    closed = age.i + 1 < len(tok.doc) and tok.doc[age.i + 1].text == ","
    years = age.text.isdigit() and 0 < int(age.text) <= _OLDEST
    return closed and years and age.head == tok and age.dep_ == "appos"
