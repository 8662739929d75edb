"""A later sentence of the same form whose every figure is another: a new measurement, not a
rewrite (issue #22, round 38, branch rkind38).

A company's releases are written to one formula, and so are the wire's stories of them. Seventeen
days after "Murgold Resources Inc said the number three vein zone at its Timmins, Ontario property
yielded partial assay results of 1.08 ounces gold a short ton across an average width of 4.2 feet
and length of 200 feet", the next release says "Murgold Resources Inc said assays received from 320
feet of drifting on the number-three vein at the Chester Township property south of Timmins,
Ontario, indicate an average of 0.528 ounce of gold per ton across an average width of five feet
for the 320-foot length" (Reuters-21578 626 and 7166, ``TUNE_38``). The words route of
:func:`corpus_tools.reuse.matching.match` aligned the two at 0.635 on the formula, so the findings
said 7166 "keeps 1 of 626's 4 sentences" and counted 62% of its words "taken from 626", and the
change rows diffed the new results against the old ("4.2 feet and length of 200 feet" -> "five
feet for the 320-foot length"; ``benchmarks/claims_tune38_r.md``, cause A). A reader sees new
results: nothing of what 626 measured is told again.

The rule: a ``rewritten`` sentence is new when it and its source sentences each give two figures
or more (:func:`figures`: numbers in digits, a date's day and a year left out), they share none,
and none of the sentence's figures is anywhere in the source. An update that changes one figure of
a sentence ("two" -> "three killed", a price revised) keeps the others, or finds the new figure
in the source, and stays aligned, as issue 23 asks; a sentence that retells its source in other
words keeps its figures. On the 130 Reuters-21578 update series of rounds 32-38's lists (less
``HELD_OUT_38``) the rule reads one sentence, 7166's.

Cheap: one regular expression over a sentence's text, read only for a ``rewritten`` row whose
sentence holds a digit, and once over the source's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["figures", "other_figures"]

#: a number in digits, with its thousands commas and decimals ("30,000", "0.528")
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")
#: a month's name or short form just before a figure: the figure is a day of a date
_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
#: a year, which a later story of another measurement may well share or not
_YEAR = re.compile(r"(?:19|20)\d\d")


def figures(text: str) -> frozenset[str]:
    """The figures of a text: its numbers in digits, commas off, but a day after a month's name
    and a year.

    Example:
        >>> sorted(figures("Assays of 0.528 ounce across 1,200 feet on March 4, 1987, up 5 pct."))
        ['0.528', '1200', '5']
    """
    out = set()
    for m in _FIGURE.finditer(text):
        figure = m.group().rstrip(",").replace(",", "")
        if _YEAR.fullmatch(figure) or _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.add(figure)
    return frozenset(out)


def other_figures(rows: list[dict], text: dict, source_text: Iterable[str]) -> None:
    """Set, in place, every ``rewritten`` row of one text (the rows of
    :func:`corpus_tools.reuse.alignment._align_doc`) whose sentence gives two figures or more, its
    source sentences two or more, none shared and none of its own found in the source, to new.

    Args:
        rows: the rows of one text.
        text: the raw text of each document, by ``doc_id``.
        source_text: the raw texts of the source files.

    Example:
        >>> from types import SimpleNamespace as NS
        >>> doc = {"s": "Acme said tests gave 1.2 grams across 40 feet.",
        ...        "v": "Acme said drilling gave 0.7 grams across 90 feet."}
        >>> src = NS(doc_id="s", start=0, end=len(doc["s"]))
        >>> t = NS(doc_id="v", start=0, end=len(doc["v"]))
        >>> rows = [dict(t=t, chosen=[NS(src=src)], cls="rewritten", score=0.6, route="words")]
        >>> other_figures(rows, doc, [doc["s"]])
        >>> rows[0]["cls"], rows[0]["chosen"]
        ('new', [])
    """
    known: frozenset[str] | None = None
    for r in rows:
        if r["cls"] != "rewritten":
            continue
        t = r["t"]
        sentence = text[t.doc_id][t.start : t.end]
        if not any(ch.isdigit() for ch in sentence):
            continue
        own = figures(sentence)
        if len(own) < 2:
            continue
        theirs = frozenset().union(
            *(figures(text[m.src.doc_id][m.src.start : m.src.end]) for m in r["chosen"])
        )
        if len(theirs) < 2 or own & theirs:
            continue
        if known is None:
            known = frozenset().union(*map(figures, source_text))
        if not own & known:
            r.update(chosen=[], score=0.0, cls="new", route="")
