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

Widened in round 36 (branch audit36, Reuters-21578 8851 of HELD_OUT_36, claims ph4 and ph13 of
``benchmarks/claims.md``): the spokesman may close his sentence as its tag ("The NASDAQ listing will
end with the start of the NYSE listing, a spokesman said."), and the company of the sentence before
may be named without its legal ending when the text gives that name a ticker elsewhere ("N.V.
Philips Gloeilampenfabrieken <PGLO.AS> said ...", then "Philips, listed on 17 European exchanges,
said ..."): the company's name with the ticker is its label.

* :func:`company_before`: that company's label (its legal ending at the end dropped, as the
  company's own label is), or "";
* :func:`ticked_company`: a speaker named by one word of a company's name that the document gives a
  ticker ("Philips said" beside "NV Philips Gloeilampenfabrieken <PGLO.AS> shares are due ...": the
  tagger took "Philips" for a person; Reuters-21578 15015, claims ph12 and ph13) read as that company.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesman_bodies import _BARE
from corpus_tools.attribution.statement_bodies import body_said_before

__all__ = ["company_before", "ticked_company"]

_ENDS = r"(?:Ltd|Limited|Inc|Corp|Corporation|Co|Plc|PLC|SA|AG|NV)"
#: "Financial Corp of America said", "Levon Resources Ltd, which ..., announced"
_SAID = re.compile(
    rf"\b((?:[A-Z][\w&'-]*\s+)+{_ENDS}\.?(?:\s+of\s+(?:[A-Z][\w'-]*\s*){{1,2}})?)(?:,\s[^,]{{1,80}},)?\s*"
    r"(?:said|stated|announced|confirmed|added|reported)\b"
)
#: an opening conjunction before the spokesman
_OPENER = re.compile(r"\b(?:But|And|However,|Meanwhile,)\s+$")
_LEGAL = re.compile(r"(?:\s+(?:Ltd|Limited|Inc|Corp)\.?)+$")
#: a company's name before its ticker: "N.V. Philips Gloeilampenfabrieken <PGLO.AS>"
_TICKED = re.compile(r"((?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)\s*<[A-Z0-9.]{1,12}>")
#: a sentence's stop before the next sentence's capital
_STOP = re.compile(r"[.!?]['\"]?\s+(?=[A-Z])")


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
    if before.rstrip().endswith(","):  # "..., a spokesman said.": the sentence before his
        stops = list(_STOP.finditer(before))
        before = before[: stops[-1].start() + 1] if stops else ""
    opener = _OPENER.search(before[-20:])
    before = before[: len(before) - len(opener.group(0))] if opener else before
    found = _LEGAL.sub("", " ".join(body_said_before(before, len(before), _SAID).split()))
    return found or (_ticked_before(before, text) if "<" in text else "")


def _ticked_before(before: str, text: str) -> str:
    """The name ``text`` gives a ticker ("N.V. Philips Gloeilampenfabrieken <PGLO.AS>") one of
    whose words is the subject of "said" in the sentence that ``before`` ends with ("Philips,
    listed on 17 European exchanges, said"), else "".

    Example:
        >>> text = "Dutch group N.V. Acme Lampen <ACME.AS> said it will move. Acme said it is glad."
        >>> _ticked_before(text, text)
        'N.V. Acme Lampen'
        >>> _ticked_before("Tom Reed said it is glad.", "Acme Lampen <ACME.AS> said it will move.")
        ''
    """
    names = [" ".join(m.group(1).split()) for m in _TICKED.finditer(text)]
    words = {w: n for n in names for w in n.split() if len(w) > 2 and w[:1].isupper() and w.isalpha()}
    if not words:
        return ""
    said = re.compile(rf"\b({'|'.join(map(re.escape, words))})(?:,\s[^,]{{1,80}},)?\s*(?:said|announced)\b")
    subject = body_said_before(before, len(before), said)
    return words.get(subject, "")


#: a company's legal ending, dropped from a ticked name as from the company's own label
_ENDING = re.compile(r"(?:\s+(?:Ltd|Limited|Inc|Corp|Corporation|Co|Plc|PLC|plc)\.?)+$")
#: the types a word of a ticked name given alone may have been read as
_TYPES = ("person", "organisation")


def ticked_company(s: dict, text: str) -> dict:
    """``s`` (``speaker_label``, ``speaker_type``, ``named``) as the company whose name ``text``
    gives a ticker, when its label is one word of that name (four letters or more, in one name
    only) typed a person or an institution; else ``s`` as it is.

    Example:
        >>> text = "NV Acme Lampen <ACME.AS> shares rose. Acme said it is glad."
        >>> s = {"speaker_label": "Acme", "speaker_type": "person", "named": True}
        >>> [ticked_company({**s, "speaker_label": x}, text)["speaker_label"] for x in ("Acme", "Tom")]
        ['NV Acme Lampen', 'Tom']
    """
    label = str(s["speaker_label"])
    if "<" not in text or " " in label or len(label) < 4 or s["speaker_type"] not in _TYPES:
        return s
    names = {_ENDING.sub("", " ".join(m.group(1).split())) for m in _TICKED.finditer(text)}
    found = [n for n in names if label in n.split()]
    if len(found) != 1 or found[0] == label:
        return s
    return {**s, "speaker_label": found[0], "speaker_type": "organisation", "named": True}
