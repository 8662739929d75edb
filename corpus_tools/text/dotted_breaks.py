"""A sentence the parser broke after "U.S." before a capitalised "And" is one sentence (issue #22,
round 34, rkind34).

Reuters-21578 capitalises the word after a dotted abbreviation ("the U.S. Has dropped", "in the
U.S. And Canada"): 186 lines of the archive hold "U.S. And ", nearly always two names joined ("U.S.
And Japan", "U.S. And West Germany"). The parser ends a sentence at the abbreviation's stop when
"And" and a name follow: TUNE_34's 13256 ("Oil stocks on land in the U.S." / "And Canada were put
at 206.6 mln tonnes ..."), so the story had one sentence more than it has and its update "keeps 23
of 13256's 25 sentences and drops 2" where it keeps 23 of 24 and drops 1
(``benchmarks/claims_tune34_r.md``, cause U).

* :func:`join_dotted_breaks`: a span ending with a dotted abbreviation of two letters or more
  ("U.S.", "U.K.") joins the next when that one opens with "And" or "Or" and a capitalised word. A
  sentence that opens with "And it is possible ..." after one that ends "... in the U.S." stays
  apart (the word after the conjunction is not capitalised).
"""

from __future__ import annotations

import re

__all__ = ["join_dotted_breaks"]

#: a span's end: a dotted abbreviation of two letters or more ("U.S.", "U.K.")
_DOTTED_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
#: a span's opening: a capitalised conjunction and a capitalised word ("And Canada", "Or West")
_AND_NAME = re.compile(r"(?:And|Or)\s+[A-Z]")


def join_dotted_breaks(text: str, spans: list[list[int]]) -> list[list[int]]:
    """``spans`` (``[start, end]`` in ``text``) with a span ending in a dotted abbreviation joined to
    the next when that one opens with a capitalised "And" or "Or" and a name.

    Example:
        >>> text = "Stocks in the U.S. And Canada fell. And it is possible they fell more in the U.S. "
        >>> text += "And so on."
        >>> join_dotted_breaks(text, [[0, 18], [19, 35], [36, 81], [82, 92]])
        [[0, 35], [36, 81], [82, 92]]
    """
    if ". And " not in text and ". Or " not in text:
        return spans
    out = [list(spans[0])] if spans else []
    for a, b in spans[1:]:
        if _AND_NAME.match(text, a) and _DOTTED_END.search(text, out[-1][0], out[-1][1]):
            out[-1][1] = b
            continue
        out.append([a, b])
    return out
