"""A bare "Afterwards, a spokesman said" right after a named body disputed or denied something is
that body's spokesman.

A wire tells a body's answer in court and then its spokesman's words outside it: "The
Metropolitan Police disputed that the incidents had occurred.", then "Afterwards, a spokesman said
that the judge had ruled in favour of the police on another five alleged incidents". The
spokesman names no body, and :mod:`~.spokesman_bodies` reads only a body that "said", "announced",
"confirmed" or "added" in the sentence right before a spokesman who opens his own sentence; here
the body "disputed" and the spokesman comes after a fronted "Afterwards,". He was an anonymous
speaker of his own beside the police (the lead's round-19 ruling: an organisation and the
spokesman who speaks for it are one speaker), counted apart in the take and dropped twice in every
paper. Read from TUNE_28's 03.04.00/harass (harass1 17-18; ``benchmarks/claims_tune28.md``, kind
T1).

The shape: a bare spokesman (``A spokesman``, ``The spokeswoman``, no "for X"), opening his
sentence or after one short fronted phrase ("Afterwards,", "Later,", "Outside court,", "After the
hearing,"), in the sentence right after one whose subject is a named body (a capitalised word
before an organisation's head noun, as :mod:`~.statement_bodies` reads it) with a verb of saying,
denying or disputing.

* :func:`disputing_body`: that body's name, or "".
"""

from __future__ import annotations

import re

from corpus_tools.attribution.spokesman_bodies import _BARE
from corpus_tools.attribution.statement_bodies import _NAMED, body_said_before

__all__ = ["disputing_body"]

#: one short fronted phrase before the spokesman: "Afterwards, ", "Outside court, "
_FRONTED = re.compile(r"(?:^|(?<=[\s<\x19]))[A-Z][a-z]+(?: [a-z]+){0,3}, $")
#: the named body with a verb of answering: "The Metropolitan Police disputed", "Acme Council denied"
_ANSWERED = re.compile(
    rf"\b({_NAMED})(?:, [^,]{{1,80}},)? (?:said|stated|announced|confirmed|added|disputed|denied|"
    r"insisted|maintained|contended|argued|claimed|rejected|accepted|admitted)\b"
)


def disputing_body(label: str, text: str, start: int) -> str:
    """The named body a bare spokesman ``label`` (at offset ``start`` of ``text``) speaks for: the
    body that said, disputed or denied something in the sentence right before his, when he opens
    his sentence or follows one short fronted phrase; "" otherwise.

    Example:
        >>> text = "The Acme Police disputed the claim.<\\nAfterwards, a spokesman said it would appeal."
        >>> disputing_body("a spokesman", text, text.index("a spokesman"))
        'Acme Police'
        >>> text = "Tom Reed disputed the claim. Afterwards, a spokesman said it would appeal."
        >>> disputing_body("a spokesman", text, text.index("a spokesman"))
        ''
    """
    if "spokes" not in label or not _BARE.fullmatch(" ".join(str(label).split())):
        return ""
    before = text[:start]
    front = _FRONTED.search(before[-40:])
    if front is not None:
        before = before[: len(before) - len(front.group(0))]
    return body_said_before(before, len(before), _ANSWERED)
