"""A body named once in full and once by its head noun alone in one document is one speaker.

"Norfolk police said ..." early in a paper and "Police said ..." later: the speaker table keeps two
rows (the labels differ, and neither is named), so the paper's "quotes N speakers" counted one force
twice (the claims audit's twenty-third round, 03.04.00/breeder's telegraph, bd71; spk50 read the
source's bare body as the version's qualified one in :mod:`~.qualified_bodies`, for the survival
rows only). The rule, for the counts of :func:`~.accounting.speaker_summary`: a document's
institution whose label is a bare head noun ("Police", "the council") is the one other institution
of the document whose label ends with that noun after a qualifier ("Norfolk police"), when there is
exactly one; with two ("Kent police", "Essex police") the bare one is left apart.

* :func:`bare_repeats`: the positions of a document's speakers that repeat another body.
"""

from __future__ import annotations

from corpus_tools.attribution.surnames import INSTITUTION_HEADS

__all__ = ["bare_repeats"]


def _words(label: str) -> list[str]:
    words = str(label).lower().split()
    return words[1:] if words[:1] == ["the"] else words


def bare_repeats(labels: list[str], kinds: list[str]) -> list[int]:
    """The positions (in ``labels``, a document's speaker labels, ``kinds`` their speaker kinds) of
    the institutions named by a bare head noun that one other institution of the document names in
    full.

    Example:
        >>> bare_repeats(["Norfolk police", "Dr Ames", "Police"], ["organisation", "person", "organisation"])
        [2]
        >>> bare_repeats(["Kent police", "Essex police", "Police"], ["organisation"] * 3)
        []
    """
    pairs = enumerate(zip(labels, kinds, strict=True))
    bodies = [(i, _words(lab)) for i, (lab, k) in pairs if k == "organisation"]
    if len(bodies) < 2:
        return []
    out = []
    for i, words in bodies:
        if len(words) != 1 or words[0] not in INSTITUTION_HEADS:
            continue
        full = [j for j, w in bodies if j != i and len(w) > 1 and w[-1] == words[0]]
        if len(full) == 1:
            out.append(i)
    return out
