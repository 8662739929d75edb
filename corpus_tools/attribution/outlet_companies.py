"""A news agency that is the company speaking of its own business credits no agency.

"Reuters Holdings PLC said its Reuters Information Services Inc unit will join ... / Reuters said
the system ... will use its private communications network": the agency's owner announces its own
venture, and the wire calls it by its short name after. The findings read each "Reuters said" as a
statement that "credits a news agency or outlet", as if the wire had taken a report from Reuters
(round 36, branch tune36, ``benchmarks/claims_tune36.md`` kind U4, Reuters-21578 858: "2 statements
credit a news agency or outlet").

The rule: a speaker whose label is an outlet's name does not credit that outlet when the document
names a company opening with that name and ending in a legal form ("Reuters Holdings PLC", "Dow
Jones and Co Inc", "<Knight-Ridder Inc>"): the outlet is then that company. A statement told to an
outlet ("told Reuters", "in an interview with Reuters") is a credit as before; so is "Reuters said"
in a document that names no such company.

* :func:`outlet_company`: whether an outlet's name stands for a company the document names.
"""

from __future__ import annotations

import re

__all__ = ["outlet_company"]

#: a company's legal form ending its name, as the wire writes it
_LEGAL = r"(?:PLC|Plc|plc|Inc|Corp|Corporation|Co|Cos|Ltd|Limited|Holdings|Group|SA|AG|NV)"


def outlet_company(name: str, text: str) -> bool:
    """Whether the outlet called ``name`` (a speaker's label) is, in ``text`` (the document), a
    company it names in full: the name, up to three capitalised words or "and", and a legal form.

    Example:
        >>> text = "Reuters Holdings PLC said its unit will join the venture. Reuters said it would."
        >>> outlet_company("Reuters", text), outlet_company("Reuters", "Nazer told Reuters so.")
        (True, False)
    """
    name = " ".join(str(name).split())
    if not name or name.lower() not in text.lower():  # the cheap test first
        return False
    words = r"\s+".join(map(re.escape, name.split()))
    return re.search(rf"(?i:\b{words})(?:\s+(?:[A-Z][\w&.-]*|and|&)){{0,3}}?\s+{_LEGAL}\b", text) is not None
