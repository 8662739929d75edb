"""A description of an institution's staff is that institution when it speaks in the same source
group: "Police at the National Criminal Intelligence Service in London" beside "the National
Criminal Intelligence Service said". Moved from :mod:`~.identities` (round 24, spk52: that module
was at its 500-line limit); :func:`~.identities.refine_speakers` calls it as before.
"""

from __future__ import annotations

import re

__all__ = ["staff_of"]

#: the staff of a named institution ("Police at the National Criminal Intelligence Service in London")
_STAFF_OF = re.compile(
    r"^(?:[Tt]he )?(?:[Pp]olice|[Oo]fficers|[Dd]etectives|[Ss]taff|[Oo]fficials|[Ii]nvestigators) "
    r"(?:at|of|from) (?:the )?((?:[A-Z][\w'-]* ?)+?)(?: in [A-Z]\w+)?$"
)


def staff_of(s: dict, orgs: dict[str, str]) -> dict:
    """A description of an institution's staff ("Police at the National Criminal Intelligence
    Service in London") is that institution when it speaks in the same source group ("the National
    Criminal Intelligence Service said"); ``orgs``: the group's named institutions, key -> label."""
    found = _STAFF_OF.match(str(s["speaker_label"])) if not s["named"] else None
    key = found.group(1).strip().lower() if found else ""
    if key in orgs:
        return {**s, "speaker_label": orgs[key], "speaker_type": "organisation", "named": True}
    return s
