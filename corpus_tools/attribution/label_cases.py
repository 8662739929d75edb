"""One speaker under two labels that differ only in capitals: "Tehran Radio" and "Tehran radio".

Wire copy capitalises a word one take and not the next, or capitalises every word after "U.S."
("U.S. Officials said yesterday"). The capital decides whether a mention is read as a name, so one
speaker became a named speaker in one version and an unnamed one in the next, and survival, which
never joins a named speaker with an unnamed one, called it relabelled: "Tehran Radio" ->
"Tehran radio" (20090+20101), "U.S. Officials" -> "U.S. officials" (4055+4158); "EC Executive
Commission" of one story was dropped while the next quotes "The EC executive Commission". Read in
round 35 (branch sweep35) from the sweep's 20090+20101 and 4055+4158
(``benchmarks/speaker_sweep35.md``, survival kind 2).

The rule: two speakers are one when their labels are the same words in another case (spaces and a
leading "the", "a" or "an" aside) and one of the two has a capital after its first word (a proper
name: "Radio", "Officials" after "U.S."): a word capitalised only because it opens the label
("Analysts" and "analysts") names no one.

* :func:`label_form`: a speaker's label as this rule compares it;
* :func:`same_label`: whether two label forms name one speaker.
"""

from __future__ import annotations

__all__ = ["label_form", "same_label"]

_ARTICLES = ("the ", "a ", "an ")


def label_form(label: str) -> str:
    """``label`` with its spaces normalised and a leading article dropped, its case kept.

    Example:
        >>> label_form("The EC  executive\\nCommission")
        'EC executive Commission'
    """
    text = " ".join(str(label).split())
    lower = text.lower()
    cut = next((len(a) for a in _ARTICLES if lower.startswith(a)), 0)
    return text[cut:]


def same_label(a: str, b: str) -> bool:
    """Whether two label forms (:func:`label_form`) are one speaker's: the same words in another
    case, one of them with a capital after its first word.

    Example:
        >>> same_label("Tehran Radio", "Tehran radio"), same_label("U.S. Officials", "U.S. officials")
        (True, True)
        >>> same_label("Analysts", "analysts"), same_label("Tehran Radio", "Tehran Times")
        (False, False)
    """
    if len(a) != len(b) or not a or a == b or a.lower() != b.lower():  # the cheap tests first
        return False
    return any(w[:1].isupper() for x in (a, b) for w in x.split()[1:])
