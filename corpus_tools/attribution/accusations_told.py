"""An accusation is told only where its act is: "Reed is accused by the Home Office of masterminding the
raids on 20 banks" is kept without saying who by a paper's "the raids, allegedly masterminded by
Reed", not by "20 banks were raided", which keeps only the background the accusation's clause gives
(round 22's held-out 12.07.99/bombings: the mirror's sentence on the embassy bombings' dead told
the US's accusation that bin Laden masterminded them).

:func:`accusation_told` is read by :func:`corpus_tools.attribution.survival_status.one_version`
before it counts a statement "told without a speaker" because its sentence was taken, or told in
the paper's own voice; :func:`accusation_retold` finds the sentence that tells the accusation in
other words ("the bombings, allegedly masterminded by ...") where the keys of its whole clause
are too many to be found.
"""

from __future__ import annotations

import re

__all__ = ["accusation_retold", "accusation_told"]

#: "of masterminding", "of having run": the act an accusation names, as a gerund
_ACT = re.compile(r"^\W*of\s+(?:having\s+(?:been\s+)?)?(?P<act>[a-z]{3,})ing\b")


def accusation_told(stmt: dict, texts: list[str]) -> bool:
    """Whether the version's sentences ``texts`` (those aligned to the statement's sentence) keep
    the act of the accusation ``stmt`` (``cue``, ``content``): its gerund's stem in one of them;
    True for any other statement, and for an accusation whose act is no gerund.

    Example:
        >>> stmt = {"cue": "is accused", "content": "of masterminding the raids on 20 banks"}
        >>> accusation_told(stmt, ["Twenty banks were raided."])
        False
        >>> accusation_told(stmt, ["The raids, allegedly masterminded by Reed, hit 20 banks."])
        True
    """
    stem = _act_stem(stmt)  # "masterminding": "mastermind"; "running": "run"
    if not stem:
        return True
    return any(re.search(rf"\b{re.escape(stem)}", t.lower()) for t in texts)


def _act_stem(stmt: dict) -> str:
    m = (
        _ACT.match(str(stmt.get("content", "")).lower())
        if "accuse" in str(stmt.get("cue", "")).lower()
        else None
    )
    if m is None:
        return ""
    act = m.group("act")
    return act[:-1] if len(act) >= 4 and act[-1] == act[-2] else act


def accusation_retold(stmt: dict, text: str) -> bool:
    """Whether the version sentence ``text`` tells the accusation ``stmt`` in its own voice: the
    act's stem and two more words of five letters or more of its content (by their first five
    letters, "bombing" for "bombings").

    Example:
        >>> stmt = {"cue": "is accused", "content": "of masterminding the raids on banks in Leeds and York"}
        >>> accusation_retold(stmt, "Raids on banks in Leeds, allegedly masterminded by Reed, were foiled.")
        True
        >>> accusation_retold(stmt, "Raids on banks in Leeds were foiled.")
        False
    """
    stem = _act_stem(stmt)
    if not stem or not re.search(rf"\b{re.escape(stem)}", text.lower()):
        return False
    words = {w[:5] for w in re.findall(r"[a-z]{5,}", str(stmt["content"]).lower()) if not w.startswith(stem)}
    have = {w[:5] for w in re.findall(r"[a-z]{5,}", text.lower())}
    return len(words & have) >= 2
