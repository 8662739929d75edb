"""'The statement said', 'a spokesman said' after 'Pechiney said in a statement': the company.

Wire copy gives a company's words "in a statement" and then goes on with the statement and the
company's spokesman, neither named for anyone: "Pechiney said in a statement one accord was to set
up joint ventures ...", "Under the latter, Pechiney ... will form and lead a consortium ..., a
spokesman said.", "He said it was early to put figures on possible deals", "The statement said
joint working groups for each accord had a three-month deadline" (read from TUNE_33's 5149+5243,
5149 1-4, kinds T1 and T3 of ``benchmarks/claims_tune33.md``). The statement was counted an
institution of its own and the spokesman an anonymous speaker, three speakers for one: by round
19's ruling a body and the spokesman who speaks for it are one speaker, and a body's statement is
the body (the audits' ft5, sg15). :mod:`~.statement_bodies` and :mod:`~.spokesman_bodies` read a
body only from the sentence right before and only when its name holds an organisation's head noun
("Brackley council"); a company is named by its own name, and the spokesman here closes a sentence.

The rule: a bare statement or spokesman ("The statement", "a spokesman", no body named) is the one
name the document's text before it makes the subject of "said in a statement" ("Pechiney said in a
statement", "Halcor Industries Inc said in a statement": "Halcor Industries"), when the document
shows that name is a company's: after a noun of business ("metals group Pechiney", "oil company
Halcor"), or before a legal ending or a ticker ("Halcor Industries Inc", "Pechiney <PUKG.PA>").
"Tom Reed said in a statement" is a person, whose spokesman is no institution: nothing shows a
company there, and the spokesman stays as he is.

* :func:`statement_company`: that name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesman_bodies import _BARE as _SPOKESMAN
from corpus_tools.attribution.statement_bodies import _BARE as _STATEMENT

__all__ = ["statement_company"]

#: "Pechiney said in a statement", "Halcor Industries Inc <HAL> said in a statement"
_SAID_IN = re.compile(
    r"(?<![\w&'-])((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)(?:\s+<[A-Z0-9.]+>)?\s+said\s+in\s+a\s+statement\b"
)
_LEGAL = re.compile(r"(?:\s+(?:Ltd|Limited|plc|PLC|Plc|Inc|Corp)\.?)+$")
#: a noun of business before a company's name ("metals group Pechiney", "oil company Halcor")
_TRADES = (
    "(?:"
    + "|".join(
        ("group", "company", "firm", "concern", "maker", "manufacturer", "producer", "bank", "carrier")
        + ("airline", "insurer", "retailer", "utility")
    )
    + ")"
)
#: a sentence's opening word, no part of the name ("But Borvex said in a statement")
_OPENERS = frozenset(
    ("But", "And", "The", "A", "An", "In", "On", "At", "Also", "Later", "Earlier", "Meanwhile")
)


def statement_company(label: str, before: str, text: str = "") -> str:
    """The body a bare statement or spokesman ``label`` belongs to (module docstring), else "".

    Args:
        label: the speaker's label ("The statement", "a spokesman").
        before: the document's text before the mention.
        text: the whole document, read for what shows a company; ``before`` when not given.

    Example:
        >>> before = "Glass group Borvex said in a statement it would build a plant. "
        >>> statement_company("The statement", before), statement_company("a spokesman", before)
        ('Borvex', 'Borvex')
        >>> statement_company("a spokesman", "Tom Reed said in a statement he would go. ")
        ''
    """
    if "statement" not in before:  # the cheap test first
        return ""
    label = " ".join(str(label).split())
    if not (_STATEMENT.fullmatch(label) or _SPOKESMAN.fullmatch(label)):
        return ""
    names = set()
    for m in _SAID_IN.finditer(before):
        words = m.group(1).split()
        while words and words[0] in _OPENERS:  # "But Borvex said in a statement"
            words = words[1:]
        if words:
            names.add(_LEGAL.sub("", " ".join(words)))
    if len(names) != 1:
        return ""
    (name,) = names
    company = re.compile(
        rf"\b{_TRADES}\s+{re.escape(name)}\b|\b{re.escape(name)}\s+(?:(?:Ltd|Limited|Inc|Corp|Co|Plc|PLC|SA|AG|NV)\b|<)"
    )
    return name if company.search(text or before) else ""
