"""A person with two surnames named again by the first of them is that person:
"Ecuador needs 120 mln dlrs to repair the damage ..., energy and mines minister Javier Espinosa
Teran said. / Espinosa said yesterday the pipeline ... would be repaired ...".

Spanish and Portuguese names carry the father's surname and then the mother's ("Javier Espinosa
Teran", "Leon Febres Cordero", "Arturo Hernandez Grisanti"); the wire names the person again by
the father's alone ("Espinosa"). A speaker is one with another by the last word of the name, so
the findings had counted "Espinosa" as a second speaker, and the tagger typed it an institution
(read from HELD_OUT_32's 3556+3594, Reuters-21578 3556 0-1; ``benchmarks/claims.md`` row eq4).

The rule (:func:`double_surname`): a speaker whose label is one capitalised word (named or not:
the tagger may leave "Robles" untyped) is the named person before it in its document whose name
ends in three or more capitalised words, the word before the last of them that one ("Espinosa" of
"Javier Espinosa Teran"), when exactly one person before it is so named.

* :func:`double_surname`: the speaker read so (``speaker_label``, ``speaker_type``, ``named``), or
  the speaker unchanged.
"""

from __future__ import annotations

import re

__all__ = ["double_surname"]

#: a name's last capitalised words: "energy and mines minister Javier Espinosa Teran"
_TAIL = re.compile(r"(?:[A-Z][\w'-]*(?:\s|$))+$")


def _father_surname(label: str) -> str:
    """The word before the last of a label's closing run of three or more capitalised words, else ""."""
    m = _TAIL.search(str(label))
    words = m.group(0).split() if m else []
    return words[-2] if len(words) >= 3 else ""


def double_surname(s: dict, earlier: list[dict]) -> dict:
    """The person named by two surnames before it that a one-word speaker is.

    Args:
        s: the speaker as read so far (``speaker_label``, ``speaker_type``, ``named``).
        earlier: the speakers before it in its document, each with ``speaker_label``,
            ``speaker_type`` and ``named``.

    Example:
        >>> before = [{"speaker_label": "Ana Robles Vega", "speaker_type": "official", "named": True}]
        >>> s = {"speaker_label": "Robles", "speaker_type": "organisation", "named": True}
        >>> double_surname(s, before)["speaker_label"]
        'Ana Robles Vega'
        >>> double_surname({**s, "speaker_label": "Vega"}, before)["speaker_label"]
        'Vega'
    """
    label = str(s["speaker_label"])
    if not earlier or not label[:1].isupper() or " " in label or not label.isalpha():
        return s
    found = [
        o
        for o in earlier
        if o.get("named")
        and o.get("speaker_type") in ("person", "official")
        and _father_surname(o.get("speaker_label", "")) == label
    ]
    if len({o["speaker_label"] for o in found}) != 1:
        return s
    o = found[0]
    return {**s, "speaker_label": o["speaker_label"], "speaker_type": o["speaker_type"], "named": True}
