"""Reuters' ticker markup in a speaker: the company speaks, never its ticker nor a bracket.

Reuters' business copy follows a listed company's name with its ticker in angle brackets and puts
an unlisted company's name between them: "Pechiney <PUKG.PA> said it signed two letters of intent",
"Guinness Plc <GUIN.L> said", "<Pioneer Sugar Mills Ltd> said". The parse breaks at the brackets:
it makes the ticker or a bracket the subject of "said" (the company's name hangs on it as a
modifier), so the speaker was the ticker ("PUKG.PA", "GUIN.L": an unnamed institution apart from
"A Pechiney spokesman said" or "Guinness said earlier"), a fragment ("Cable and Wireless Plc
<CAWL.L", typed anonymous; "> as TransCanada PipeLines Ltd <TRP.TO>"), the name with a bracket
("Pioneer Sugar Mills Ltd>", a person), the last word of the name ("Co" of "Boeing Co <BA>"), or
nothing (a ">" has no letter).

The markup is read once, in this module, at the two places the speaker is built:

* :func:`ticker_company`: the parse's subject. When it is a bracketed ticker or one of its brackets
  and a capitalised word stands right before the opening "<", that word is the subject ("Pechiney"),
  unless the subject is a closing ">" on which the parse hangs a later company ("Dome Ltd <DMP.MO>
  as TransCanada PipeLines Ltd <TRP.TO> announced"): that one is left for :func:`ticker_name`.
* :func:`ticker_name`: the speaker's mention (a spaCy Span). A mention that is a ticker between
  brackets, or holds a bracket, is the company's name: the capitalised words just before the
  ticker's "<" (with "and", "de", "of", "&" inside the name, an opening word such as "Now" left
  out), or the words between the brackets of "<Name>"; never the name of a company a spokesman
  speaks for ("a spokesman for <Orb Ltd>"). Any other mention followed by a ticker's "<" is widened
  to the capitalised words before it ("Co" of "Boeing Co <BA> said": "Boeing Co"). Gated on a "<"
  or ">" token in or beside the mention, so no other mention is read.
* :func:`ticker_named`: whether a speaker's label is followed by a ticker in the text: a company,
  never a person, whatever the tagger read ("NV Philips Gloeilampenfabrieken <PGLO.AS>").

Not read: a name with "and" the parse splits into two conjuncts before its ticker ("Rowan and
Tiller Plc <RWTL.L>": "Rowan"), which stays a pair.

Found in round 33: TUNE_33's 5149+5243 (branch tune33, kind T4 of ``benchmarks/claims_tune33.md``;
"<X.YY> said" opens 312 documents of Reuters-21578) and Reuters 19060 ("Boeing Co <BA>"); the
sweep's 21550+21466, 7558+9172, 16176+16475+16702, 12797+12834 and 15417+16170 (branch spk71,
``benchmarks/speaker_sweep33.md``, shape 1: five of 40 series). The two branches' modules
(``tickers``, ``ticker_names``) were made one in round 34 (branch speed34), every output equal,
and both readings of a paragraph are gated on one test of its text for a bracket; ``ticker_names``
re-exports :func:`ticker_name`.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.doc_texts import doc_text

__all__ = ["CONNECTORS", "TICKER", "ticker_company", "ticker_name", "ticker_named"]

#: a Reuters ticker: "GUIN.L", "CCFP.PA", "MER", "BP.L"
TICKER = re.compile(r"[A-Z0-9][A-Z0-9&-]*(?:\.[A-Z]{1,3})?\Z")
#: a ticker in its brackets after a label in the text (:func:`ticker_named`)
_TICKER_AFTER = re.compile(r"\s*<[A-Z][A-Z0-9.]*>")
#: lower-case words inside a company's name ("Cable and Wireless", "Credit Commercial de France")
CONNECTORS = frozenset({"and", "&", "de", "of", "du", "des", "la", "et", "the", "for", "-"})
#: a sentence's opening word, no part of a name read from the markup ("Now Chrysler Corp <C>") nor
#: of one a mention is widened to ("But Boeing Co <BA> said"); round 33 fitted two lists, one for
#: each reading (spk71's, tune33's), made one in round 35 (branch house35)
_OPENERS = frozenset(
    {"The", "A", "An", "But", "And", "Yet", "So", "Then", "Now", "Also", "Earlier", "Separately"}
    | {"However", "Meanwhile", "Later", "Today"}
)
#: words before a company's name that make the mention another's ("a spokesman for <X Ltd>")
_OWNING = frozenset({"for", "of", "at", "from", "by", "with", "to"})
_BRACKETS = ("<", ">")


def ticker_company(head):
    """The token before the opening bracket when ``head`` (a spaCy token, the subject of a cue) is a
    bracketed ticker or one of its brackets and a capitalised word stands before the bracket; else
    ``head``.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Borvex < BRVX.PA > said")
        >>> ticker_company(doc[2]).text, ticker_company(doc[0]).text
        ('Borvex', 'Borvex')
    """
    if head is None or not _marked(head.doc):  # the cheap test first: the paragraph has a bracket
        return head
    doc, i = head.doc, head.i
    near = doc[max(0, i - 1) : i + 2]
    if not any(t.text in _BRACKETS for t in near):  # a bracket beside it
        return head
    if head.text == ">" and head.right_edge.i > i:  # "Dome Ltd <DMP.MO> as TransCanada Ltd <TRP.TO>
        return head  # announced": the parse hangs the later company on ">"; ticker_name reads it
    if head.text == ">":
        i -= 1  # "<CVM.TO>": the ticker before the closing bracket
    if head.text == "<":
        i += 1
    opened = i - 1 if i >= 1 and doc[i - 1].text == "<" else -1
    closed = i + 1 < len(doc) and doc[i + 1].text == ">"
    if opened < 1 or not closed:
        return head
    name = doc[opened - 1]
    return name if name.text[:1].isupper() and name.text[:1].isalpha() else head


def ticker_name(mention):
    """``mention`` (a spaCy Span) as the company's name of Reuters' markup (module docstring), else
    unchanged.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Guinness Plc < GUIN.L > said it sued .")
        >>> ticker_name(doc[3:4]).text, ticker_name(doc[0:2]).text, ticker_name(doc[1:2]).text
        ('Guinness Plc', 'Guinness Plc', 'Guinness Plc')
        >>> doc = spacy.blank("en")("< Pioneer Mills Ltd > said it sued .")
        >>> ticker_name(doc[4:5]).text
        'Pioneer Mills Ltd'
    """
    doc, lo, hi = mention.doc, mention.start, mention.end
    if not _marked(doc):  # the cheap test first: the paragraph has a bracket
        return mention
    inside = [t.i for t in mention if t.text in _BRACKETS]
    after = doc[hi].text if hi < len(doc) else ""
    if inside or (after == ">" and lo > 0 and doc[lo - 1].text == "<"):
        named = _markup_name(mention, inside)
        if named is not mention:
            return named
    return _widened(mention) if after == "<" else mention


def _marked(doc) -> bool:
    """Whether the paragraph ``doc`` has Reuters' markup: a "<" or ">" in its text (joined once)."""
    text = doc_text(doc)
    return "<" in text or ">" in text


