"""'A Halcor spokesman' after 'Halcor Industries Inc said': the company's spokesman is the company.

Wire copy names a company in full and then quotes its spokesman by the first word of its name:
"Pechiney <PUKG.PA> said it signed two letters of intent ...", "A Pechiney spokesman said two
working groups would prepare detailed projects" (read from TUNE_33's 5149+5243, 5243 3-4, kind T1
of ``benchmarks/claims_tune33.md``). By round 19's ruling a body and the spokesman who speaks for it
are one speaker; :mod:`~.body_statements` ties "A Northgate Hospital spokesman" to its body only when
the body also gives a statement and its name has two words, and :mod:`~.company_spokesmen` only
when the document calls the company "the company": "A Halcor spokesman" stayed an anonymous official
beside "Halcor Industries", two speakers for one, the company "dropped" and its spokesman "added" in
every update. Found in 92 documents of Reuters-21578 ("A KLM spokesman", "A Viacom spokesman").

The rule: a spokesman labelled by one capitalised word ("A Halcor spokesman", "the Corvan
spokeswoman") is the company that word opens, when :mod:`~.company_short_names` reads the word as
the document's one company so named before the mention ("Halcor Industries Inc", never a person's
name: "Tom Halcor" or "Mr Halcor" keep the spokesman as he is).

Narrowed in round 39 (branch debt39, round 38's held-out 6410 17, ``benchmarks/claims.md`` gc4):
the company must speak in the document in its own name ("Halcor Industries Inc said", "Halcor
<HLC> announced") or as "the company said"; a company the text only names ("a tender offer for all
common shares of GenCorp Inc ... GenCorp has agreed to sell ...") leaves its lone spokesman an
anonymous official (the ruling of round 36: a body that says nothing in its own name is not made
a speaker through its unnamed spokesman).

* :func:`spokesman_company`: that company's label ("Halcor Industries"), or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.company_short_names import short_company

__all__ = ["spokesman_company"]

#: "A Halcor spokesman", "the Corvan spokeswoman": one capitalised word before the noun
_WORD_SPOKES = re.compile(r"(?:[Aa]n?|[Tt]he) ([A-Z][a-z][\w&'-]+) spokes(?:man|woman|person)")


def spokesman_company(label: str, before: str, text: str = "") -> str:
    """The company a spokesman ``label`` speaks for (module docstring), else "".

    Args:
        label: the speaker's label ("A Halcor spokesman").
        before: the document's text before the mention.
        text: the whole document (:func:`~.company_short_names.short_company`).

    Example:
        >>> before = "Halcor Industries Inc said it would buy Brent Tools Co. "
        >>> spokesman_company("A Halcor spokesman", before)
        'Halcor Industries'
        >>> spokesman_company("A Brent spokesman", "Tom Brent, of Brent Tools Co, said it. ")
        ''
    """
    if "spokes" not in label:  # the cheap test first
        return ""
    m = _WORD_SPOKES.fullmatch(" ".join(str(label).split()))
    company = short_company(m.group(1), before, text) if m else ""
    return company if company and _speaks(company, text or before) else ""


#: a verb of saying after a company's name, its legal ending, its ticker or a short aside
_SAYS = (
    r"(?: (?:Inc|Corp|Co|Ltd|PLC|Plc|AG|NV|SA|N\.V|S\.A)\.?)?(?: <[^>]*>)?(?:, [^,.]{1,60},)?"
    r" (?:also |earlier |today |yesterday )?(?:said|says|announced|reported|stated|told)\b"
)


def _speaks(company: str, text: str) -> bool:
    """Whether the company speaks in ``text`` in its own name ("Halcor Industries Inc said") or as
    "the company said" (module docstring).

    Example:
        >>> _speaks("Halcor Industries", "Halcor Industries Inc <HLC> said it would.")
        True
        >>> _speaks("Halcor", "a tender offer for Halcor Inc. Halcor has agreed to sell it.")
        False
    """
    flat = " ".join(text.split())
    said = re.search(rf"\b{re.escape(company)}{_SAYS}", flat)
    return (
        said is not None
        or re.search(r"\b[Tt]he company (?:also |earlier )?(?:said|says)\b", flat) is not None
    )
