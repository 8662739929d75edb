"""A bare "a spokeswoman" right after a company named with its legal ending said something.

Wire copy gives a company's words and then its spokeswoman's, named for no one: "Financial Corp
of America said it is not holding discussions with anyone regarding a buyout of the company.", then
"But a spokeswoman pointed out that ..." and three sentences more of hers. By round 19's ruling a
body and the spokesman who speaks for it are one speaker; :mod:`~.spokesman_bodies` and
:mod:`~.disputing_bodies` tie a bare spokesman to a body named by an organisation's head noun
("Brackley council", "The Acme Police") in the sentence before, and only when the spokesman opens
his sentence or follows a fronted phrase with its comma. A company of wire copy is named by its
legal ending ("Corp", "Inc", "Ltd"), and the spokeswoman's sentence opens with "But": the findings
had counted an anonymous spokeswoman beside the company (read from TUNE_32's 8962+15786, 8962 0-4,
kind W4 of ``benchmarks/claims_tune32.md``).

The rule: a bare spokesman ("a spokeswoman", "The spokesman"), opening his sentence or after "But",
"And" or "However,", speaks for the company the sentence right before names as the subject of a
verb of saying with its legal ending ("Financial Corp of America said", "Levon Resources Ltd
announced").

* :func:`company_before`: that company's label (its legal ending at the end dropped, as the
  company's own label is), or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesman_bodies import _BARE
from corpus_tools.attribution.statement_bodies import body_said_before

__all__ = ["company_before"]

_ENDS = r"(?:Ltd|Limited|Inc|Corp|Corporation|Co|Plc|PLC|SA|AG|NV)"
#: "Financial Corp of America said", "Levon Resources Ltd, which ..., announced"
_SAID = re.compile(
    rf"\b((?:[A-Z][\w&'-]*\s+)+{_ENDS}\.?(?:\s+of\s+(?:[A-Z][\w'-]*\s*){{1,2}})?)(?:,\s[^,]{{1,80}},)?\s*"
    r"(?:said|stated|announced|confirmed|added|reported)\b"
)
#: an opening conjunction before the spokesman
_OPENER = re.compile(r"\b(?:But|And|However,|Meanwhile,)\s+$")
_LEGAL = re.compile(r"(?:\s+(?:Ltd|Limited|Inc|Corp)\.?)+$")


def company_before(label: str, text: str, start: int) -> str:
    """The company a bare spokesman ``label`` (at offset ``start`` of ``text``) speaks for
    (module docstring), else "".

    Example:
        >>> text = "Acme Mining Corp of Canada said it had no talks. But a spokeswoman said it might."
        >>> company_before("a spokeswoman", text, text.index("a spokeswoman"))
        'Acme Mining Corp of Canada'
        >>> text = "Tom Reed said it had no talks. But a spokeswoman said it might."
        >>> company_before("a spokeswoman", text, text.index("a spokeswoman"))
        ''
    """
    if "spokes" not in label or not _BARE.fullmatch(" ".join(str(label).split())):  # the cheap test first
        return ""
    before = text[:start]
    opener = _OPENER.search(before[-20:])
    before = before[: len(before) - len(opener.group(0))] if opener else before
    return _LEGAL.sub("", " ".join(body_said_before(before, len(before), _SAID).split()))
