"""A paragraph cut off without its stop: the parse joins it to the next, and a cue of the next
paragraph takes a subject from the paragraph before.

A paper's text may lose the end of a paragraph ("... but mainly it was just" and then a blank
line); cleaning joins the two paragraphs into one sentence, and the parser gives the next one's verb
("The Grants, of Sully, ..., denied three charges") the subject of the cut one ("it"). A speaker
mention and its cue on the two sides of a blank line of the raw text are never one clause: the
speaker is the noun phrase that opens the paragraph after the break, when the cue comes after it
(02.11.99/chips of the claims audit, round 10: the times 5).
"""

from __future__ import annotations

import re

__all__ = ["speaker_after_break", "speakers_after_breaks"]

_BREAK = re.compile(r"\n[ \t\r]*\n")


def speaker_after_break(mention, span: tuple[int, int], cue: int, cleaned, offset: int):
    """The noun phrase (a spaCy Span) that opens the paragraph after a blank line of the raw text
    between a speaker ``mention`` (cleaned ``span``) and its cue (cleaned offset ``cue``), or None
    when no blank line stands between them or no noun phrase opens the text after it before the
    cue. ``cleaned``: the :class:`~corpus_tools.text.cleaning.Cleaned` text; ``offset``: the cleaned
    offset of the mention's parse."""
    if mention is None or cue <= span[1]:
        return None
    lo, hi = cleaned.to_raw(span[1], cue)
    brk = _BREAK.search(cleaned.raw, lo, hi)
    if brk is None:
        return None
    doc = mention.doc
    after = [t for t in doc if offset + t.idx < cue and cleaned.raw_start[offset + t.idx] >= brk.end()]
    if not after:
        return None
    first = after[0]  # the noun phrase from the break on ("just | The Grants": the parse's chunk spans it)
    chunk = next((doc[first.i : c.end] for c in doc.noun_chunks if c.start <= first.i < c.end), None)
    return chunk if chunk is not None and offset + chunk.end_char <= cue else None


def speakers_after_breaks(atts: list, cleaned, offset: int) -> None:
    """Give each attribution of one parse (``mention``, ``span``, ``cue_span``, ``resolve``) whose
    speaker stands before a blank line and its cue after it the speaker that opens the paragraph
    after (:func:`speaker_after_break`), to be resolved as a mention of its own."""
    for att in atts:
        moved = speaker_after_break(att.mention, att.span, att.cue_span[0], cleaned, offset)
        if moved is not None:
            att.mention, att.resolve = moved, True
            att.span = (offset + moved.start_char, offset + moved.end_char)
