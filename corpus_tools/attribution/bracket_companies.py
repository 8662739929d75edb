"""A company the wire marks "<Qintex Ltd>" that the parse cuts out of its own speaker label.

Reuters' business copy marks a company that has no ticker in angle brackets: "<Qintex Ltd> of
Brisbane said it has arranged for a leading Australian financial institution ...". The parse takes
the closing mark for the head of the subject, so the speaker's label was "> of Brisbane", a third
institution beside "The company also said" and "Qintex said" of the same document (read from
HELD_OUT_33's 7646+8730, 7646 0 and 8730 0, ``benchmarks/claims.md`` cause 1: three institutions
for one, and a "re-attribution" of the company's statements to itself).

The rule: a label that opens with the closing mark ">" is the company the marks enclose right
before it, and a label that is a name ending with the mark ("Varro Ltd>", which the parse may also
type a person) is that name: each named as :mod:`~.company_short_names` names a company, without its
legal ending ("Qintex"). Widened in round 38 (branch audit38, ``HELD_OUT_38``'s 3023, 3023 0,
``benchmarks/claims.md`` cw4 and cw13): an indefinite description of a company set in apposition
right after the marked name ("<MTS Acquisition Corp>, a company formed by Martin T. Sosnoff, said
it has started a tender offer") is that company; the parse had taken "a company" for the subject,
an institution apart from "MTS said" a sentence later, then "kept" by an update that drops MTS.
Any other label is left as it is.

* :func:`bracket_company`: the speaker read so.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.company_short_names import _LEGAL

__all__ = ["bracket_company"]

#: the opening mark and the company's name, up to the mention ("<Qintex Ltd" before "> of Brisbane")
_OPENED = re.compile(r"<([A-Z][^<>\n]{0,60}?)\s*$")
#: a name with the marks in its label ("Varro Ltd>", "<Varro Ltd>")
_MARKED = re.compile(r"<?([A-Z][^<>]{0,60}?)\s*>")
#: the marked name closed right before an apposition: "<MTS Acquisition Corp>, " before "a company"
_APPOSED = re.compile(r"<([A-Z][^<>\n]{0,60}?)\s*>,\s*$")
#: an indefinite description of a company ("a company", "an investment firm"), the whole label
_DESCRIBED = re.compile(r"an? (?:[a-z-]+ ){0,2}(?:company|firm|partnership|concern)")


def bracket_company(s: dict, text: str, start: int) -> dict:
    """``s`` as the company its label's ">" closes (module docstring), else as it is.

    Args:
        s: a speaker (``speaker_label``, ``speaker_type``, ``named``).
        text: the document's text.
        start: the offset of the speaker's first mention in ``text``.

    Example:
        >>> text = "<Varro Ltd> of Perth said it has the credit."
        >>> bracket_company({"speaker_label": "> of Perth", "speaker_type": "organisation",
        ...                  "named": True}, text, 10)["speaker_label"]
        'Varro'
        >>> text = "<Varro Holding Corp>, a company formed by Ann Lee, said it bid."
        >>> bracket_company({"speaker_label": "a company", "speaker_type": "organisation",
        ...                  "named": False}, text, 22)["speaker_label"]
        'Varro Holding'
    """
    label = " ".join(str(s["speaker_label"]).split())
    if ">" in label:  # the cheap tests first
        opened = _OPENED.search(text[:start]) if label.startswith(">") else _MARKED.fullmatch(label)
    elif label[:2] in ("a ", "an") and text[start - 2 : start] == ", " and _DESCRIBED.fullmatch(label):
        opened = _APPOSED.search(text, max(0, start - 80), start)  # "<X Corp>, a company formed by"
    else:
        return s
    if opened is None:
        return s
    name = _LEGAL.sub("", " ".join(opened.group(1).split()))
    return {**s, "speaker_label": name, "speaker_type": "organisation", "named": True}
