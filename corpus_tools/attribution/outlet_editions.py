""" "The newspaper's overseas edition said": an edition of the paper the story named is that paper.

"China's central bank will launch its first foreign borrowing ..., the People's Daily said. The
newspaper's overseas edition said the bank ..." (read from TUNE_32's 14889+15392, 15392 1, kind W8
of ``benchmarks/claims_tune32.md``): the findings counted the edition a second, anonymous speaker
beside the People's Daily. :mod:`~.outlets` makes "the newspaper" the one outlet a document names;
an edition of "the newspaper" (or "the paper", "its") is that outlet too.

* :func:`outlet_edition`: whether the label is such an edition.
"""

from __future__ import annotations

import re

__all__ = ["outlet_edition"]

_LABEL = re.compile(r"^(?:[Tt]he (?:newspaper|paper|daily)'s|[Ii]ts) (?:[a-z]+ |[A-Z][a-z]+ )?edition$")


def outlet_edition(label: str) -> bool:
    """Whether ``label`` is an edition of the paper a document named (module docstring).

    Example:
        >>> outlet_edition("The newspaper's overseas edition"), outlet_edition("its Sunday edition")
        (True, True)
        >>> outlet_edition("The Times' overseas edition"), outlet_edition("The newspaper")
        (False, False)
    """
    return bool(_LABEL.match(" ".join(str(label).split())))
