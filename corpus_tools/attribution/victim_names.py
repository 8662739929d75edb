""" "The victim" of a story that names one victim is that person.

A court report names the victim once, as the object of the charge ("Maurice Travis ... admitted
murdering Alan Averall on his 17th birthday"), and its later takes speak of him as "the victim":
"During the lesson the victim was heard by other inmates to taunt Travis, accusing him of being a
sex offender." A reader takes "the victim" for Averall; the findings had counted it as one more,
anonymous, speaker beside "Averall", in PA's list and in every paper's drop list (read from
TUNE_27's 04.10.99/cake, cake2 7, ``benchmarks/claims_tune27.md`` K1).

The rule: an unnamed label "the victim" is the one person the source group's text names right
after a verb or noun of a crime against a person ("murdering", "killed", "stabbing", "raping",
"assaulting", "the murder of", "the death of", ...: a given name and a surname, or a title and a
surname, whose surname the group gives a person); "" when it names no one so, or two people.

* :func:`victim_named`: that person's name, or "".
"""

from __future__ import annotations

import re

__all__ = ["victim_named"]

_LABEL = re.compile(r"^the victim$", re.IGNORECASE)
#: a crime against a person and the person right after it ("admitted murdering Alan Averall")
_CRIME = re.compile(
    r"\b(?:murder(?:ing|ed)?|kill(?:ing|ed)|stabb(?:ing|ed)|strangl(?:ing|ed)|rap(?:ing|ed)|"
    r"assault(?:ing|ed)|(?:murder|manslaughter|killing|death|rape) of)\s+"
    r"((?:(?:Mr|Mrs|Miss|Ms)\.? )?(?:[A-Z][a-z][\w'-]* ){0,2}[A-Z][a-z][\w'-]*)"
)


def victim_named(label: str, named: bool, text: str, people: set[str]) -> str:
    """The one person a group names as the victim of a crime, for the label "the victim" (module
    docstring), else "".

    Args:
        label: the speaker's label ("the victim").
        named: whether the speaker is named (a named speaker is never read so).
        text: the source group's text.
        people: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> text = "Tom Hale admitted murdering Ian Reed. The victim had taunted him."
        >>> victim_named("the victim", False, text, {"Hale", "Reed"})
        'Ian Reed'
        >>> victim_named("the victim", False, text + " He denied killing Ann Cole.", {"Hale", "Reed", "Cole"})
        ''
    """
    if named or not _LABEL.match(" ".join(str(label).split())) or "victim" not in text.lower():
        return ""
    names = [m.group(1) for m in _CRIME.finditer(" ".join(text.split()))]
    names = [n for n in names if n.split()[-1] in people and len(n.split()) > 1]
    surnames = {n.split()[-1] for n in names}
    return names[0] if len(surnames) == 1 else ""
