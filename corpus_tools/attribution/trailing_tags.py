"""A speaker tag that ends the sentence after a clause reports that clause, statements in it included.

"Mein, of Havant, pleaded guilty to ten specimen counts of making indecent photographs, a Crown
Prosecution Service spokeswoman said today.": the spokeswoman is the speaker; the plea is what she
reported, a report inside her statement (issue 22: a nested report is not a second speaker). The
package read the plea's content on to the sentence's end, over the tag, and so marked the
spokeswoman's statement ``nested`` in the plea, reported by the defendant, and she was in no speaker
table (09.08.99/porn of the METER courts, porn1 11, rows po5, po14, po15, po24, po25 of round 27's
held-out audit in ``benchmarks/claims.md``; read from round 27's held-out porn).
:func:`mark_trailing_tags` turns such a pair round: the tag's statement is its speaker's, the clause's
``nested`` in it, its content cut before the tag. The tag is ", <speaker> <verb of saying>" closing
the sentence, with at most a time ("today", "last night", "on Friday") after it, and its content is
the whole clause before it, the other statement's speaker and cue inside; a direct quotation keeps
its own speaker ('"I did it," Hale admitted, his lawyer said' is not this shape).
"""

from __future__ import annotations

import re

__all__ = ["mark_trailing_tags"]

#: verbs of a speaker tag that closes its sentence
TAG_VERBS = frozenset("said says say confirmed announced stated added reported explained".split())

#: what may follow the tag's verb before the sentence's stop
_TAIL = re.compile(
    r"\s*(?:(?:today|tonight|yesterday|later|last\s+night|this\s+(?:morning|afternoon|evening|week)"
    r"|on\s+[A-Z]\w+|in\s+a\s+statement)\s*)?[.!]",
)


def mark_trailing_tags(atts: list, text: str) -> None:
    """Make each statement of ``atts`` that is ``nested`` in the statement of its own content the
    outer one, when it is a tag closing the sentence (see the module docstring): its ``role`` becomes
    ``speaker``, the other's ``nested`` with ``outer`` the tag and its content cut before the tag.
    ``text`` is the cleaned text the offsets are in. In place."""
    for a in atts:
        b = a.outer
        if a.role != "nested" or b is None or b.outer is not None or b.role != "speaker":
            continue
        if b.resolved_from == "continuing_quote":
            continue
        if a.cue.lower() not in TAG_VERBS or b.quote_type == "direct":
            continue
        lo, hi = a.content
        if not (lo <= b.span[0] and b.cue_span[1] <= hi <= a.span[0] < b.content[1]):
            continue
        if text[hi : a.span[0]].strip() != "," or not _TAIL.match(text, a.cue_span[1]):
            continue
        a.role, a.outer = "speaker", None
        b.role, b.outer = "nested", a
        b.content = (b.content[0], min(b.content[1], hi))
