"""A law whose name opens with a plural owner ("the Companies' Creditors Arrangement Act", "the
Veterans' Benefits Act"): one name, not the owner and the law without it. Found in the held-out
reading of round 57 (benchmarks/family_round57.md, Trans-Canada's court extensions: the act was
reported added as "Companies" and "Creditors Arrangement Act"). Read by
:func:`corpus_tools.variants.name_spans.name_spans`, where a run of capitalised words is split after
its possessives.

The shape: the piece before the split is one plain capitalised word in the plural with the
apostrophe after its "s" ("Companies'", "Veterans'"), and the piece after it is two words or more
ending in "Act". A singular owner stays apart ("Reagan's Tax Reform Act": the president and the
law), and so does a plural owner before anything but a law ("Brokers' Tokyo office"). In the 19,043
Reuters-21578 bodies a plural owner before a capitalised run ending in "Act" occurs twice: round 57's
law and "Workers' Compensation Act" (one name already, its owner a noun of people).
"""

from __future__ import annotations

import re

__all__ = ["law_owner_joins"]

#: one plain capitalised word in the plural, its possessive apostrophe after the "s"
_PLURAL_OWNER = re.compile(r"[A-Z][a-z]+s['’]")


def law_owner_joins(owner: str, rest: str) -> bool:
    """Whether the piece ``owner`` and the piece ``rest`` after it are one law's name.

    >>> law_owner_joins("Companies'", "Creditors Arrangement Act")
    True
    >>> law_owner_joins("Reagan's", "Tax Reform Act"), law_owner_joins("Brokers'", "Tokyo Office")
    (False, False)
    """
    words = rest.split()
    return (
        _PLURAL_OWNER.fullmatch(owner) is not None and len(words) >= 2 and words[-1].rstrip(".,;:") == "Act"
    )
