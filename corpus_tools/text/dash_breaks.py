"""A sentence the parser broke at a wire's dash and a line end is one sentence.

PA types a dash as an underscore between spaces ("she would die _ and even then there was a
risk"); where the wire's line-wrapping puts the line end right after the underscore, the parser
ends a sentence there and opens another with the lower-case word after it, so one sentence is
counted twice in the source's totals (round 22's held-out 03.04.00/priest: priest1 and priest2
each split one sentence so, PA's 103 sentences for 101; ``benchmarks/claims.md``, ps15); the
parser may also break a few words after the dash, at the next line end ("would die _ and that /
and even then"). A span that holds a dash ("_", "-", "--", an en or em dash) after a space and
ends with no stop, followed by a span that opens with a lower-case letter, joins it.

* :func:`join_dash_breaks`: the spans with each such pair joined.
"""

from __future__ import annotations

import re

__all__ = ["join_dash_breaks"]

#: a dash between spaces, or after a space at the span's end ("would die _ and that")
_DASH = re.compile(r"\s(?:_|-{1,2}|\u2013|\u2014)(?:\s|$)")
#: a span's end with a stop: no broken sentence
_STOP = re.compile(r"[.!?:;\u2026][\"')\]]*$")


def join_dash_breaks(text: str, spans: list[list[int]]) -> list[list[int]]:
    """``spans`` (``[start, end]`` in ``text``) with a span that holds a dash and ends with no stop
    joined to the next when that one opens with a lower-case letter.

    Example:
        >>> text = "He left one night _\\nand when he went he wept. It rained."
        >>> join_dash_breaks(text, [[0, 19], [20, 45], [46, 55]])
        [[0, 45], [46, 55]]
        >>> join_dash_breaks(text, [[0, 19], [46, 55]])  # a capital after the dash: two
        [[0, 19], [46, 55]]
        >>> text = "She would die _ and that\\nand even then she wept."
        >>> join_dash_breaks(text, [[0, 24], [25, 48]])
        [[0, 48]]
    """
    if "_" not in text and "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return spans
    out = [list(spans[0])] if spans else []
    for a, b in spans[1:]:
        last = text[out[-1][0] : out[-1][1]]
        if text[a : a + 1].islower() and _DASH.search(last) and not _STOP.search(last):
            out[-1][1] = b
            continue
        out.append([a, b])
    return out
