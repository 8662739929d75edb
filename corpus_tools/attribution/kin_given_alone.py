"""A relative named by a given name alone right after a named person's kin word.

A witness's relative often speaks under the given name the report puts after the kin word: "Mrs
Hale's husband, Tom told the court ...", where the tagger takes "Tom" alone for the speaker. The
given name had been read as the one full name the text writes with it (:func:`~.descriptions.
given_alone`): the victim "Tom Reed", who never speaks, so every version "dropped" or "relabelled"
the victim and the husband was nowhere (round 21's 03.04.00/noye, cause 2 of the held-out audit in
``benchmarks/claims.md``). A reader takes him for Tom Hale: the given name, the possessor's surname.

The rule: a named person's speaker label of one capitalised word, whose text just before it (in its
own sentence) is a titled person's possessive and a kin word ("Mrs Hale's husband, ", "Mr Hale's
elder son "), is that given name with the possessor's surname.

* :func:`kin_given_alone`: the speaker's reading with that name, else unchanged.
"""

from __future__ import annotations

import re

from corpus_tools.attribution.kin_fragments import fragment_surname
from corpus_tools.attribution.kin_genders import _KIN

__all__ = ["kin_given_alone"]

#: a titled person's possessive and a kin word, at the end of the text before a given name
_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][\w'-]+ )?([A-Z][\w'-]+)['\u2019]s (?:[\w-]+ )?(?:"
    + "|".join(_KIN)
    + r"),?\s*$"
)


def kin_given_alone(s: dict, before: str) -> dict:
    """A speaker's reading (``speaker_label``, ``speaker_type``, ``named``) whose label is a given
    name alone right after a titled person's kin word in ``before`` (the document's text before the
    mention), named with the possessor's surname; else ``s`` unchanged.

    Example:
        >>> s = {"speaker_label": "Tom", "speaker_type": "person", "named": True}
        >>> kin_given_alone(s, "Tom Reed died. Mrs Hale's husband, ")["speaker_label"]
        'Tom Hale'
        >>> kin_given_alone(s, "Tom Reed died. Mrs Hale said ")["speaker_label"]
        'Tom'
    """
    label = str(s["speaker_label"]).strip()
    if not s["named"] or not re.fullmatch(r"[A-Z][a-z]+", label):
        return s
    m = _BEFORE.search(before[-80:])
    last = m.group(1) if m else fragment_surname(before, _KIN)  # "Mr Hale's wife. Ruth, said"
    return {**s, "speaker_label": f"{label} {last}", "speaker_type": "person"} if last else s
