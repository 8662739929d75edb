""""The UAW chief": the one person the document titled head of that body before.

Wire copy names a body's head by his title once, "United Automobile Workers (UAW) president Owen
Bieber was loudly cheered ... when he declared", and then calls him by the body's short name and a
noun of heading: "``... War against the insecurity of layoff,'' the UAW chief said". The findings had
counted "the UAW chief" as a second, anonymous speaker beside Bieber, in the original and in the
version that kept both quotations (read from TUNE_32's 16220+16242, 16220 5 and 16242 3, kind W1 of
``benchmarks/claims_tune32.md``).

The rule: a label "the" + a capitalised body name of one to three words + "chief", "head",
"leader" or "boss" is the person the document's text before it titles head of that body, "BODY
president NAME", "(BODY) chairman NAME", "BODY's chief executive NAME", "NAME, BODY president",
when it titles one such person.

* :func:`chief_holder`: that person's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.repeated_titles import _NAME  # a full name, as the titles read it

__all__ = ["chief_holder"]

_LABEL = re.compile(r"^[Tt]he ((?:[A-Z][\w&'.-]* ){1,3})(?:chief|head|leader|boss)$")
_HEADS = r"(?i:president|chairman|chairwoman|chief executive|chief|leader|head|general secretary)"


def chief_holder(label: str, before: str) -> str:
    """The person "the BODY chief" stands for (module docstring), else "".

    Args:
        label: the speaker's label ("the UAW chief").
        before: the document's text before the description.

    Example:
        >>> before = "United Automobile Workers (UAW) president Owen Bieber said it. Talks go on."
        >>> chief_holder("the UAW chief", before)
        'Owen Bieber'
        >>> chief_holder("the UAW chief", "Owen Bieber, a UAW member, said it.")
        ''
    """
    label = " ".join(str(label).split())
    m = _LABEL.match(label) if label[:4].lower() == "the " else None  # the cheap test first
    if not m:
        return ""
    body = r"\s+".join(re.escape(w) for w in m.group(1).split())
    titled = (
        rf"\b{body}\)?(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?{_HEADS}\s+{_NAME}",  # "(UAW) president Owen Bieber"
        rf"{_NAME},\s+(?:the\s+)?{body}(?:'s)?\s+{_HEADS}\b",  # "Owen Bieber, UAW president"
    )
    names = {n.group(1) for pattern in titled for n in re.finditer(pattern, before)}
    if len({n.split()[-1] for n in names}) != 1:
        return ""
    return max(names, key=len)
