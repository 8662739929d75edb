"""One institution under two of its names in one document.

A report names a body in full once and then shortly: "The European Commission said ..." and
later "The Commission said ...", or "British Airways vowed ..." and later "BA announced ...". The
two labels are one speaker: the short one is the full one's last words (the same head noun, "the"
aside), or its initials, or the same words in another case ("BRITISH AIRWAYS" in a headline
capital). Read on 14.07.99/ba, a METER courts story of round 14's tuning
(``benchmarks/claims_tune14.md``, kind K2), where "The Commission" and "The European Commission"
of one PA take were two speakers, and "BRITISH AIRWAYS" and "BA" of one paper two institutions.

Two different bodies that share a head noun are not joined: "the Home Office" is not the last
words of "the Foreign Office", and a one-word head alone ("the Commission") is joined to a full
name only when that name is the one body of its document with that head.

* :func:`same_institution`: whether two labels of named institutions are one body.
"""

from __future__ import annotations

import re

from corpus_tools.text.name_initials import stand_for

__all__ = ["same_institution"]

_WORD = re.compile(r"[\w&-]+")


def _words(label: str) -> list[str]:
    """A label's words in lower case, without a leading "the" ("The European Commission" ->
    ["european", "commission"])."""
    words = [w.lower() for w in _WORD.findall(str(label))]
    return words[1:] if words[:1] == ["the"] else words


def same_institution(a: str, b: str, others: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether two labels of named institutions of one document are one body: the same words in
    any case, one the other's last words (the same head noun), or one the other's initials.
    ``others``: the document's other institution labels; a short form that is the last words of
    two of them is neither's.

    Example:
        >>> same_institution("The Commission", "The European Commission")
        True
        >>> same_institution("BA", "BRITISH AIRWAYS")
        True
        >>> same_institution("the Home Office", "the Foreign Office")
        False
        >>> same_institution("the Commission", "the European Commission", ["the Law Commission"])
        False
    """
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) == 1 and len(short[0]) > 1 and stand_for(short[0], full):
        return True  # "BA" and "British Airways"
    if len(short) == len(full) or full[-len(short) :] != short:
        return False
    rivals = [o for o in others if _words(o) not in (wa, wb) and _words(o)[-len(short) :] == short]
    return not rivals  # "the Commission" of a text naming the Law Commission too: neither
