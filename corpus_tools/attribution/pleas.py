"""A court story's pleas: one denial, admission or plea of one charge, however it is worded
("The babysitter denies murder" for "The teenager, who denies the charge").

* :func:`same_plea`: whether a version gives the same speaker the same plea as a source statement.
"""

from __future__ import annotations

__all__ = ["plea", "same_plea"]

#: the pleas of a court story, by the words of their cue
_PLEAS = {"deny": "deny", "denies": "deny", "denied": "deny", "admit": "admit", "admits": "admit",
          "admitted": "admit", "plead": "plead", "pleads": "plead", "pleaded": "plead"}  # fmt: skip


def plea(cue: str) -> str:
    """The plea a cue makes: "deny", "admit", "plead" or ""."""
    return next((_PLEAS[w] for w in str(cue).lower().split() if w in _PLEAS), "")


def same_plea(stmt: dict, mine: list[dict], same: set) -> bool:
    """Whether the version gives the same speaker the same plea ("The babysitter denies murder" for
    "The teenager, who denies the charge"): one denial of one charge, however it is worded."""
    said = plea(stmt["cue"])
    return bool(said) and any(t["speaker_id"] in same and plea(t["cue"]) == said for t in mine)
