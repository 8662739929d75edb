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

Round 34 (branch orgs34, ``benchmarks/speaker_entities34.md`` rows 11-13, Reuters-21578 2444,
5116 and 5119) widened the lead and the mention to the shapes the check set split: a lead in an
unlisted company's brackets, with no suffix ("<VMS Realty Partners> said"); a suffix after a comma
and a name with a small word ("Petroleos de Venezuela, S.A. said"); a mention with one or two
lower-case words before its head ("The state oil company said"; never "the new company"), or "the
firm"; "the group" or "the bank" only where the lead's name says so ("Harlow Group Plc",
"Banque ..."); and the lead's suffix read alone as a speaker ("S.A." of "..., S.A. said").

* :func:`lead_company`: the speaker as the lead's company, or as it is.
"""

from __future__ import annotations

import re

__all__ = ["lead_company"]

#: the text opens with a company's name and a legal suffix, then its ticker, "said" or a comma
_LEAD = re.compile(
    r"\s*<?((?:[A-Z][\w&'.-]*,?\s+(?:(?:and|of|&|de|del|la|du|des|di|van|von|der)\s+)?){1,5}?"
    r"(?:Corp|Co|Cos|Inc|Ltd|Plc|PLC|Corporation|Company|Group|Holdings|AG|NV|SA|S\.A)\.?)>?"
    r"(?=\s*(?:<[^>\n]{1,12}>\s*)?(?:,|said\b))"
    r"|\s*<([A-Z][^<>\n]{1,60})>(?=\s*said\b)"  # "<VMS Realty Partners> said": brackets, no suffix
)
#: the mention: "the company", "the state oil company", "the firm", "the group", "the bank" (head
#: last, one or two lower-case words before it, never "new"; not "the company's chairman")
_MENTION = re.compile(
    r"the (?:(?!new )[a-z-]+ ){0,2}(company|firm|group|bank)(?!'|\u2019|-)\b", re.IGNORECASE
)
#: the words a lead's name must hold for "the group" and "the bank"
_KINDS = {"group": ("Group",), "bank": ("Bank", "Banque", "Banco", "Bancorp")}
#: a suffix read alone as a speaker ("S.A." of "Petroleos de Venezuela, S.A. said")
_SUFFIX_ALONE = frozenset({"sa", "ag", "nv", "inc", "ltd", "plc", "corp", "co"})


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
    label = str(s["speaker_label"]).replace(".", "").strip().lower()
    alone = label in _SUFFIX_ALONE
    if (
        start == 0
        or (s.get("named") and not alone)
        or not (alone or text[start : start + 4].lower() == "the ")
    ):
        return s
    mention = None if alone else _MENTION.match(text, start)
    if not alone and (
        mention is None or mention.group(0).lower() != " ".join(str(s["speaker_label"]).lower().split())
    ):
        return s
    m = _LEAD.match(text)
    if m is None or (alone and start > m.end()):
        return s
    name = " ".join((m.group(1) or m.group(2)).split())
    if mention is not None and not any(
        w in name.split() for w in _KINDS.get(mention.group(1).lower(), name.split())
    ):
        return s  # "the group" after a lead that names no group
    return {**s, "speaker_label": name, "speaker_type": "organisation", "named": True}
