"""A second description of a group that the text gave it in apposition: one speaker, not two.

Wire copy describes an unnamed bidder one way, tells what it is in apposition, and later calls it
by that apposition's noun: "The investor group seeking to acquire GenCorp Inc said ... However, the
group said it will continue ... The group, a partnership of AFG Industries Inc <AFG> and <Wagner and
Brown>, was to go to court ... The takeover partnership said it has asked to meet with GenCorp". A
reader takes the partnership for the group; the findings had counted "The takeover partnership" an
anonymous speaker beside the group (read in round 34, branch spk72, from round 33's held-out
9036+9087, 9087 0-5, row gc6 of ``benchmarks/claims.md``).

The rule: an unnamed definite label "the" + up to two lower-case words + a noun ("The takeover
partnership") is the description the text before it put that noun in apposition to: "the group, a
partnership of ...", "The consortium, an alliance of ..." (the description as written before the
comma, or that description's first mention with its head noun: "The investor group", so the
speaker is the group's). Only a bare definite description with no name is read, and
only an apposition with "a"/"an" right after the comma.

* :func:`apposed_group`: that earlier description, or "".
"""

from __future__ import annotations

import re

__all__ = ["apposed_group"]

_LABEL = re.compile(r"[Tt]he ((?:[a-z-]+ ){0,2})([a-z]{4,})")


def apposed_group(label: str, before: str) -> str:
    """The earlier description ``before`` apposes the head of ``label`` to (module docstring), else "".

    Args:
        label: an unnamed speaker's label ("The takeover partnership").
        before: the document's text before the mention.

    Example:
        >>> before = "The bidder group said it would sue. The group, a partnership of two banks, filed. "
        >>> apposed_group("The takeover partnership", before)
        'The bidder group'
        >>> apposed_group("The takeover partnership", "The group said so. ")
        ''
    """
    m = _LABEL.fullmatch(" ".join(str(label).split()))
    if m is None or ", a" not in before:  # the cheap test first
        return ""
    noun = re.escape(m.group(2))
    flat = " ".join(before.split())
    found = re.findall(rf"\b([Tt]he (?:[a-z-]+ ){{0,2}}([a-z]{{4,}})), an? (?:[a-z-]+ ){{0,2}}{noun}\b", flat)
    if not found:
        return ""
    described, head = found[-1]
    first = re.search(rf"\b[Tt]he (?:[a-z-]+ ){{0,2}}{head}\b", flat)  # "The investor group ... The group,"
    return first.group(0) if first else described
