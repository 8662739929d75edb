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


def _bracketed(s: str) -> bool:
    """A whole paragraph in one pair of brackets (spaces collapsed)."""
    return s.startswith("(") and s.rstrip(".").endswith(")") and s.count("(") == 1 and s.count(")") == 1


def note_continuations(paras: list, text: str) -> list:
    """Mark a bracketed paragraph that follows a note to editors as the same note (``advisory``).

    "(ATTENTION NEWS EDITORS: NOT FOR PUBLICATION.)" then "(The court has ordered that the plea of
    Jane Roe may not be reported ...)": the second paragraph, in brackets and with no label of its
    own, is the note's text, never a sentence of the story. Only a chain of whole bracketed
    paragraphs right after the note (other chrome between is skipped) is read so; the first
    unbracketed paragraph ends it. ``paras`` holds :class:`corpus_tools.text.cleaning.Paragraph`.
    """
    if not any(p.rule == "advisory" for p in paras):
        return paras
    out = list(paras)
    in_note = False
    for i, p in enumerate(out):
        if p.rule == "advisory":
            in_note = True
        elif p.kind == "chrome":
            continue
        elif in_note and _bracketed(" ".join(text[p.start : p.end].split())):
            out[i] = type(p)(p.start, p.end, "chrome", "advisory")
        else:
            in_note = False
    return out
