""""Let me emphasize that ...": the quotation's speaker speaking of himself, no speaker "me".

A wire quotes an official opening with a first-person phrase of saying, "``Let me emphasize that
all seven major industrial nations remain fully committed to ...,'' he told the American Enterprise
Institute". The parse makes "me" the subject of "emphasize", so the findings had an anonymous
speaker "me", given this quotation and the next ("``We all believe ...,'' he said", its "he" read
back to "me"), beside the Treasury Secretary who speaks them, and a version that kept the Secretary
"dropped" "me" (read from TUNE_32's 17126+17138, 17126 1-2, kind W3 of
``benchmarks/claims_tune32.md``).

The rule: an object pronoun of the first person ("me", "us") as the subject of a cue is no speaker;
the quotation's own tag ("he told ...") says who speaks.

* :func:`first_person_object`: whether a cue's subject token is such a pronoun.
"""

from __future__ import annotations

__all__ = ["first_person_object"]


def first_person_object(head) -> bool:
    """Whether ``head`` (a cue's subject token) is "me" or "us" (module docstring).

    Example:
        >>> from types import SimpleNamespace as T
        >>> first_person_object(T(lower_="me")), first_person_object(T(lower_="he"))
        (True, False)
    """
    return head.lower_ in ("me", "us")
