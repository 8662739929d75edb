"""Three shapes of one fact written shorter in one text of an update series, found in the held-out
reading of round 53 (benchmarks/family_round53.md). Read by
:mod:`corpus_tools.variants.name_facts` and :func:`corpus_tools.variants.fact_changes.fact_rows`:

- a rate written with one decimal in one text and exactly in the other ("fixed at 4.0 to the
  dollar" / "4.0002 at the last session"): the one is the other rounded, one amount
  (:func:`rounded_decimal_held`);
- a date whose day one text drops in the same words ("began last September 26" / "began last
  September"), the other text giving no day of that month: one date (:func:`day_dropped_held`);
- a nationality adjective after a possessive, before a lower-case word ("the Seafarers' Canadian
  branch"): the owner is the name, the adjective is no part of it (:func:`owner_before_adjective`),
  and the owner, one word, is the body named before in full on the same side ("The Seafarers'
  International Union"): no second row (:func:`owner_named_before`).
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import HONORIFICS, MONTHS, SPEAKER_WORDS

__all__ = ["day_dropped_held", "owner_before_adjective", "owner_named_before", "rounded_decimal_held"]

#: a number written with a decimal point, not inside a longer number or a date
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d.,]?\d)")


def rounded_decimal_held(text: str, other_raw: str) -> bool:
    """Whether the number ``text`` (as written, "4.0") is one amount with a number of the other
    text written with at least two more decimals ("4.0002"), or the other way: the longer, rounded
    to the shorter's decimals, is the shorter, within a tenth of its last place. A number written
    without a decimal ("4 banks") is not read as rounded; a real change ("4.0" / "4.04") stays one.

    >>> rounded_decimal_held("4.0", "It was 4.0002 to the dollar.")
    True
    >>> rounded_decimal_held("4.0002", "It was fixed at 4.0 to the dollar.")
    True
    >>> rounded_decimal_held("4.0", "It was 4.04 to the dollar.")
    False
    >>> rounded_decimal_held("4", "It was 4.0002 to the dollar.")
    False
    """
    m = _DECIMAL.match(text)
    if m is None:
        return False
    here = (m.group(0), len(m.group(2)))
    for n in _DECIMAL.finditer(other_raw):
        there = (n.group(0), len(n.group(2)))
        (short, places), (long, more) = sorted([here, there], key=lambda x: x[1])
        if more - places >= 2 and abs(float(long) - float(short)) < 0.1 * 10.0**-places:
            return True
    return False


def day_dropped_held(text: str, sentence: str, other_raw: str) -> bool:
    """Whether a month and day ``text`` in ``sentence`` ("began last September 26") is written in
    the other text after the same two words with its month alone ("began last September"), the
    other text giving no day of that month.

    >>> day_dropped_held("September 26", "Auctions began last September 26.", "It began last September.")
    True
    >>> day_dropped_held("September 26", "Auctions began last September 26.", "Sales rose in September.")
    False
    >>> day_dropped_held("September 26", "It began last September 26.", "It began last September 2.")
    False
    """
    m = re.fullmatch(r"([A-Z][a-z]+)\.?\s+\d{1,2}", text)
    if m is None or m.group(1).lower() not in MONTHS:
        return False
    month = m.group(1)
    before = re.search(r"(\w+)\s+(\w+)\s+" + re.escape(text) + r"\b", sentence)
    if before is None or re.search(rf"\b{month}\.?\s+\d", other_raw):
        return False
    same = rf"\b{re.escape(before.group(1))}\s+{re.escape(before.group(2))}\s+{month}\b(?!\.?\s*\d)"
    return re.search(same, other_raw, flags=re.I) is not None


#: nationality adjectives after a possessive ("X's Canadian unit")
_ADJECTIVE = re.compile(
    r"(?:[A-Z][a-z]+(?:ian|ese|ish)|American|Canadian|European|African|French|Dutch|Swiss|Greek|Thai"
    r"|Iraqi|Israeli|Pakistani|Saudi|Kuwaiti)"
)


def owner_before_adjective(words: list[str], text: str, after: str) -> tuple[list[str], str]:
    """A name run ending in a possessive and a nationality adjective before a lower-case word
    ("Seafarers' Canadian" of "the Seafarers' Canadian branch") as its owner alone ("Seafarers");
    any other run as it is.

    >>> owner_before_adjective(["Seafarers'", "Canadian"], "Seafarers' Canadian", " branch, has said")
    (['Seafarers'], 'Seafarers')
    >>> owner_before_adjective(["Seafarers'", "Canadian"], "Seafarers' Canadian", " Branch said")
    (["Seafarers'", 'Canadian'], "Seafarers' Canadian")
    """
    if (
        len(words) < 2
        or not re.match(r"\s+[a-z]", after)
        or not _ADJECTIVE.fullmatch(words[-1])
        or not re.search(r"['’]s?$", words[-2])
    ):
        return words, text
    owner = [*words[:-2], re.sub(r"['’]s?$", "", words[-2])]
    return owner, " ".join(owner)


#: a title or an honorific: a longer name holding one names a person ("Ontario Premier David Peterson")
_TITLES = SPEAKER_WORDS["official"] | HONORIFICS


def owner_named_before(text: str, sentence: str, reported: list[tuple]) -> bool:
    """Whether a one-word name ``text``, written as a possessive in ``sentence`` ("the Seafarers'
    Canadian branch"), is the first word of a longer name reported before on the same side
    (``reported``: ``(sentence, kind, text, change)``): one body reported twice. Not a person's
    title ("Ontario Premier David Peterson" names a man; "Ontario's Peterson" names the province
    too, benchmarks/family_round49.md).

    >>> union = [("s", "name", "Seafarers' International Union", "cut")]
    >>> owner_named_before("Seafarers", "head of the Seafarers' Canadian branch", union)
    True
    >>> owner_named_before("Seafarers", "the Seafarers said", union)
    False
    >>> owner_named_before("Ontario", "Ontario's Lo said", [("s", "name", "Ontario Premier Ann Lo", "")])
    False
    """
    if " " in text or not re.search(re.escape(text) + r"['’]s?\s", sentence):
        return False
    first = text.lower()
    return any(
        kind == "name"
        and " " in t
        and re.sub(r"['’]s?$", "", t.split()[0]).lower() == first
        and not {w.lower().rstrip(".") for w in t.split()} & _TITLES
        for _, kind, t, _ in reported
    )
