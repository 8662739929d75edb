"""A bare "The mum" right after a named woman speaks is that woman.

A tabloid names a witness and goes on with a description of her as a parent: "Chief prosecution
witness Sandy Strover fumed: 'I feel totally let down.' / The mum vowed she would not relive her
ordeal in the witness box, adding: ..." A reader takes "The mum" for Strover; the findings had
counted it as a second, anonymous, speaker (read from TUNE_25's 28.09.99/sleep, the sun, kind K1
of ``benchmarks/claims_tune25.md``). With a possessive ("her mum", "Tom's mother") the word is kin
and names another person (:mod:`~.kin_holders`); bare, after "The", it describes the person named
just before.

The rule: :data:`PARENT_NOUNS` are read as :data:`~.named_before.EPITHET_NOUNS` are (the person
named in the sentence before only, whose sex does not rule it out), by
:func:`~.named_before.described_before`.
"""

from __future__ import annotations

__all__ = ["PARENT_NOUNS"]

#: a parent's nouns a paper calls a person it has just named ("The mum", "The mother-of-two")
PARENT_NOUNS = frozenset(
    "mum mother dad father mother-of-two mother-of-three father-of-two father-of-three".split()
)
