"""An opening description of a relative ("The daughter of one of X's alleged victims told his murder
trial today how ...") and the relative named a sentence or two later by the same kin word ("Her
daughter Jacqueline Gee told a Preston Crown Court that ..."): one person, named.

Read from 02.11.99/doctor (PA doctor1 6-8, round 31's held-out dx5, dx22, dx24): the take opens on
the daughter, gives a sentence on her dead mother ("Pamela Hillier, 68, was found dead ..."), then
names her. :mod:`~.opening_speakers` reads indefinite openers ("A woman told ... Jane Doe said") and
the first name of the next sentence, here the mother's; the package kept "The daughter of one of
Harold Shipman's alleged victims" an anonymous speaker beside "Her daughter Jacqueline Gee", so
PA's file counted one speaker twice and the paper "dropped" the daughter it quotes.

The shape: a speaker label "The <kin word> of ..." (:data:`~.kin_genders._KIN`, one person: not
"The family of"), and in the next three sentences "Her/His/Their <kin word> <Given Surname>" (an
age or a comma allowed between) naming one person only. A different kin word ("Her son Keith")
names someone else.

* :func:`kin_of_opener`: that full name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.kin_genders import _KIN

__all__ = ["kin_of_opener"]

_KINS = "|".join(_KIN)
_OPENER = re.compile(rf"^the ({_KINS}) of\b", re.IGNORECASE)
#: the end of a sentence in raw text (a full stop, a wire paragraph's "<")
_END = re.compile(r"[.<]\s")
#: "Her daughter Jacqueline Gee", "his 30-year-old son, Tom Reed" (KIN: the opener's kin word)
_NAMED = r"\b(?:Her|His|Their|her|his|their) (?:[\w-]+ )?KIN,? ((?:[A-Z][a-z]+ )+[A-Z][\w'-]+)"
#: how many sentences after the description's the name may come
_REACH = 3


def kin_of_opener(label: str, after: str) -> str:
    """The full name of the relative an opening "The <kin> of ..." is, as a later sentence names
    her with the same kin word (module docstring), else "".

    Args:
        label: the speaker's label ("The daughter of one of Harold Shipman's alleged victims").
        after: the document's text from the mention on.

    Example:
        >>> text = ("The son of a man killed in a crash told an inquest today how he heard the news. "
        ...         "Tom Reed, 70, died on the A1. His son Peter Reed told the inquest he was shocked.")
        >>> kin_of_opener("The son of a man killed in a crash", text)
        'Peter Reed'
        >>> kin_of_opener("The son of a man killed in a crash", text.replace("His son", "His brother"))
        ''
    """
    m = _OPENER.match(" ".join(str(label).split()))
    if m is None:
        return ""
    kin = m.group(1).lower()
    ends = [e.end() for e in _END.finditer(after)][: _REACH + 1]
    window = " ".join((after[: ends[-1]] if len(ends) > _REACH else after).split())
    names = set(re.findall(_NAMED.replace("KIN", kin), window))
    return names.pop() if len(names) == 1 else ""
