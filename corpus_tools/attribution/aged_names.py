"""A name with an age in apposition is a person's, whatever the tagger calls it.

"Hale, 47, of Mill Lane, Upton, near Ashby, Westshire, pleads not guilty to ...": the entity
tagger may take a lone surname for a place or a firm ("Shipman" a place, 26.01.00/doctor's
preview take, the claims audit's round 19, dr5), and the plea rule, which wants a person as the
subject, then read no statement; so may a paper's "Hale, of Upton, Westshire, denies", the place
after the name read as the person's body. A proper noun followed by a comma and a number of
years in apposition ("Hale, 47,") is a person: a court report gives a person's age so, never a
firm's or a town's. The length of the address after it does not matter.

A paper's "Hale, of Upton, Westshire, denies ..." is the same kind: the tagger may call a lone
surname a firm, and the findings typed the defendant an institution with the address for its
body (round 19's 02.11.99/pancake, the star 14, pk32). A lone capitalised word that the text also
writes after a given name ("Tom Hale"), standing with an address of its own (", of Upton,
Westshire,", ", from Upton,") or an age (", 47,"), is that person.

* :func:`aged_name`: whether a token is such a name;
* :func:`addressed_name`: whether a lone name with an address or an age is a person the text names.
"""

from __future__ import annotations

import re

__all__ = ["addressed_name", "aged_name"]

#: an address or an age right after a name: ", of Mill Lane, Upton,", ", from Upton,", ", 47,"
_ADDRESS = re.compile(r"^,\s+(?:(?:of|from)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|\d{1,3}),")
#: capitalised words before a name that are no given name ("The Hale family", "By Hale's own account")
_NOT_GIVEN = "(?:The|This|That|These|Those|His|Her|Their|Its|By|In|On|At|Of|From|For|To|And|But|As|When|If)"
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


def addressed_name(label: str, after: str, text: str) -> bool:
    """Whether a speaker's ``label``, one capitalised word, stands with an address or an age
    (``after``: the document's text from the mention on) and ``text`` writes it after a given
    name ("Tom Hale"): a person, whatever the tagger typed it.

    Example:
        >>> text = "Tom Hale spoiled the loaves. Hale, of Upton, Westshire, denies four charges."
        >>> addressed_name("Hale", text[text.index("Hale,") :], text)
        True
        >>> addressed_name("Hale", "Hale denies four charges.", text)
        False
    """
    if not re.fullmatch(r"(?:Ma?c|O')?[A-Z][a-z][\w'-]*", label) or not after.startswith(label):
        return False
    given = re.search(rf"\b(?!{_NOT_GIVEN}\b)[A-Z][a-z]+\s+{re.escape(label)}\b", text)
    return bool(given) and bool(_ADDRESS.match(after[len(label) :]))
