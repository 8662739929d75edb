"""A witness the court hears under a code name is anonymous, as one it calls by a letter is.

A police marksman or a soldier gives evidence from behind a screen under a word of the radio
alphabet: "the policeman, identified only as Officer Kilo", "'Kilo', the officer who fired all the
fatal shots, told the inquest", "an officer codenamed Kilo". The reports write the code name as a
name, so the speaker was typed a named person, where the report says he "gave evidence from behind
a screen to protect his identity" (read from TUNE_25's 18.02.00/inqira: inqira1bg, the times, the
telegraph and the guardian, kind K4 of ``benchmarks/claims_tune25.md``; round 24's "Woman A" is
:mod:`~.court_letters`, which calls this module).

The rule: a label that is, or ends with, a word of the radio alphabet that is no person's name
(:data:`CODE_WORDS`: "Kilo", "Bravo", "Tango" ..., not "Victor", "Mike" or "Juliet"), alone or
after a person's noun ("Officer Kilo", "Witness Alpha"), is a code name.

* :func:`code_name`: whether a label is such a code name.
"""

from __future__ import annotations

import re

__all__ = ["CODE_WORDS", "code_name"]

#: the words of the radio alphabet that are no given name a report could mean
CODE_WORDS = frozenset(
    "Alpha Bravo Delta Echo Foxtrot Golf Kilo Papa Quebec Sierra Tango Uniform Whiskey Whisky "
    "X-ray Yankee Zulu".split()
)
_LABEL = re.compile(
    r"^(?:(?:the )?(?:[Oo]fficer|[Ww]itness|[Ss]oldier|[Mm]arksman|[Pp]oliceman|[Aa]gent|[Ss]ergeant) )?"
    r"['\u2018]?([A-Z][\w-]+)['\u2019]?$"
)


def code_name(label: str) -> bool:
    """Whether ``label`` is a code name a court gives a witness ("Officer Kilo", "Kilo").

    Example:
        >>> code_name("Officer Kilo"), code_name("Kilo"), code_name("Officer Victor"), code_name("Tom Kilo")
        (True, True, False, False)
    """
    m = _LABEL.match(" ".join(str(label).split()))
    return bool(m) and m.group(1) in CODE_WORDS
