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
legal ending ("Qintex"). Any other label is left as it is.

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
    """
    label = " ".join(str(s["speaker_label"]).split())
    if ">" not in label:  # the cheap test first
        return s
    opened = _OPENED.search(text[:start]) if label.startswith(">") else _MARKED.fullmatch(label)
    if opened is None:
        return s
    name = _LEGAL.sub("", " ".join(opened.group(1).split()))
    return {**s, "speaker_label": name, "speaker_type": "organisation", "named": True}
