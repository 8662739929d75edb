"""A kin phrase cut from its given name by a stray full stop: "Mr Hale's wife. Ruth, said ...".

:func:`~.kin_genders.kin_genders` reads "Mr Hale's wife, Ruth, said" as two members of one
family told apart: Ruth Hale, a woman, and the one other person the text names in full with the
surname, a man ("Tom Hale"). A paper may break the phrase with a stray full stop ("Mr Titley's
wife. Heather, said she saw ...", 03.04.00/noye, the independent 15-16; claims.md's round 21, cause
1), and "Mrs Hale said" then joined "Tom Hale", the one full name of the surname, so that her
statements were his (ny110, ny113). :func:`fragment_kin` reads that broken phrase: a sentence
that is only a titled possessive and a kin word, the next opening with a capitalised word and a
comma. :func:`fragment_surname` gives the given name alone after it ("Ruth", the tagger's
speaker) the possessor's surname, as :func:`~.kin_given_alone.kin_given_alone` does for the
unbroken phrase; :func:`fragment_name` the name such a fragment opening a text gives ("Ruth Hale"),
which :func:`~.opening_speakers.speaking_opener` takes for the person an unnamed witness lead
stands for ("Another witness told the jury how she saw ...", the independent 14).
"""

from __future__ import annotations

import re

__all__ = ["fragment_kin", "fragment_name", "fragment_surname"]


def fragment_kin(text: str, kin: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """``(title, surname, kin word, given name)`` of each kin phrase of ``text`` that a stray full
    stop cuts from its given name, the kin words those of ``kin`` (word -> gender).

    Example:
        >>> kin = {"wife": "f", "son": "m"}
        >>> fragment_kin("Tom Hale saw it. Mr Hale's wife. Ruth, said she ran.", kin)
        [('Mr', 'Hale', 'wife', 'Ruth')]
        >>> fragment_kin("Mr Hale's wife. She said she ran.", kin), fragment_kin("Mr Hale's wife, Ruth.", kin)
        ([], [])
    """
    if "'s " not in text or ". " not in text:  # the cheap test first
        return []
    phrase = re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'-]+)'s ("
        + "|".join(kin)
        + r")\. ([A-Z][a-z]+),"
    )
    return phrase.findall(text)


def fragment_surname(before: str, kin: dict[str, str]) -> str:
    """The possessor's surname when ``before`` (the text before a given name) ends with a sentence
    that is only a titled possessive and a kin word ("... Mr Hale's wife. "), else "".

    Example:
        >>> kin = {"wife": "f"}
        >>> fragment_surname("Tom Hale ran. Mr Hale's wife. ", kin), fragment_surname("Mr Hale's wife", kin)
        ('Hale', '')
    """
    m = re.search(
        r"(?:^|[.!?]\s|\n)(?:Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'-]+)['\u2019]s (?:" + "|".join(kin) + r")\.\s+$",
        before[-80:],
    )
    return m.group(1) if m else ""


def fragment_name(rest: str) -> str:
    """The given name and surname a broken kin phrase opening ``rest`` gives ("Mr Hale's wife.
    Ruth, said": "Ruth Hale"), else "".

    Example:
        >>> fragment_name(" Mr Hale's wife. Ruth, said she ran."), fragment_name("Mr Hale ran. Ruth, too.")
        ('Ruth Hale', '')
    """
    from corpus_tools.attribution.kin_genders import _KIN  # kin_genders imports this module

    head = rest.lstrip()
    opening = re.match(r"(?:Mr|Mrs|Ms|Miss)\.? [A-Z][\w'-]+'s [a-z]+\. [A-Z][a-z]+,", head)
    found = fragment_kin(head[: opening.end()], _KIN) if opening else []
    return f"{found[0][3]} {found[0][1]}" if found else ""
