"""Reuters' markup of a company inside a speaker's mention: the company's name, not its ticker.

Reuters' business copy follows a listed company's name with its ticker in angle brackets and puts
an unlisted company's name between them: "Guinness Plc <GUIN.L> said", "<Pioneer Sugar Mills Ltd>
said". The parse breaks at the brackets, so the mention was the ticker ("GUIN.L", apart from
"Guinness said earlier"), a fragment ("Cable and Wireless Plc <CAWL.L", typed anonymous; "> as
TransCanada PipeLines Ltd <TRP.TO>") or the name with a bracket ("Pioneer Sugar Mills Ltd>", a
person). Read from the round-33 sweep's 21550+21466, 7558+9172, 16176+16475+16702, 12797+12834 and
15417+16170 (``benchmarks/speaker_sweep33.md``, shape 1: five of 40 series).

The rule: a mention that is a ticker between brackets, or holds a bracket, is the company's name:
the capitalised words just before the ticker's "<" (with "and", "de", "of", "&" inside the name),
or the words between the brackets of "<Name>". Gated on a "<" or ">" token in or beside the
mention, so no other mention is read. Not read: a name with "and" the parse splits into two
conjuncts before its ticker ("Rowan and Tiller Plc <RWTL.L>": "Rowan"), which stays a pair.

* :func:`ticker_name`: the mention (a spaCy Span) as the company's name, or as it is.
"""

from __future__ import annotations

import re

__all__ = ["ticker_name"]

#: a Reuters ticker: "GUIN.L", "CCFP.PA", "MER", "BP.L"
TICKER = re.compile(r"[A-Z0-9][A-Z0-9&-]*(?:\.[A-Z]{1,3})?\Z")
#: lower-case words inside a company's name ("Cable and Wireless", "Credit Commercial de France")
CONNECTORS = frozenset({"and", "&", "de", "of", "du", "des", "la", "et", "the", "for", "-"})
#: a sentence's opening word before a name, no part of it ("Now Chrysler Corp <C> is saying")
_OPENERS = frozenset(
    {"The", "A", "An", "But", "And", "Yet", "So", "Then", "Now", "Also", "Earlier", "Separately"}
)
#: words before a company's name that make the mention another's ("a spokesman for <X Ltd>")
_OWNING = frozenset({"for", "of", "at", "from", "by", "with", "to"})


def ticker_name(mention):
    """``mention`` (a spaCy Span) as the company's name of Reuters' markup, else unchanged.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Guinness Plc < GUIN.L > said it sued .")
        >>> ticker_name(doc[3:4]).text
        'Guinness Plc'
        >>> ticker_name(doc[0:2]).text
        'Guinness Plc'
        >>> doc = spacy.blank("en")("< Pioneer Mills Ltd > said it sued .")
        >>> ticker_name(doc[4:5]).text
        'Pioneer Mills Ltd'
    """
    doc, lo, hi = mention.doc, mention.start, mention.end
    inside = [t.i for t in mention if t.text in ("<", ">")]
    ticker = lo > 0 and doc[lo - 1].text == "<" and hi < len(doc) and doc[hi].text == ">"
    if not inside and not ticker:
        return mention
    if ticker and TICKER.match(mention.text):
        name = _name_before(doc, lo - 1)  # "Guinness Plc <GUIN.L>": the name before "<"
        return name if name is not None and not _owned(doc, name.start) else mention
    opens = [i for i in inside if doc[i].text == "<"]
    if opens and TICKER.match(doc[opens[0] + 1 : hi].text.strip(" >")):
        name = _name_before(doc, opens[0])  # "Cable and Wireless Plc <CAWL.L"; "> as TransCanada ... <"
        if name is None or (
            name.start != _lead(doc, lo, opens[0]) if opens[0] > lo else _owned(doc, name.start)
        ):
            return mention
        return name  # "<ORF" of "Orrin Foods Inc <ORF> said": the name before it
    if mention.text == ">":  # "<Pioneer Sugar Mills Ltd> said": the parse's subject ">"
        opened = [i for i in range(max(lo - 9, 0), lo) if doc[i].text == "<"]
        words = [i for i in range(opened[-1] + 1, lo) if not doc[i].is_space] if opened else []
        if not words or _owned(doc, opened[-1]):
            return mention
        return _between(doc, words, mention)
    words = [t.i for t in mention if not t.is_space]
    if words[0] in inside and doc[words[0]].text == "<":
        words = words[1:]  # "<Pioneer Sugar Mills Ltd": the name
    if words and words[-1] in inside and doc[words[-1]].text == ">":
        words = words[:-1]  # "Pioneer Sugar Mills Ltd>"
    if not words or any(i in inside for i in words) or (words[0], words[-1] + 1) == (lo, hi):
        return mention  # a bracket inside the mention's words: another shape
    return _between(doc, words, mention)


def _between(doc, words: list[int], mention):
    """The name the words between brackets give: themselves ("<Pioneer Sugar Mills Ltd>"), or, when
    they are a ticker ("<HT>", "AXP>"), the name before its "<" (``mention`` if none, or another's)."""
    if not (TICKER.match(doc[words[0] : words[-1] + 1].text) and doc[words[0] - 1].text == "<"):
        return doc[words[0] : words[-1] + 1]
    name = _name_before(doc, words[0] - 1)  # "Chrysler Corp <C> is saying": Chrysler Corp
    return name if name is not None and not _owned(doc, name.start) else mention


def _lead(doc, lo: int, upto: int) -> int:
    """Where a name may start in the mention ``doc[lo:upto]``: its first word, or after a ">" that
    ends an earlier company's markup, the first capitalised word after it ("> as TransCanada")."""
    closes = [i for i in range(lo, upto) if doc[i].text == ">"]
    i = closes[-1] + 1 if closes else lo
    while i < upto and (doc[i].is_space or (closes and not doc[i].text[:1].isupper())):
        i += 1
    return i


def _owned(doc, start: int) -> bool:
    """Whether the word before ``start`` makes the name another's ("a spokesman for Guinness Plc")."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].lower_ in _OWNING


def _name_before(doc, bracket: int):
    """The company's name that ends just before the token ``bracket`` (its ticker's "<"): its
    capitalised words and the connectors inside it, line breaks skipped; None if there is none."""
    i, first = bracket - 1, None
    while i >= 0 and (doc[i].is_space or doc[i].text[:1].isupper() or doc[i].lower_ in CONNECTORS):
        if doc[i].text[:1].isupper():
            first = i
        if doc[i].is_sent_start:
            break
        i -= 1
    while (
        first is not None
        and first < bracket - 1
        and (doc[first].text in _OPENERS or not doc[first].text[:1].isupper())
    ):
        first += 1  # "Now Chrysler Corp <C>": not "Now"
    if first is None or not doc[first].text[:1].isupper():
        return None
    last = bracket - 1
    while doc[last].is_space:
        last -= 1
    return doc[first : last + 1]
