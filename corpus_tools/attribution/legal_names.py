"""A company's name with its legal ending and without it, in one document: one company.

"Equity investment company <Battery<newline>Group Ltd> said it had agreed to buy ... / ..., Battery
Group said in a statement": the wire names the company once with its ending ("Ltd") and then
without it. Within one document the two keys ("battery group ltd", "battery group") never met, so
the company was two institutions (its first mention's label had been cut to "Group" at the line
break, which joined the rest by its head word; round 34's `cues._one_name` keeps the whole name).
The rule: two named institutions of one document whose labels are the same words once a legal
ending is taken off ("Ltd", "Inc", "Corp", "Co", "Plc", "Limited") and the white space is
normalised are one. Found in round 34, branch tune34, Reuters-21578 882 (``benchmarks/README.md``,
round 34, tune34: the speaker frames of ``benchmarks/speaker_cpu.py``).
"""

from __future__ import annotations

import re

__all__ = ["legal_twin"]

#: a legal ending at the end of a lower-case key ("battery group ltd")
_ENDING = re.compile(r"(?:\s+(?:ltd|limited|plc|inc|corp|corporation|co)\.?)+$")


def _bare(key: str) -> str:
    return _ENDING.sub("", " ".join(key.split()))


def legal_twin(f: dict, e: dict) -> bool:
    """Whether a mention's features ``f`` (:func:`~.speakers.speaker_features`) and the entity ``e``
    name one company, with and without its legal ending (module docstring).

    Example:
        >>> f = {"type": "organisation", "named": True, "key": "battery group"}
        >>> e = {"type": "organisation", "named": True, "keys": {"battery\\ngroup ltd"}}
        >>> legal_twin(f, e), legal_twin({**f, "key": "battery"}, e)
        (True, False)
    """
    if f["type"] != "organisation" or e["type"] != "organisation" or not (f["named"] and e["named"]):
        return False
    key = _bare(f["key"])
    return " " in key and any(_bare(k) == key for k in e["keys"])
