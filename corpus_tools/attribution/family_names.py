"""One reader of a family named by its surname: "the Grants", "The Joneses", "the Davieses", "The
Grant family", "the Smiths'" (round 20, the readers of :mod:`~.households` and :mod:`~.couples`
made one).

A plural surname is read back to the surnames it may stand for, the likeliest first: "-es" after a
sibilant dropped ("Joneses", "Davieses", "Bushes": Jones, Davies, Bush), then "-s" ("Grants":
Grant; "Roses": Rose), then the word itself ("the Hughes" for the Hughes family). Where the text
names the family's surname otherwise ("Ann Jones and Tom Jones"), :func:`family_surname` takes the
candidate it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["family_plural", "family_surname", "family_surnames"]

#: "The Rudds", "the Joneses", "The Rudd family" (a possessive's mark dropped before)
_FAMILY = re.compile(r"^[Tt]he (?P<word>[A-Z][a-z][\w'-]*?)(?P<family> family)?$")
#: a plural ending "-es" after a sibilant: "Joneses", "Foxes", "Churches", "Bushes"
_SIBILANT_ES = ("ses", "xes", "zes", "ches", "shes")


def family_surnames(mention: str) -> tuple[str, ...]:
    """The surnames a family mention may stand for, the likeliest first; empty when the mention
    is no plural surname (or surname and "family") after "the".

    Example:
        >>> family_surnames("the Grants"), family_surnames("The Joneses"), family_surnames("the Smiths'")
        (('Grant', 'Grants'), ('Jones', 'Jonese', 'Joneses'), ('Smith', 'Smiths'))
        >>> family_surnames("The Grant family's"), family_surnames("Grant"), family_surnames("the boy")
        (('Grant',), (), ())
    """
    text = " ".join(str(mention).split())
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]  # "the Grant family's"
    elif text.endswith(("s'", "s\u2019")):
        text = text[:-1]  # "the Smiths'"
    m = _FAMILY.match(text)
    if not m:
        return ()
    word = m.group("word")
    if m.group("family"):
        return (word,)
    if not word.endswith("s"):
        return ()
    if word.endswith(_SIBILANT_ES):
        return (word[:-2], word[:-1], word)
    return (word[:-1], word)


def family_surname(mention: str, known: Iterable[str] = ()) -> str:
    """The one surname of a family mention: the candidate of :func:`family_surnames` that
    ``known`` (surnames the text names otherwise) holds, else the likeliest; "" for no family.

    Example:
        >>> family_surname("The Roses"), family_surname("The Roses", {"Rose"}), family_surname("Jim")
        ('Ros', 'Rose', '')
    """
    names = family_surnames(mention)
    known = set(known)
    return next((n for n in names if n in known), names[0] if names else "")


def family_plural(surname: str) -> str:
    """A surname's plural, read back by :func:`family_surnames`: "Rudd" -> "Rudds", "Jones" ->
    "Joneses", "Bush" -> "Bushes".

    Example:
        >>> family_plural("Rudd"), family_plural("Jones"), family_plural("Bush")
        ('Rudds', 'Joneses', 'Bushes')
    """
    return surname + ("es" if surname.endswith(("s", "x", "z", "ch", "sh")) else "s")
