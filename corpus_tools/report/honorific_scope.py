"""Of how many people a version's honorifics differ from the source's.

A version's ``honorifics`` row of :func:`corpus_tools.variants.style.house_style` counts people,
person by person: of the people both texts name (``n_total``), those the version names otherwise
than the source (``n``). The findings' "honorifics with honorific (PA: without)" read as if the
source wrote no honorific at all, where it writes "Mr Hale" throughout and what differs is one
person, whom it calls by her first name (the claims audit's round 23, ``benchmarks/claims.md``,
"Twenty-third round", cause 8: bd70, bd82). :func:`honorific_scope` says of how many.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["honorific_scope"]


def honorific_scope(rows: pd.DataFrame, style: str) -> str:
    """ ", for N of the M people both name" for a version's ``honorifics`` rows of one ``style``
    (``with_honorific`` / ``without``), or "" when the rows do not say.

    >>> rows = pd.DataFrame({"dimension": ["honorifics"], "style": ["with_honorific"],
    ...                      "n": [1], "n_total": [3]})
    >>> honorific_scope(rows, "with_honorific")
    ', for 1 of the 3 people both name'
    >>> honorific_scope(rows, "without")
    ''
    """
    mine = rows[(rows["dimension"] == "honorifics") & (rows["style"] == style)]
    if len(mine) != 1 or not int(mine["n"].iloc[0]):
        return ""
    n, total = int(mine["n"].iloc[0]), int(mine["n_total"].iloc[0])
    return f", for {n} of the {total} people both name" if total > 1 else ", for the one person both name"
