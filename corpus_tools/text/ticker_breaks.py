"""A sentence the parser broke inside or before Reuters' ticker markup is one sentence (issue #22,
round 34, rkind34).

Reuters-21578 marks a company's name or its stock ticker with angle brackets ("to merge into
<Rio Tinto-Zinc Corp PLC> for cash", "Newmont Mining Corp <NEM>"). The parser may end a sentence
at the opening bracket: TUNE_34's 9833 ("Foote Mineral Co said it has signed a letter of intent to
merge into <" / "Rio Tinto-Zinc Corp PLC> for cash.") and round 33's held-out 8730 ("<Qintex Ltd>
of Brisbane said <" / "Westpac Banking Corp> of Australia has issued ..."): the story then has one
sentence more than it has, a version keeping the sentence "keeps" two, and a version's copy of it
reads as fused from two (``benchmarks/claims_tune34_r.md``, cause T; ``claims.md``, audit33's
qx9). It may also end one at the stop of "Corp." before a ticker ("Acme Corp. / <ACM> said ...",
round 32's splitter): a ticker follows the name it marks and never opens a sentence.

* :func:`join_ticker_breaks`: a span whose "<" is not closed joins the next, and a span opening
  with a ticker (capitals, digits and stops between the brackets: "<ACM>", "<RTZ.L>") joins the
  one before. A bracketed name opening a sentence ("<Qintex Ltd> of Brisbane said") is a name, and
  stays where it is.
"""

from __future__ import annotations

import re

__all__ = ["join_ticker_breaks"]

#: a ticker in the wire's brackets at a span's opening: capitals, digits, stops, no space
_TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.&\-]*>")


def join_ticker_breaks(text: str, spans: list[list[int]]) -> list[list[int]]:
    """``spans`` (``[start, end]`` in ``text``) with a span whose "<" is not closed joined to the
    next, and a span opening with a ticker joined to the one before.

    Example:
        >>> text = "Foote said it will merge into <Rio Tinto PLC> for cash. It said so."
        >>> join_ticker_breaks(text, [[0, 31], [31, 55], [56, 67]])
        [[0, 55], [56, 67]]
        >>> text = "Acme Corp. <ACM> said it sold a unit. <Varro Ltd> said no."
        >>> join_ticker_breaks(text, [[0, 10], [11, 37], [38, 58]])
        [[0, 37], [38, 58]]
    """
    if "<" not in text:
        return spans
    out = [list(spans[0])] if spans else []
    for a, b in spans[1:]:
        last = text[out[-1][0] : out[-1][1]]
        if last.count("<") > last.count(">") or _TICKER.match(text, a):
            out[-1][1] = b
            continue
        out.append([a, b])
    return out
