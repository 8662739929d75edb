"""A company's name with its legal suffix in lower case is the company:
"Cyclops corp said it has reconstituted its board ... / Cyclops said remaining on the six-member
board are ...".

Wire copy keyed in a hurry writes the suffix in lower case ("Norton co said", "NBI inc said",
"Platinum corp said": 37 stories of Reuters-21578). :mod:`~.companies` drops "Corp", "Inc" or
"Ltd" from a company's name; the lower-case suffix stayed in the label, so the findings counted
"Cyclops corp" and "Cyclops" as two institutions of one story (read from HELD_OUT_32's
7110+11920, Reuters-21578 11920 0-1; ``benchmarks/claims.md`` row cp12).

The rule (:func:`lowercase_suffix`): a speaker label of capitalised words and a lower-case legal
suffix ("corp", "inc", "ltd", "co", "plc", with or without a full stop) is the company of the
words before the suffix, an institution, named: the label :mod:`~.companies` gives "Cyclops Corp".
A suffix that lost its capital in keying ("orp", "nc", "td": no English words) is one too:
"Rexnord nc said it signed a definitive agreement ... / Rexnord said the sale is part of" had
made "Rexnord nc" a named person beside the company (round 37, branch tune37, ``TUNE_37``'s 3790,
kind V8 of ``benchmarks/claims_tune37.md``).

* :func:`lowercase_suffix`: the speaker read so (``speaker_label``, ``speaker_type``, ``named``),
  or the speaker unchanged.
"""

from __future__ import annotations

import re

__all__ = ["lowercase_suffix"]

#: "Cyclops corp", "Norton co.": capitalised words, then a legal suffix in lower case
_LABEL = re.compile(r"((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*)*) (?:corp|inc|ltd|co|plc|orp|nc|td)\.?")


def lowercase_suffix(s: dict) -> dict:
    """The company a label with a lower-case legal suffix ("Cyclops corp") names.

    Args:
        s: the speaker as read so far (``speaker_label``, ``speaker_type``, ``named``).

    Example:
        >>> s = {"speaker_label": "Orbin corp", "speaker_type": "organisation", "named": True}
        >>> lowercase_suffix(s)["speaker_label"]
        'Orbin'
        >>> t = {"speaker_label": "Orbin Corp", "speaker_type": "organisation", "named": True}
        >>> lowercase_suffix(t) is t
        True
    """
    label = str(s["speaker_label"])
    m = _LABEL.fullmatch(label) if label[-1:] in "poldc." and " " in label else None
    if not m:
        return s
    return {**s, "speaker_label": m.group(1), "speaker_type": "organisation", "named": True}
