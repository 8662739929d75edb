"""A direct quotation closed by its own speaker's tag is that speaker's, whatever tag comes later.

Wire copy goes from one speaker's quotation to a group's statement in the next sentence:
'"In my view, it's not a matter of if but when the price will improve ...," said executive vice
president Douglas Yearley. Phelps Dodge continues to lower its cost of producing copper, the
executives said.' (read from round 32's held-out 18317+18339, 18317 10-11, rows pd4 and pd13 of
``benchmarks/claims.md``). The content of the later tag was read back over the sentence stop to
the quotation's close, so Yearley's cue lay inside the executives' statement and
:func:`~.entities.mark_nested` made his quotation a report of theirs: he was in no speaker count,
and a version that cut him was not said to drop him. The rule: a direct quotation marked nested in
a statement whose cue comes after its own tag, a sentence stop between its tag and the later
statement's speaker, is its speaker's own; the later statement's content starts after that stop.

* :func:`unnest_closed_tags`: that, in place.
"""

from __future__ import annotations

import re

__all__ = ["unnest_closed_tags"]

#: a sentence's stop before the next sentence's opening capital or quotation mark
_STOP = re.compile(r"[.!?]['\"]?\s+(?=[A-Z\"`'])")


def unnest_closed_tags(atts: list, text: str) -> None:
    """Make each nested direct quotation of ``atts`` (``records.Attr``) whose tag a sentence stop
    closes before its outer statement's speaker and cue a statement of its own speaker (module
    docstring); ``text`` is the cleaned text the offsets are in. In place.

    Example:
        >>> from types import SimpleNamespace as A
        >>> text = '"Prices will rise," said Ann Lee. Costs will fall, the executives said.'
        >>> b = A(role="speaker", outer=None, span=(50, 64), cue_span=(65, 69), content=(18, 70))
        >>> a = A(role="nested", outer=b, quote_type="direct", span=(24, 31), cue_span=(19, 23))
        >>> unnest_closed_tags([a, b], text)
        >>> a.role, a.outer, b.content
        ('speaker', None, (34, 70))
    """
    for a in atts:
        b = a.outer
        if a.role != "nested" or b is None or a.quote_type != "direct" or a.cue_span[0] >= b.cue_span[0]:
            continue
        lo, hi = max(a.span[1], a.cue_span[1]), min(b.span[0], b.cue_span[0])
        stop = _STOP.search(text, lo, hi) if lo < hi else None
        if stop is None or '"' in text[lo : stop.start()]:
            continue
        a.role, a.outer = "speaker", None
        if b.content[0] < stop.end():
            b.content = (stop.end(), b.content[1])
