"""A hospital and the NHS trust named after it are one body.

A wire writes "The hospital conceded that ..." and later "A spokesman for the Northern General
Hospital NHS Trust said: ...": the trust runs the hospital and speaks for it, so one body speaks
twice. The bare "The hospital" was an anonymous organisation of its own beside the trust, so the
take counted two bodies and every paper's survival rows one of them dropped (read from round 28's
27.01.00/damages, PA's damages1 8 and 22: claims dm5, dm14, dm16 of ``benchmarks/claims.md``).
:mod:`~.head_bodies` reads a bare head noun as the one body its document names for a spokesman
with that head ("police" beside "an Essex Police spokesman"); a trust's head is "Trust", so the
hospital's noun is read here, inside the trust's name.

* :func:`hospital_trust`: an unnamed "the hospital" or "the trust" read as the one hospital trust
  its document names, when that trust speaks in the document.
"""

from __future__ import annotations

import re

__all__ = ["hospital_trust"]

#: a trust named after its hospital or hospitals: "the Northern General Hospital NHS Trust"
_TRUST = re.compile(r"\b((?:[Tt]he )?(?:[A-Z][\w'&-]* ){0,4}Hospitals? (?:NHS )?Trust)\b")
#: the bare nouns that stand for it: "The hospital", "the trust", "the hospital trust"
_BARE = frozenset({"hospital", "trust", "hospital trust", "nhs trust"})


def hospital_trust(s: dict, text: str, speakers=frozenset()) -> dict:
    """``s`` read as the one hospital trust its document ``text`` names (``speaker_label`` the
    trust's name as written, an institution, named) when ``s`` is an unnamed "the hospital" or
    "the trust" and that trust speaks in the document (``speakers``: the lower-case labels of the
    document's speakers); anything else is returned as it is.

    Example:
        >>> text = "The hospital admitted fault. A spokesman for the Ash Hospital NHS Trust said sorry."
        >>> s = {"speaker_label": "The hospital", "speaker_type": "organisation", "named": False}
        >>> hospital_trust(s, text, {"the ash hospital nhs trust"})["speaker_label"]
        'the Ash Hospital NHS Trust'
        >>> hospital_trust(s, text, {"the hospital"}) is s  # the trust does not speak
        True
        >>> two = text + " The Elm Hospital NHS Trust said nothing."
        >>> hospital_trust(s, two, {"the ash hospital nhs trust"}) is s  # two trusts: which one?
        True
    """
    if s["named"] or "Trust" not in text:  # the cheap test first
        return s
    if " ".join(str(s["speaker_label"]).lower().split()).removeprefix("the ") not in _BARE:
        return s
    trusts = {" ".join(m.group(1).split()) for m in _TRUST.finditer(text)}
    names = {t.lower().removeprefix("the ") for t in trusts}
    if len(names) != 1:
        return s
    name = names.pop()
    if not any(name in x for x in speakers):
        return s
    label = min(
        trusts, key=lambda t: (not t.startswith("the "), not t.startswith("The "), t)
    )  # "the Ash ..."
    return {**s, "speaker_label": label, "speaker_type": "organisation", "named": True}
