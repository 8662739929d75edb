"""Layout inside a text's body that is not a sentence: hard line breaks that cut a sentence into
fragments. Crossheads (one-to-four-word sub-headings between body paragraphs: "Tragic") are
marked by :mod:`corpus_tools.text.cleaning` as ``crosshead`` paragraphs; fragments are joined
there, with the edit ``layout`` / ``line_break_fragment``.
"""

from __future__ import annotations

import re

from corpus_tools.lexicon import HONORIFICS, STOP_WORDS

__all__ = ["BLANK_BREAK", "cut_mid_sentence"]

#: a blank line (or several) between two lines of text
BLANK_BREAK = re.compile(r"(?<=\S)[ \t\r]*\n(?:[ \t\r]*\n)+(?=[ \t]*\S)")


def cut_mid_sentence(prev: str, nxt: str) -> bool:
    """Whether a blank line cuts one sentence in two ("Mr Dodd, 62, claimed that he" / "performed
    many dirty tricks"; "A WOMAN was jailed for seven years yesterday" / "for torturing her
    husband"): the line ends with no sentence mark and the next goes on in lower case, or the line
    ends on a word no sentence ends with ("by", "the", "his", "Mr").

    Example:
        >>> cut_mid_sentence("Mr Dodd ignored a request by", "Mr Justice Morland to leave the")
        True
        >>> cut_mid_sentence("A WOMAN was jailed yesterday", "for torturing her husband.")
        True
        >>> cut_mid_sentence("Tragic", "The boy died in hospital."), cut_mid_sentence("He left.", "then")
        (False, False)
    """
    words = prev.split()
    if not words or not nxt or prev.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";")):
        return False
    last = words[-1].lower().strip("\"'\u2018\u201c(")
    dangling = last in STOP_WORDS or last.rstrip(".") in HONORIFICS
    goes_on = nxt[0].islower() and (prev.endswith(",") or words[-1][0].isalnum())
    return dangling and words[-1][-1].isalpha() or goes_on
