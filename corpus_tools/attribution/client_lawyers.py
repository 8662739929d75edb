""" "Her lawyer" for the lawyer the story names as that client's.

"Pemberton, of Hessle, was described as penniless by her lawyer" in one take of a wire story, and
"Pemberton's barrister Ann Kerr QC described her as penniless" in a later one: a reader takes "her
lawyer" for Ann Kerr, though the story names three barristers (a prosecutor and two defenders).
The role reading (:func:`~.roles.family_holder`) finds several lawyers and, none of them named
before the description in its take, left it an anonymous speaker of its own; a paper's "her
lawyer" then took Kerr's statement from her ("gives the statements of Ann Kerr to 'her
lawyer'") (29.03.00/stepmother, ``benchmarks/claims_tune20.md``).

The rule: among the lawyers found, the one the text names as the lawyer of a person whose surname
stands in the description's own sentence before it ("Pemberton's barrister Ann Kerr", "Ann Kerr,
QC, defending Pemberton", "Ann Kerr QC, for Pemberton"), when exactly one is.

* :func:`client_lawyer`: that lawyer's surname, or "".
"""

from __future__ import annotations

import re

__all__ = ["client_lawyer"]

_ROLES = r"(?:barrister|lawyer|solicitor|counsel|QC|brief)"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss) )?"


def client_lawyer(surnames: list[str], sentence: str, text: str) -> str:
    """The one of ``surnames`` (the lawyers a role reading found) that ``text`` names as the lawyer
    of someone ``sentence`` (the description's sentence up to it) names by surname, else "".

    Example:
        >>> text = "Pemberton's barrister Ann Kerr QC spoke. Tom Hale QC, defending Reddaway, spoke."
        >>> client_lawyer(["Kerr", "Hale"], "Pemberton, of Hessle, was described as penniless by", text)
        'Kerr'
        >>> client_lawyer(["Kerr", "Hale"], "Reddaway was described as ruined by", text)
        'Hale'
        >>> client_lawyer(["Kerr", "Hale"], "She was described as penniless by", text)
        ''
    """
    found = set()
    for name in surnames:
        n = re.escape(name)
        owned = rf"\b([A-Z][\w'-]+)['\u2019]s (?:[\w-]+ ){{0,2}}?{_ROLES},? (?:[A-Z][\w'.-]* ){{0,3}}{n}\b"
        acting = rf"\b{n}\b,?(?: [A-Z]{{2}},)? (?:defending|representing|for) {_TITLE}([A-Z][\w'-]+)"
        clients = {m.group(1) for p in (owned, acting) for m in re.finditer(p, text)}
        if any(re.search(rf"\b{re.escape(c)}\b", sentence) for c in clients):
            found.add(name)
    return found.pop() if len(found) == 1 else ""
