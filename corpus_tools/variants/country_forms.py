"""A country's adjective for its initials ("American" / "US"): one change, an abbreviation.

Read on the claims audit's round 22 (``benchmarks/claims.md``, bm17 and bm31: "two American
embassies" written "two US embassies", "American citizens" "US citizens", each counted a word cut
and a word added). The two words name one country, the initials standing for the name the
adjective is made from, so the change is the name's form, as "U.S." for "US" or "UN" for "United
Nations" are (:func:`corpus_tools.variants.categories.categorize` files it an ``abbreviation``,
which the diff keeps as one change). The country is read by the package's own tables
(:mod:`corpus_tools.variants.name_aliases`: a country's initials, name and adjective); two
countries ("British" / "US") stay a replacement, and a name for its adjective ("Britain" /
"British") is left as it was.
"""

from __future__ import annotations

from corpus_tools.variants.name_aliases import _nation
from corpus_tools.variants.name_spans import COUNTRY_INITIALS

__all__ = ["same_country"]


def _key(form: str) -> str:
    return form.strip().replace(".", "").lower()


def same_country(form_a: str, form_b: str) -> bool:
    """Whether one word is a country's initials and the other its adjective or name, both one
    country's (the module docstring).

    Example:
        >>> same_country("American", "US"), same_country("U.K.", "British")
        (True, True)
        >>> same_country("British", "US"), same_country("Britain", "British")
        (False, False)
    """
    a, b = _key(form_a), _key(form_b)
    if not a or not b or " " in a or " " in b or (a in COUNTRY_INITIALS) == (b in COUNTRY_INITIALS):
        return False
    country = _nation(a)
    return bool(country) and country == _nation(b)
