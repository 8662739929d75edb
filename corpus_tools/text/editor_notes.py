"""Notes to editors: a wire take's bracketed word to the desks before or after its headline.

"(Attention Picture Desks: the court has allowed the town to be named.)" or "(Note to subs:
...)" is page chrome of the take, never a sentence of the story nor a speaker. The shape: a
whole paragraph in brackets that opens with a short label to the desks and a colon, the label
holding a word of wire furniture (attention, note, editors, desks, subs, ...). Longer than the
short advisories :mod:`corpus_tools.text.chrome` reads ("(EDITORS: ...)"), such a note may run
to a paragraph of its own; :func:`corpus_tools.text.chrome.chrome_rule` calls
:func:`is_editors_note` and names the paragraph ``advisory``.
"""

from __future__ import annotations

import re

__all__ = ["is_editors_note"]

#: the label before the colon: up to seven words, one of them a word for the desks or a note
_LABEL = re.compile(
    r"^\(\s*(?P<label>[A-Za-z][\w'&,./ -]{0,80}?)\s*:\s+\S",
)
_DESK_WORDS = re.compile(
    r"\b(?:attention|atten|note|notes|nb|memo|mem|cses?|editors?|editor's|desks?|newsdesks?|subs|sub-editors?|"
    r"subeditors?|chief sub-editors?|picture editors?|advisory|warning|embargo(?:ed)?|correction)\b",
    re.IGNORECASE,
)


def is_editors_note(s: str) -> bool:
    """Whether one whole paragraph (spaces collapsed) is a bracketed note to editors.

    >>> is_editors_note("(Attention Picture Desks: the court has allowed the town to be named.)")
    True
    >>> is_editors_note("(Reed denies the charge.)")
    False
    """
    if not s.startswith("(") or not s.rstrip(".").endswith(")") or len(s.split()) > 150:
        return False
    if s.count("(") != 1 or s.count(")") != 1:
        return False
    m = _LABEL.match(s)
    if m is None or len(m.group("label").split()) > 7:
        return False
    return _DESK_WORDS.search(m.group("label")) is not None
