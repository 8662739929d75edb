"""An unnamed officer of one take is the one officer the story's takes give a code name.

An inquest into a police shooting hears the marksman under a code name, and the takes of the wire
story tell him by turns as a description and by the code name: "The policeman who fired the fatal
shots told the inquest he feared O'Neill was holding a gun" in the morning's take, "the officer who
fired the shot which killed O'Neill, told the jury ... Officer Kilo, who gave evidence from behind a
screen ..., said" in the afternoon's. A reader takes both for the one marksman; the findings had
counted "The policeman" a PA speaker beside "Officer Kilo", and every paper then "dropped" him
(read from TUNE_25's 18.02.00/inqira, inqira1 and inqira1bg, kind K1 of
``benchmarks/claims_tune25.md``).

The rule: an unnamed definite description headed by a police word ("The policeman", "the officer",
"the marksman") is the officer the text of its source group (the takes) gives a code name or a
court's letter after a police word or "codenamed" ("Officer Kilo", "codenamed Kilo", "Officer B":
:mod:`~.code_names`), when it gives one to one officer only; his label is "Officer" and the code
("Officer Kilo"), which :mod:`~.court_letters` types anonymous.

* :func:`coded_officer`: that label, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.code_names import CODE_WORDS

__all__ = ["coded_officer"]

_POLICE = r"(?:policeman|officer|marksman|constable)"
_DESCRIPTION = re.compile(rf"^[Tt]he (?:[a-z-]+ )?{_POLICE}$")
_CODED = re.compile(
    rf"\b(?i:{_POLICE}|codenamed|code-named|identified only as) ([A-Z]\b|{'|'.join(sorted(CODE_WORDS))})"
)


def coded_officer(label: str, group: str) -> str:
    """The label of the code-named officer an unnamed police description stands for (module
    docstring), else ""; ``group``: the text of the document's source group.

    Example:
        >>> group = "The policeman fired. Officer Bravo said he feared for his life."
        >>> coded_officer("The policeman", group)
        'Officer Bravo'
        >>> coded_officer("The policeman", group + " Officer Tango said so too.")
        ''
        >>> coded_officer("The policeman", "The policeman fired. Pc Tom Reed said so.")
        ''
    """
    if not _DESCRIPTION.match(" ".join(str(label).split())):
        return ""
    codes = {m.group(1) for m in _CODED.finditer(group)}
    return f"Officer {codes.pop()}" if len(codes) == 1 else ""
