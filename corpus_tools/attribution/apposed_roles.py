"""A possessive role ("his solicitor") is the person the document names with those words in
apposition.

A report tells an act of a person's lawyer by the role and names him paragraphs later with the
same words beside his name: "Timothy Price, 26, will have to face a retrial next month after his
solicitor reported the incident ... / Tim Brown, his solicitor of the firm Brown and Pajak, said:
...". A reader takes "his solicitor" for Brown; the findings had counted it as a second, anonymous,
speaker (read from TUNE_25's 28.09.99/sleep, the guardian, kind K1 of
``benchmarks/claims_tune25.md``; the paper that writes "His solicitor, Tim Brown" was already read
so).

The rule: a label of a possessive ("his", "her", "their") and one or two lower-case words, no name,
is the person the document names, given name and surname, right before or after the same words
set off by a comma ("Tim Brown, his solicitor", "his solicitor, Tim Brown", "his solicitor Tim
Brown"), when it names one such person.

* :func:`apposed_role`: that person's name, or "".
"""

from __future__ import annotations

import re

__all__ = ["apposed_role"]

_LABEL = re.compile(r"^(?:his|her|their) [a-z][a-z-]*(?: [a-z][a-z-]*)?$", re.IGNORECASE)
_NAME = r"([A-Z][a-z][\w'-]* [A-Z][\w'-]*[a-z])"


def apposed_role(label: str, text: str) -> str:
    """The person a possessive role stands for (module docstring), else "".

    Example:
        >>> text = "Tom Price faces trial after his solicitor complained. Ann Lee, his solicitor, said so."
        >>> apposed_role("his solicitor", text)
        'Ann Lee'
        >>> apposed_role("his solicitor", "Tom Price faces a retrial after his solicitor complained.")
        ''
    """
    label = " ".join(str(label).split())
    if not _LABEL.match(label):
        return ""
    role = re.escape(label).replace(r"\ ", r"\s+")
    pattern = rf"{_NAME},\s+(?i:{role})\b|\b(?i:{role}),?\s+{_NAME}"
    names = {m.group(1) or m.group(2) for m in re.finditer(pattern, text)}
    return names.pop() if len(names) == 1 else ""
