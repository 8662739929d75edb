"""Quotations in single marks: a cue inside one is part of the quotation, not a speaker of the paper.

British papers write a quotation in single marks ("Ms Evans said ... 'The prosecution say this was
not self defence at all. Mr Jones was no threat.'"); :func:`~.quotes.quote_segments` reads double
marks only, since a single mark is also an apostrophe ("Mr Jones' shop", "Jones's"). A single mark
opens a quotation only before a capital letter, at a paragraph's start or after a space, a colon
or a dash, and closes it only after sentence punctuation (".'", ",'", "?'") before a space or the
paragraph's end, or before a comma ("'... applauded', said X"): an apostrophe never does either. A
cue whose speaker and verb both stand inside such a quotation ("The prosecution say", "Jeremy
Guscott says he was acting in self defence") is what the quoted speaker reports: no attribution of
the paper's own (22.11.99/guscott of the claims audit, round 10: the guardian, the independent, the
telegraph). The close before a comma is 14.12.99/boy's mail 24 (the claims audit, round 13).
"""

from __future__ import annotations

import re

__all__ = ["in_single_quotes", "marked_spans", "single_quote_spans"]

_OPEN = re.compile(r"(?:^|(?<=[\s:(\u2013\u2014-]))['\u2018](?=[A-Z])")
#: a mark before its comma closes too ("'... applauded', said the shopkeeper": claims audit round 13)
_CLOSE = re.compile(r"(?<=[.!?,])['\u2019](?=\s|$)|(?<=[a-z])['\u2019](?=,\s)")
_DOUBLE = re.compile(r"[\"\u201c\u201d]|``|''")


def single_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans inside closed quotations in single marks of ``text[start:end]`` (one paragraph), as
    offsets of ``text``; a mark left open at the paragraph's end opens no span, and a paragraph
    with double marks has none (its single marks quote within a quotation: '"People say, \'It
    does not matter,\'" said King', a US paper's style).

    Example:
        >>> text = "She said Jo Hale's car hit him. 'The Crown say he was angry. He meant it.' Then she sat."
        >>> [text[a:b] for a, b in single_quote_spans(text)]
        ['The Crown say he was angry. He meant it.']
    """
    return marked_spans(text, start, end, _OPEN, _CLOSE)


def marked_spans(
    text: str, start: int, end: int | None, opening: re.Pattern, closing: re.Pattern
) -> list[tuple[int, int]]:
    """The spans between each match of ``opening`` and the next of ``closing`` in ``text[start:end]``
    (one paragraph), as offsets of ``text``; none in a paragraph with double marks (single marks
    inside double ones quote within a quotation). :func:`single_quote_spans` and
    :func:`~.quoted_holdings.holding_spans` differ only in their marks."""
    end = len(text) if end is None else end
    if _DOUBLE.search(text, start, end):  # single marks inside double ones: a quotation within one
        return []
    spans, at = [], start
    while True:
        opened = opening.search(text, at, end)
        if opened is None:
            return spans
        closed = closing.search(text, opened.end(), end)
        if closed is None:
            return spans
        spans.append((opened.end(), closed.start()))
        at = closed.end()


def in_single_quotes(speaker: int, cue: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a cue (its speaker's start and its own) stands inside one quotation of ``spans``."""
    return any(a <= speaker < b and a <= cue < b for a, b in spans)
