"""A bare "A spokeswoman said" right after a named body said something is that body's spokeswoman.

A wire gives a body's words twice running, first in its name and then by its spokeswoman, who is
named for no one: "The Prison Service said the jail's admissions board had looked again at the
case ...", then "A spokeswoman said: ``The board did not make this recommendation easily ...''".
Nothing tied the spokeswoman to the body, so she was an anonymous speaker of her own beside it
(the lead's round-19 ruling: an organisation and the spokesman who speaks for it are one speaker),
counted apart in the take and dropped apart from the body in every paper. Read from TUNE_26's
07.01.00/baby (baby1 11-12, baby1sub 15-16; ``benchmarks/claims_tune26.md``, kind K1). The shape of
:mod:`~.statement_bodies` ("A statement said" after "X council said"), for a spokesman.

* :func:`spokesman_of`: the named body a bare spokesman (``A spokesman``, ``The spokeswoman``,
  ``A spokesperson``, with no "for X") speaks for: the body that said something in the sentence
  right before it; "" when there is none.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.statement_bodies import body_said_before

__all__ = ["spokesman_of"]

#: "A spokesman", "The spokeswoman", "A spokesperson", "A later spokesman" (no body named)
_BARE = re.compile(r"(?:[Aa]n?|[Tt]he) spokes(?:man|woman|person)")


def spokesman_of(label: str, text: str, start: int) -> str:
    """The named body a bare spokesman ``label`` (at offset ``start`` of ``text``) speaks for: the
    body that said something in the sentence right before it; "" when there is none.

    Example:
        >>> text = "The Border Agency said the board had met. A spokeswoman said: ``It was hard.''"
        >>> spokesman_of("A spokeswoman", text, text.index("A spokeswoman"))
        'Border Agency'
        >>> text = "Tom Reed said the board had met. A spokeswoman said: ``It was hard.''"
        >>> spokesman_of("A spokeswoman", text, text.index("A spokeswoman"))
        ''
    """
    if not _BARE.fullmatch(" ".join(str(label).split())):
        return ""
    return body_said_before(text, start)
