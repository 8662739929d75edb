"""A report inside a speaker's quotation: "the defendant was heard to say '...'" is no speaker.

Counsel's direct quotation often reports what someone else said: "Mr Roe told the court:
``On the Friday, the defendant was heard to say `nobody checks the vans'." The cue and its
speaker stand inside counsel's quotation, which the next paragraph carries on (``By then the
shop had closed.''), so the words are counsel's, the defendant's nested inside them; the
findings had made "the defendant" a speaker and given him counsel's next quotation paragraphs
(the claims audit's round 19, 02.11.99/pancake, PA 1 17-21, pk5 and pk21-pk36 of
``benchmarks/claims.md``). The cue had escaped :func:`~.quotes.quoted_cue`'s rule for a
quotation carried over paragraphs by the exception made for a speaker after a comma ('"We will
talk, the minister said.' with the mark left open), the comma here closing a fronted phrase of
time ("On the Friday,").

The rule (:func:`nested_report`): the exception does not hold when the cue opens a quotation of
its own in single marks ("to say `...'", "said 'nobody ...'"): a speaker's words quoted inside
an open quotation are a report inside it, whatever comes before the speaker.
"""

from __future__ import annotations

import re

__all__ = ["nested_report"]

#: a quotation in single marks opened within a few words after the cue ("to say `if ...", "said: 'We")
_OPENS_SINGLE = re.compile(r"^[\w ,:-]{0,40}?[\s:][`\u2018'](?=[A-Za-z])")


def nested_report(cue: int, text: str, end: int) -> bool:
    """Whether the cue starting at ``cue`` in ``text`` opens a quotation in single marks before the
    paragraph's ``end``: a report nested inside the quotation it stands in (module docstring).

    Example:
        >>> text = "``On the Friday, the defendant was heard to say `nobody checks the vans'."
        >>> nested_report(text.index("heard"), text, len(text))
        True
        >>> text = "``We will talk, the minister said."
        >>> nested_report(text.index("said"), text, len(text))
        False
    """
    return bool(_OPENS_SINGLE.match(text[cue:end]))
