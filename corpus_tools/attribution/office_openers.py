"""A report's opening "The chairman of the inquiry" is the person the next sentence names as the
inquiry's head.

"THE CHAIRMAN of the public inquiry into the Bristol children's heart surgery scandal accused the
Department of Health yesterday ..." / "Professor Ian Kennedy, the head of the inquiry into the high
death rate among babies ..., criticised the department ..." (04.10.99/heart of the METER courts,
the independent 0-1; row h15 of ``benchmarks/claims_tune27.md``, kind K1; read from round 27's
TUNE_27 heart): one office, one holder. The package counted the chairman, an anonymous official,
beside Kennedy. :mod:`~.opening_speakers` takes indefinite descriptions ("A judge"), and
:mod:`~.office_heads` a title with the holder beside it in the story's other texts; here the
office is definite, in headline capitals, and the next sentence names its holder under another
word for the office ("the head").

The shape: a label "The <office> of the <body> ..." (:data:`OFFICES`: chairman, head, president,
director ...; the body the last word before "into", "for", "on", "of" or the end: "the public
inquiry into ..." is "inquiry"), and the next sentence opening "<Name>, the <office> of the
<body>" with any office of :data:`OFFICES` and the same body word: that name.

* :func:`office_opener`: the name, or "".
"""

from __future__ import annotations

import re

__all__ = ["OFFICES", "office_opener"]

#: words for the one person at the head of a body
OFFICES = frozenset(
    "chairman chairwoman chair head president director chief leader convener convenor".split()
)
_OFFICE = "|".join(sorted(OFFICES))
#: "The chairman of the public inquiry into ...": (office, body)
_LABEL = re.compile(
    rf"^the ({_OFFICE}) of the (?:[\w'-]+ ){{0,3}}?([a-z]+)(?: (?:into|for|on|of|at)\b.*)?$", re.IGNORECASE
)
#: the end of the label's sentence
_END = re.compile(r"[.!?](?:\s|$)")


def office_opener(label: str, after: str) -> str:
    """The person an opening "The <office> of the <body>" stands for, named at the start of the next
    sentence as "<Name>, the <office> of the <body>" (module docstring), else "".

    Args:
        label: the speaker's label ("THE CHAIRMAN of the public inquiry into the scandal").
        after: the document's text from the mention on.

    Example:
        >>> text = ("THE CHAIRMAN of the rail inquiry accused the ministry yesterday. "
        ...         "Dr Ann Lee, the head of the inquiry, said more.")
        >>> office_opener("THE CHAIRMAN of the rail inquiry", text)
        'Dr Ann Lee'
        >>> office_opener("THE CHAIRMAN of the rail inquiry", text.replace("inquiry,", "board,"))
        ''
    """
    if label[:4].lower() != "the " or " of the " not in label.lower():
        return ""
    found = _LABEL.match(" ".join(label.split()))
    end = _END.search(after)
    if found is None or end is None:
        return ""
    body = re.escape(found.group(2).lower())
    nxt = " ".join(after[end.end() : end.end() + 300].split())
    holder = re.match(
        rf"((?:[A-Z][\w.'-]+ )+[A-Z][\w'-]+), (?i:the (?:{_OFFICE}) of the (?:[\w'-]+ ){{0,3}}?{body})\b", nxt
    )
    return holder.group(1) if holder else ""
