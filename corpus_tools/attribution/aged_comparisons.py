"""A description by comparative age of one of two people the text names with their ages.

A report of a fight between two men names each with his age ("Stephen Cameron, 21", "Noye, 52")
and its witnesses call them "the older man" and "the younger man". A statement a pronoun gives to
"the older man" ("He denies murdering Mr Cameron", after a quotation that says "The older man
went back to his vehicle") was counted as an anonymous speaker of its own (03.04.00/noye, the
guardian 12; claims.md's round 21, ny97). A reader takes the description for the older of the
two: :func:`aged_comparison` gives the name of the one person the text names with the highest age
("the older man", "the elder", "the oldest") or the lowest ("the younger woman"), when the text
gives ages to exactly two people. :func:`~.identities._retype` asks it with one line.
"""

from __future__ import annotations

import re

__all__ = ["aged_comparison"]

#: "the older man", "The younger of the two", "the elder one" (a definite comparative of age)
_COMPARED = re.compile(
    r"^the (older|elder|eldest|oldest|younger|youngest)(?: (?:man|woman|boy|girl|one|fellow|guy|bloke|brother"
    r"|sister|of the two(?: men| women)?))?$",
    re.IGNORECASE,
)
#: a name with an age in apposition: "Noye, 52,", "Stephen Cameron, 21,"
_AGED = re.compile(r"\b((?:[A-Z][a-z]+ )?(?:Ma?c|O')?[A-Z][a-z][\w'-]*), (\d{1,2})\b")


def aged_comparison(label: str, text: str) -> str:
    """The name (as the text first writes it with an age) a comparative age description stands
    for, when ``text`` names exactly two people (by surname) with an age, of different ages; else "".

    Example:
        >>> text = "Tom Hale, 52, denies it. The fight began when Ian Reed, 21, stopped his van."
        >>> aged_comparison("The older man", text), aged_comparison("the younger one", text)
        ('Tom Hale', 'Ian Reed')
        >>> aged_comparison("The older man", text + " Ann Lowe, 40, ran."), aged_comparison("The man", text)
        ('', '')
    """
    m = _COMPARED.match(" ".join(str(label).split()))
    if not m or ", " not in text:
        return ""
    ages: dict[str, tuple[int, str]] = {}
    for name, age in _AGED.findall(text):
        ages.setdefault(name.split()[-1], (int(age), name))
    if len(ages) != 2 or len({a for a, _ in ages.values()}) != 2:
        return ""
    pick = max if m.group(1).lower() in ("older", "elder", "eldest", "oldest") else min
    return pick(ages.values())[1]
