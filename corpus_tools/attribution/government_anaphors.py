"""The wire's "The government said" is the one government its document has named before.

"The Soviet government said economic results ... were unsatisfactory, the official news agency
Tass said. ... The government said poor economic results last January had been overcome": the
second is the Soviet government, the only one named before it. Once "the Soviet government" reads
as a government (:mod:`~.former_governments`), the bare "The government" stayed an unnamed
organisation apart from it (read from the round-33 sweep's 17170+17188,
``benchmarks/speaker_sweep33.md``, shape 4).

The rule: an unnamed speaker labelled "the government" is the government the text names before
its mention as "[the] X government" (:func:`~.entities.government_key` of the phrase), when the
text names exactly one such government there; the label is that phrase, so both mentions are one
speaker. Read from ``wire_speakers``; any other label costs one string comparison.

* :func:`government_anaphor`: the speaker as that government, or as it is.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.entities import government_key

__all__ = ["government_anaphor"]

#: "the Soviet government", "Japanese government": one or two capitalised words before "government"
_NAMED_GOVERNMENT = re.compile(r"\b(?:[Tt]he\s)?(?:[A-Z][\w.]*\s){1,2}government\b")


def government_anaphor(s: dict, text: str, start: int) -> dict:
    """``s`` as the one government the text names before ``start``, when it is "the government".

    Example:
        >>> s = {"speaker_label": "The government", "speaker_type": "organisation", "named": False}
        >>> text = "The Soviet government said output fell, Tass said. The government said it rose."
        >>> government_anaphor(s, text, 51)["speaker_label"]
        'The Soviet government'
        >>> government_anaphor(s, "Output fell. The government said it rose.", 13) is s
        True
    """
    if s.get("named") or " ".join(str(s["speaker_label"]).split()).lower() != "the government":
        return s
    found: dict[str, str] = {}
    for m in _NAMED_GOVERNMENT.finditer(text[:start]):
        key = government_key(m.group(0))
        if key:
            found.setdefault(key, " ".join(m.group(0).split()))
    if len(found) != 1:
        return s
    return {**s, "speaker_label": next(iter(found.values())), "speaker_type": "government", "named": True}
