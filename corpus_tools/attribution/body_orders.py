"""'The Trade Ministry official' after 'a spokesman for the Ministry of Trade': one body, two orders.

A ministry or department has two names in English, its head word first ("the Ministry of Trade",
"the Department of Agriculture") or last ("the Trade Ministry", "the Agriculture Department"). The
wire uses both in one story: "..., a spokesman for the Ministry of Trade said. The spokesman said
... The Trade Ministry official said this was incorrect" (round 36, branch debt36, round 35's
``TUNE_35`` 5152+5315, ``benchmarks/claims_tune35.md`` x1, tune35's T5). The findings counted the
ministry, which speaks through its spokesman, and "The Trade Ministry official" as two speakers,
an institution and an anonymous official. A reader takes the definite official for the ministry's
spokesman named before, and "the Trade Ministry" for the ministry.

* :func:`ordered_body`: whether a mention is the named body an entity holds, or the body its
  spokesman speaks for, under the other order (read by :func:`corpus_tools.attribution.speakers`
  when it joins mentions, after :func:`~.body_heads.bare_body`); the two orders are one name as
  :func:`~.body_statements.same_body` reads them ("University Hospital of Westshire", "the
  University of Westshire Hospital": the same words).

Only the definite official ("The Trade Ministry official") or a spokesman (the lead's round-19
ruling: a body and its spokesman are one speaker) joins the body; "A Trade Ministry official said"
may be another official and stays apart. The words must be the same: "the Ministry of Foreign
Trade" is not "the Trade Ministry".

An unnamed spokesman ("a Finance Ministry spokesman said") is not joined here to a body written in
the same order, which may be no speaker at all ("Finance Ministry proposals ... have been blocked",
a noun's modifier): whether the body speaks in the document decides, as
:func:`~.spokesmen.body_of_spokesman` reads it, so a lone spokesman of a silent body stays an
anonymous official (the ruling of round 36; round 38, branch debt38, round 37's held-out 12847 0,
``benchmarks/claims.md`` be12, where the spokesman had been typed the ministry).
"""

from __future__ import annotations

import re

from corpus_tools.attribution.body_statements import same_body
from corpus_tools.attribution.spokesmen import spoken_for

__all__ = ["ordered_body"]

#: "The Trade Ministry official", "a Ministry of Trade spokesman": the body, then its speaker's noun
_SPEAKER = re.compile(r"^(?:(the)|an?) (.+) (official|spokesman|spokeswoman|spokesperson)$", re.IGNORECASE)


def _mention_body(f: dict) -> str:
    """The body a mention names: its own name ("the Trade Ministry"), or the body of its definite
    official or its spokesman ("The Trade Ministry official"); "" for anything else."""
    label = " ".join(f["label"].split())
    m = _SPEAKER.match(label)
    if m is not None:
        definite = m.group(1) is not None
        return m.group(2) if definite or m.group(3).lower() != "official" else ""
    return label if f["type"] == "organisation" else ""


def ordered_body(f: dict, e: dict) -> bool | None:
    """True when the mention ``f`` names, in either order, the named body the entity ``e`` is, or the
    body its spokesman speaks for ("The Trade Ministry official" and the entity "a spokesman for the
    Ministry of Trade"); None otherwise (other rules decide).

    Example:
        >>> ministry = {"type": "organisation", "named": True, "label": "the Ministry of Trade"}
        >>> ordered_body({"type": "official", "label": "The Trade Ministry official"}, ministry)
        True
        >>> ordered_body({"type": "official", "label": "A Trade Ministry official"}, ministry) is None
        True
        >>> spokesman = {"type": "official", "named": False, "label": "a spokesman for the Ministry of Trade"}
        >>> ordered_body({"type": "organisation", "label": "the Trade Ministry"}, spokesman)
        True
    """
    if "inistry" not in f["label"] and "epartment" not in f["label"]:  # the cheap test first
        return None
    if e["type"] == "organisation" and e["named"]:
        body = e["label"]
    elif "pokes" in e["label"]:  # its spokesman: "a spokesman for the Ministry of Trade"
        body = spoken_for(e["label"])
    else:
        return None
    mine = _mention_body(f)
    if mine and e["type"] == "organisation" and _one_order(mine, body) and _SPOKESMAN.match(f["label"]):
        return None  # "a Finance Ministry spokesman" after "Finance Ministry proposals": whether it spoke
    return True if mine and same_body(mine, body) else None


#: an indefinite spokesman's label ("a Finance Ministry spokesman")
_SPOKESMAN = re.compile(r"^an? .+ spokes(?:man|woman|person)$", re.IGNORECASE)


def _one_order(a: str, b: str) -> bool:
    """Whether two names are written in one order ("Finance Ministry", "the Finance Ministry")."""
    return " ".join(a.lower().removeprefix("the ").split()) == " ".join(
        b.lower().removeprefix("the ").split()
    )
