"""A court story's pleas: one denial, admission or plea of one charge, however it is worded
("The babysitter denies murder" for "The teenager, who denies the charge").

* :func:`same_plea`: whether a version gives the same speaker the same plea as a source statement;
* :func:`uncued_plea_kept`: whether it gives the speaker a plea its source tells with no cue
  (moved here from :mod:`~.survival`, which uses both);
* :func:`opposite_pleas`: whether two passages tell opposite pleas ("guilty", "not guilty").
"""

from __future__ import annotations

import functools
import re

from corpus_tools.attribution.paraphrase import SPEECH_FORMS

__all__ = ["opposite_pleas", "plea", "same_plea", "uncued_plea_kept"]

#: the pleas of a court story, by the words of their cue
_PLEAS = {"deny": "deny", "denies": "deny", "denied": "deny", "admit": "admit", "admits": "admit",
          "admitted": "admit", "plead": "plead", "pleads": "plead", "pleaded": "plead"}  # fmt: skip


def plea(cue: str) -> str:
    """The plea a cue makes: "deny", "admit", "plead" or ""."""
    return next((_PLEAS[w] for w in str(cue).lower().split() if w in _PLEAS), "")


def same_plea(stmt: dict, mine: list[dict], same: set) -> bool:
    """Whether the version gives the same speaker the same plea ("The babysitter denies murder" for
    "The teenager, who denies the charge"): one denial of one charge, however it is worded; a plea
    of guilty is an admission ("admitted drugs charges" for "he pleaded 'Guilty'"), a plea of not
    guilty a denial, and the two are never the same plea."""
    said = plea(stmt["cue"])
    return bool(said) and any(t["speaker_id"] in same and _pleas_agree(stmt, t) for t in mine)


def _plea_kind(r: dict) -> str:
    """A statement's plea (:func:`plea`), a plea of guilty read as "admit", of not guilty as "deny"."""
    said = plea(r["cue"])
    polarity = _polarity(str(r["content"])) if said == "plead" else ""
    return {"guilty": "admit", "not guilty": "deny"}.get(polarity, said)


def _pleas_agree(a: dict, b: dict) -> bool:
    if opposite_pleas(str(a["content"]), str(b["content"])):
        return False
    return plea(a["cue"]) == plea(b["cue"]) or _plea_kind(a) == _plea_kind(b)


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


_NOT_GUILTY = re.compile(r"\bnot\s+guilty\b", re.IGNORECASE)
_GUILTY = re.compile(r"\bguilty\b", re.IGNORECASE)


@functools.lru_cache(maxsize=2**14)  # a source statement is read against every sentence of each version
def _polarity(text: str) -> str:
    return "not guilty" if _NOT_GUILTY.search(text) else "guilty" if _GUILTY.search(text) else ""


def opposite_pleas(source: str, version: str) -> bool:
    """Whether a source statement and a version passage tell opposite pleas: one "guilty", the
    other "not guilty". A plea of guilty in another trial (12.07.99/informant, PA 1 22: "he
    pleaded 'Guilty'", a statement of one word) is not told by a paper's "the two men pleaded not
    guilty", though both hold "guilty" and a word of speech.

    Example:
        >>> opposite_pleas("Guilty", "Hale and Dunn pleaded not guilty to fraud.")
        True
        >>> opposite_pleas("guilty to fraud", "Hale pleaded guilty."), opposite_pleas("fraud", "not guilty")
        (False, False)
    """
    a, b = _polarity(source), _polarity(version)
    return bool(a and b) and a != b
