"""A quoted word closing a clause before 'said X' quotes only a word: the clause is X's statement.

A court report quotes one word of a barrister's account and closes the sentence with his tag: "The
hammer was found close to the body in the canal and experts said it fit the injuries ``perfectly'',
said Mr Barton." The parse found no content for the tag, :func:`~.quotes.quote_beside` took the
quoted word beside it ("perfectly") for the whole of Mr Barton's statement, and the experts' "said",
outside that word, was no longer nested in his account: a speaker of its own in the take's count and
a "drop" in the paper's (TUNE_31's 03.04.00/teenager, teenager3 7; ``benchmarks/claims_tune31.md``,
kind K3). The quotation is a fragment when its sentence has words before it and its closing mark is
followed by the comma of the tag (British style: ``perfectly'', said); a quotation that opens its
sentence ('"I did it," said X') or a comma inside the marks keeps the reading it has.

* :func:`fragment_clause`: the content ``(start, end)`` from the sentence's first word to the
  fragment's end, or None.
"""

from __future__ import annotations

import re

__all__ = ["fragment_clause"]

#: the closing mark of the fragment and the tag's comma, up to the tag's cue
_CLOSE = re.compile(r"[\"'\u2019\u201d]{1,2}, ?")
#: where a sentence starts: after a stop and a space, or a line break
_STOP = re.compile(r"(?:[.!?][\"'\u2019\u201d]?\s|\n)")
#: a quote mark before the fragment in its sentence: another quotation, not this shape
_MARK = re.compile(r"[\"\u201c\u201d`]")


def fragment_clause(beside: tuple[int, int] | None, att, text: str) -> tuple[int, int] | None:
    """The clause a quoted fragment ``beside`` (the quotation :func:`~.quotes.quote_beside` found
    just before the tag ``att``; offsets inside the marks) closes: ``(sentence start, fragment end)``
    when the fragment's sentence has three words or more before it and no other quote mark, and the
    tag follows its closing mark after a comma; None otherwise.

    Example:
        >>> text = 'Mr Lee spoke. The knife was found and experts said it fit "exactly", said Mr Lee.'
        >>> class Att: span, cue_span = (text.index("Mr Lee."), text.index("Mr Lee.") + 6), (69, 73)
        >>> q = (text.index("exactly"), text.index("exactly") + 7)
        >>> text[slice(*fragment_clause(q, Att, text))]
        'The knife was found and experts said it fit "exactly'
        >>> fragment_clause((4, 11), Att, '"It is exactly", said Mr Lee.') is None
        True
    """
    if beside is None:
        return None
    lo = min(att.span[0], att.cue_span[0])
    qa, qb = beside
    if qb > lo or not _CLOSE.fullmatch(text[qb:lo]):
        return None  # not a quotation closed by the tag's comma just before the tag
    head = text[: max(0, qa - 1)]
    stops = list(_STOP.finditer(head))
    start = stops[-1].end() if stops else 0
    clause = head[start:]
    if len(clause.split()) < 3 or _MARK.search(clause):
        return None  # the quotation opens its sentence, or another quotation comes before it
    return (start + len(clause) - len(clause.lstrip()), qb)
