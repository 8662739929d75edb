"""A newspaper that is a party to a story is one speaker under its name and as "the newspaper".

A libel story names the paper once ("The Sun today accused X of ...") and then calls it by its kind
alone ("The newspaper denies libel, claiming justification"): two speakers where there is one. Read
from the METER courts story 14.07.99/grobbelaar (round 13's reading, ``benchmarks/claims_tune13.md``,
kind T7: grobbelaar1 23 and grobbelaar1nl 10).

* :func:`name_the_outlet`: in each document, the rows of "the newspaper" given the one news outlet
  that document names as a speaker.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools.attribution.outlet_editions import outlet_edition
from corpus_tools.attribution.records import name_the_alone

__all__ = ["name_the_outlet"]

#: what a story calls a news outlet it has named ("the newspaper", "the tabloid")
_OUTLET_NOUNS = frozenset({"newspaper", "paper", "tabloid", "broadsheet", "magazine", "daily"})


def _outlet_alone(label: str) -> bool:
    """ "the newspaper", "The tabloid": a definite outlet's kind and no name.

    Example:
        >>> _outlet_alone("The newspaper"), _outlet_alone("The Sun"), _outlet_alone("a newspaper")
        (True, False, False)
    """
    words = [w.lower().strip(".,") for w in str(label).split()]
    alone = len(words) == 2 and words[0] == "the" and words[1] in _OUTLET_NOUNS
    return alone or outlet_edition(label)  # "The newspaper's overseas edition" (outlet_editions.py)


def name_the_outlet(frame: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows with each document's "the newspaper" made the one named news outlet
    (``speaker_type`` ``media``) of the same document, before or after it: one ``speaker_id``,
    label, type. A document that names no outlet as a speaker, or two, is left as it is.

    Args:
        frame: the attribution rows (``doc_id``, ``speaker_id``, ``speaker_label``, ``named``,
            ``speaker_type``).

    Returns:
        A copy of ``frame``.
    """
    return name_the_alone(frame, _outlet_alone, lambda r: r["speaker_type"] == "media" and r["named"])
