"""A definite description made of a title phrase the story sets before one person's name.

A wire story gives the defendant a title phrase before his name in one take ("Welsh Assembly
member Rod Richards is accused of ..."), and another take, which names him only as "Rod
Richards", varies the reference with that phrase as a description: "Giving evidence, the Welsh
Assembly member said he had been found guilty ...", "The Welsh Assembly member admitted not being
totally 'frank'". A reader takes it for Richards; the findings had counted "the Welsh Assembly
member" as one more, anonymous, speaker of the take, and every paper then "gave its statements"
to Richards (read from TUNE_25's 21.06.00/richards, richards1nl 12 and 14, kind K1 of
``benchmarks/claims_tune25.md``). A rank or role (:mod:`~.role_descriptions`) reads only the heads
of its classes; "member" is none.

The rule: a definite label ("the" and up to four words) with a capitalised modifier before a
lower-case head ("the Welsh Assembly member", never "the member" or "the man") is the person its
source group's texts name, in full, right after the same words ("Welsh Assembly member Rod
Richards"), when they name one such person and the document gives people that surname.

* :func:`title_phrase_holder`: that person's name, or "".
"""

from __future__ import annotations

import re

__all__ = ["title_phrase_holder"]

_LABEL = re.compile(r"^[Tt]he ((?:[\w'-]+ ){1,3}[a-z][\w-]*)$")
_NAME = r"((?:[A-Z][a-z][\w'-]+ )+[A-Z][a-z]?[\w'-]+)"


def title_phrase_holder(label: str, group: str, surnames: set[str]) -> str:
    """The person a definite description by a title phrase stands for (module docstring), else "".

    Args:
        label: the speaker's label ("the Welsh Assembly member").
        group: the text of the document's source group (every take of the wire story).
        surnames: the surnames the group gives people (:func:`~.surnames.person_surnames`).

    Example:
        >>> group = "Welsh Assembly member Rod Reed is accused. The Welsh Assembly member said no."
        >>> title_phrase_holder("The Welsh Assembly member", group, {"Reed"})
        'Rod Reed'
        >>> title_phrase_holder("the member", group, {"Reed"})
        ''
    """
    m = _LABEL.match(" ".join(str(label).split()))
    if not m or not any(w[:1].isupper() for w in m.group(1).split()[:-1]):
        return ""
    phrase = re.escape(m.group(1)).replace(r"\ ", r"\s+")
    names = {n.group(1) for n in re.finditer(rf"\b(?i:{phrase})\s+{_NAME}", group)}
    if len({n.split()[-1] for n in names}) != 1:
        return ""
    name = max(names, key=len)
    return name if name.split()[-1] in surnames else ""
