"""A client's legal team is the counsel the document names as presenting the client's case.

A court report gives a party's case to "her lawyers", "her legal team", "Hindley's lawyers" or
"Lawyers for X" in one sentence and to the QC who argued it in the next ("Her barrister, Tom Ray,
QC, said ..."). The team speaks through its counsel, as a body through its spokesman, so the reader
counts one speaker; the role reading (:func:`~.roles.family_holder`) read only a two-word singular
description ("her lawyer", "Hindley's QC"), and the team stayed a speaker of its own beside its QC
(round 21's TUNE_21, 21.02.00/hindley, ``benchmarks/claims_tune21.md`` kind K1: the star's "Her
lawyers", the independent's "her legal team", the guardian's "Lawyers for ..." and "Hindley's
lawyers"). Where the document names no counsel the team stays an anonymous speaker, and so does
"their lawyers": the lawyers of two or more clients together (12.07.99/bombings, bombings2 18).

* :func:`team_role`: a legal team's label as the lawyer description the role reading takes
  ("her legal team" -> "her lawyer", "Lawyers for Ann Lee" -> "Lee's lawyer"), else "".
"""

from __future__ import annotations

import re

__all__ = ["team_role"]

#: the words of a team of lawyers, after its possessor
_TEAM = r"(?:legal team|legal advisers|lawyers|solicitors|barristers|defence team|defense team)"
#: "her legal team", "Hindley's lawyers" (not "their lawyers": two clients' lawyers together)
_OWNED = re.compile(rf"((?:his|her)|[A-Z][\w-]*['\u2019]s) {_TEAM}", re.I)
#: "Lawyers for the Moors murderer Ann Lee", "lawyers acting for Ann Lee": the client's surname last
_FOR = re.compile(rf"(?:the )?{_TEAM} (?:acting )?(?:for|representing) .*?\b([A-Z][a-z][\w-]*)", re.I)


def team_role(label: str) -> str:
    """The two-word lawyer description a legal team's ``label`` stands for, "" for anything else.

    Example:
        >>> team_role("her legal team"), team_role("Her lawyers"), team_role("Hindley's lawyers")
        ('her lawyer', 'her lawyer', "Hindley's lawyer")
        >>> team_role("Lawyers for the Moors murderer Myra Hindley")
        "Hindley's lawyer"
        >>> team_role("her lawyer"), team_role("lawyers"), team_role("Her legal team's advice")
        ('', '', '')
    """
    label = str(label).strip()
    m = _OWNED.fullmatch(label)
    if m:
        owner = m.group(1)
        return f"{owner.lower() if owner.lower() in ('his', 'her') else owner} lawyer"
    m = _FOR.fullmatch(label)
    return f"{m.group(1)}'s lawyer" if m and m.group(1)[0].isupper() else ""
