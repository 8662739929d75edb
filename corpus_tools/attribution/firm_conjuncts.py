"""A firm's name made of two names joined by "and" is one speaker, not two: "Standard and Poor's
Corp said ... S and P cited ... Standard and Poor's said".

The reader makes a speaker of each name of a coordinated subject
(:func:`~corpus_tools.attribution.subjects.coordinated_names`: "Rattigan and Wyatt denied"). The
wire names a rating agency, a law firm or a brokerage by two names joined by "and", and writes its
initials so too: "S and P cited Denmark's weakened external competitiveness", "Standard and Poor's
said that while it expects lower imports". Read from round 38's held-out 5425+5554 (branch
audit38, ``HELD_OUT_38``, ``benchmarks/claims.md`` dk4 and dk7), where the one agency became "S",
"P", "Standard and Poor" and "Poor", four named people beside "Standard and Poor's", an institution.

The rule (:func:`firm_conjunct`): the second name of "A and B" is no speaker of its own when the two
are single capital letters ("S and P", "A and W": a firm's initials), or when the text writes the
pair followed by a legal suffix ("Standard and Poor's Corp", "Hale and Dorr Inc"): the pair is that
firm's name wherever it stands. Two people ("Rattigan and Wyatt") and two companies named apart
("Citibank and Argentina") are left as they are.

A label left so ("S and P", "Standard and Poor" without its "'s") is that firm, an institution
(:func:`firm_pair`, read from ``wire_speakers``), so its mentions are one speaker.

* :func:`firm_conjunct`: whether a conjunct is the second half of one firm's name;
* :func:`firm_pair`: the firm a label of two names or initials joined by "and" stands for.
"""

from __future__ import annotations

import re

__all__ = ["firm_conjunct", "firm_pair"]

_LEGAL = re.compile(r"Corp|Corporation|Co|Cos|Inc|Ltd|Plc|PLC|LP|Group|Holdings")
#: a legal suffix after a pair's second name (its possessive "'s" between)
_SUFFIX = rf"(?:'s|\u2019s)?\s+(?:{_LEGAL.pattern})\b"
#: a label of two names or initials joined by "and" ("Standard and Poor", "S and P")
_LABEL = re.compile(r"([A-Z][\w-]*) and ([A-Z][\w-]*)(?:'s|\u2019s)?")
#: a firm named so with its legal suffix ("Standard and Poor's Corp")
_NAMED = re.compile(rf"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)((?:'s|\u2019s)?)\s+(?:{_LEGAL.pattern})\b")


def firm_conjunct(head, conj, text: str) -> bool:
    """Whether ``conj`` (a token joined by "and" to the subject's head ``head``) is the second name
    of one firm's name "HEAD and CONJ" (module docstring); ``text``: the document's (a paragraph's
    parse does not hold the lead that writes the suffix).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = nlp("S and P cited the debt.")
        >>> firm_conjunct(doc[0], doc[2], doc.text)
        True
        >>> doc = nlp("Hale and Dorr said more.")
        >>> firm_conjunct(doc[0], doc[2], "Hale and Dorr Inc said so. Hale and Dorr said more.")
        True
        >>> doc = nlp("Rattigan and Wyatt denied it.")
        >>> firm_conjunct(doc[0], doc[2], doc.text)
        False
    """
    first, second = head.text, conj.text
    if len(first) == 1 and len(second) == 1 and first.isupper() and second.isupper():
        return True  # "S and P": a firm's initials
    # the second name with what the parse hangs on it
    words = [t.text for t in head.doc[conj.left_edge.i : conj.i + 1] if t.text not in ("'s", "\u2019s")]
    if len(words) != 1:  # "Halcott Tyre and Rubber Co said": the suffix here, the firm read later
        return False
    return re.search(rf"\b{re.escape(first)}\s+and\s+{re.escape(words[0])}{_SUFFIX}", text) is not None


def firm_pair(label: str, text: str) -> str:
    """The firm's name ("Standard and Poor's") a speaker label of two names or two initials joined
    by "and" stands for ("Standard and Poor", "S and P"), where ``text`` writes that name with a
    legal suffix ("Standard and Poor's Corp"); else "".

    Example:
        >>> text = "Reed and Tandy's Corp said it cut the rating. R and T cited costs."
        >>> firm_pair("R and T", text), firm_pair("Reed and Tandy", text), firm_pair("Tom and Ann", text)
        ("Reed and Tandy's", "Reed and Tandy's", '')
    """
    m = _LABEL.fullmatch(" ".join(label.split()))
    if m is None:
        return ""
    a, b = m.group(1), m.group(2)
    for f in _NAMED.finditer(text):
        if (a, b) == f.group(1, 2) or (len(a) == len(b) == 1 and (a, b) == (f.group(1)[0], f.group(2)[0])):
            return f"{f.group(1)} and {f.group(2)}{f.group(3)}"
    return ""
