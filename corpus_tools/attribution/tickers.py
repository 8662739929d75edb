"""A company named with its stock ticker in angle brackets: the company speaks, not the ticker.

Reuters' business copy names a company with its ticker: "Pechiney <PUKG.PA> said it signed two
letters of intent with the Soviet Union.", "Corvan Mining Ltd <CVM.TO> said". The parser makes the
bracketed ticker the subject of "said" (the company's name hangs on it as a modifier), so the
speaker was labelled by the ticker ("PUKG.PA", an unnamed institution, not the "Pechiney" of "A
Pechiney spokesman said" two sentences on), and when the closing bracket was made the subject the
statement was lost: its mention has no letter. Read from TUNE_33's 5149+5243 (5243 0, kind T4 of
``benchmarks/claims_tune33.md``); "<X.YY> said" opens 312 documents of Reuters-21578.

The shape: the subject of a cue is a ticker inside angle brackets, or one of the brackets, and a
word with a capital stands right before the opening bracket: that word (with the name the parser
hangs on it) is the speaker.

* :func:`ticker_company`: the last word of the company's name for such a subject, else the subject;
* :func:`ticker_name`: a mention of that last word widened to the company's whole name ("Co" of
  "Boeing Co <BA> said": "Boeing Co");
* :func:`ticker_named`: whether a speaker's mention is followed by a ticker (a company, never a
  person, whatever the tagger read: "NV Philips Gloeilampenfabrieken <PGLO.AS>").
"""

from __future__ import annotations

import re

__all__ = ["ticker_company", "ticker_name", "ticker_named"]

_TICKER = re.compile(r"\s*<[A-Z][A-Z0-9.]*>")
#: a sentence's opening word before a company's name, no part of it
_OPENERS = frozenset(
    ("But", "And", "However", "Meanwhile", "Also", "Separately", "Earlier", "Later", "Today")
)


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
    if head is None:
        return head
    doc, i = head.doc, head.i
    near = doc[max(0, i - 1) : i + 2]
    if not any(t.text in ("<", ">") for t in near):  # the cheap test first: a bracket beside it
        return head
    if head.text == ">" and head.right_edge.i > i:  # "Dome Ltd <DMP.MO> as TransCanada Ltd <TRP.TO>
        return head  # announced": the parse hangs the later company on ">"; ticker_names reads it
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
    """``mention`` (a spaCy Span) widened to the capitalised words before it when a bracketed ticker
    follows it ("Boeing Co <BA> said": "Co" -> "Boeing Co"); else unchanged.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Boeing Co < BA > said")
        >>> ticker_name(doc[1:2]).text, ticker_name(doc[0:2]).text
        ('Boeing Co', 'Boeing Co')
    """
    doc, lo, hi = mention.doc, mention.start, mention.end
    if hi >= len(doc) or doc[hi].text != "<":  # the cheap test first
        return mention
    while lo > 0:
        joined = doc[lo - 1].text in ("-", "&") and lo > 1  # "Cadbury-Schweppes Plc <CADB.L>"
        word = doc[lo - 2] if joined else doc[lo - 1]
        if not (word.text[:1].isupper() and word.text[:1].isalpha()) or word.text in _OPENERS:
            break  # "But Boeing Co <BA> said": no part of the name
        lo = word.i
    return doc[lo:hi]


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
    return bool(label[:1].isupper() and _TICKER.match(after))
