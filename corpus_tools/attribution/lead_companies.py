"""The wire's "The company said" is the company whose statement opens the story.

Reuters' business copy opens on a company's statement, its name with a legal suffix first ("OII
Holdings Corp, a company formed by Kohlberg Kravis Roberts and Co, said it received ...";
"Consolidated Natural Gas Co said it has received Securities and Exchange Commission approval
..."), and goes on with "The company said". The story names other companies and bodies on the way
(the buyer's owner, the target, the agency), so the one-company reading (:mod:`~.companies`) and the
first-speaker one (:mod:`~.company_anaphors`, whose company names drop the suffix and need two) left
"The company" a second, unnamed institution beside the company (read from the round-33 sweep's
5889+8853 and 6560+6712, ``benchmarks/speaker_sweep33.md``, shape 2).

The rule: an unnamed speaker whose mention is "the company" (those two words, not "the company's
chairman", not "the new company") is the company the document's text opens with, when the text
opens with a name ending in a legal suffix (Corp, Co, Inc, Ltd, Plc ...) followed by "said", by
its ticker or by an apposition's comma: the label is that name as written, so the speaker is the
lead's. Read from ``wire_speakers`` (a text that does not open so, or a mention of another shape,
costs one string test).

* :func:`lead_company`: the speaker as the lead's company, or as it is.
"""

from __future__ import annotations

import re

__all__ = ["lead_company"]

#: the text opens with a company's name and a legal suffix, then its ticker, "said" or a comma
_LEAD = re.compile(
    r"\s*<?((?:[A-Z][\w&'.-]*\s+(?:(?:and|of|&)\s+)?){1,5}?"
    r"(?:Corp|Co|Cos|Inc|Ltd|Plc|PLC|Corporation|Company|Group|Holdings|AG|NV|SA)\.?)>?"
    r"(?=\s*(?:<[^>\n]{1,12}>\s*)?(?:,|said\b))"
)


def lead_company(s: dict, text: str, start: int) -> dict:
    """``s`` as the company the text opens with when its mention is "the company", else ``s``.

    Args:
        s: a speaker (``speaker_label``, ``speaker_type``, ``named``).
        text: the document's text.
        start: the offset of the speaker's mention in ``text``.

    Example:
        >>> s = {"speaker_label": "The company", "speaker_type": "organisation", "named": False}
        >>> text = "Harlow Gas Co said it won approval from the SEC. The company said it will grow."
        >>> lead_company(s, text, 49)["speaker_label"]
        'Harlow Gas Co'
        >>> lead_company(s, "Prices fell. The company said it will grow.", 13) is s
        True
    """
    if s.get("named") or text[start : start + 12].lower() != "the company " or start == 0:
        return s
    m = _LEAD.match(text)
    if m is None:
        return s
    return {**s, "speaker_label": " ".join(m.group(1).split()), "speaker_type": "organisation", "named": True}
