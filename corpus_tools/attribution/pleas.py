"""A court story's pleas: one denial, admission or plea of one charge, however it is worded
("The babysitter denies murder" for "The teenager, who denies the charge").

* :func:`same_plea`: whether a version gives the same speaker the same plea as a source statement;
* :func:`uncued_plea_kept`: whether it gives the speaker a plea its source tells with no cue
  (moved here from :mod:`~.survival`, which uses both).
"""

from __future__ import annotations

from corpus_tools.attribution.paraphrase import SPEECH_FORMS

__all__ = ["plea", "same_plea", "uncued_plea_kept"]

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


def uncued_plea_kept(mine: list[dict], same: set, reused: dict, source_recs: list[dict]) -> bool:
    """Whether the version gives the same speaker a plea, admission or denial ("Roger Pond ... also
    admitted taking indecent photographs") in a sentence taken from a source sentence that tells it
    with no cue the attributions read and no statement of anyone ("The former Radio Kent DJ ...
    also pleaded guilty to 10 counts of taking indecent photos"): the source's statement, kept."""
    told = {(str(r["doc_id"]), int(r["sent_id"])) for r in source_recs}
    plain = {v for key, targets in reused.items() if key not in told for v in targets}
    return any(
        t["speaker_id"] in same
        and int(t["sent_id"]) in plain
        and bool(set(str(t["cue"]).lower().split()) & SPEECH_FORMS)
        for t in mine
    )