def _markup_name(mention, inside: list[int]):
    """The company's name for ``mention``, which holds the brackets at ``inside`` or sits between
    two ("GUIN.L" of "<GUIN.L>"); ``mention`` when the markup names no company of its own."""
    doc, lo, hi = mention.doc, mention.start, mention.end
    ticker = lo > 0 and doc[lo - 1].text == "<" and hi < len(doc) and doc[hi].text == ">"
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


def _widened(mention):
    """``mention``, followed by a ticker's "<", widened to the capitalised words before it ("Co" of
    "Boeing Co <BA>": "Boeing Co"; "Cadbury-Schweppes Plc <CADB.L>" whole; not "But")."""
    doc, lo, hi = mention.doc, mention.start, mention.end
    while lo > 0:
        joined = doc[lo - 1].text in ("-", "&") and lo > 1  # "Cadbury-Schweppes Plc <CADB.L>"
        word = doc[lo - 2] if joined else doc[lo - 1]
        if not (word.text[:1].isupper() and word.text[:1].isalpha()) or word.text in _OPENERS:
            break  # "But Boeing Co <BA> said": no part of the name
        lo = word.i
    return doc[lo:hi] if lo != mention.start else mention


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


def ticker_named(label: str, text: str, start: int) -> bool:
    """Whether the mention at offset ``start`` of ``text`` (labelled ``label``) is a name with a
    bracketed ticker after it ("NV Philips Gloeilampenfabrieken <PGLO.AS>"): a company, whatever
    the tagger made of its words.

    Example:
        >>> text = "Cadbury-Schweppes Plc <CADB.L> said it asked for an enquiry."
        >>> ticker_named("Cadbury-Schweppes Plc", text, 0), ticker_named("it", text, 36)
        (True, False)
    """
    after = text[start + len(label) : start + len(label) + 3 + 2 * len(label)]
    return bool(label[:1].isupper() and _TICKER_AFTER.match(after))
