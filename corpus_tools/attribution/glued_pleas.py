"""A plea whose auxiliary the wire ran into the verb: "... for the one count of living on
prostitution, which he hadpleaded guilty to".

Read from round 28's 28.09.99/brothel (``benchmarks/claims.md``, rows bt5, bt15 and bt25; left by
spk62 in round 29, "the glued hadpleaded"): PA's take glued "had" to "pleaded" at a line's end,
so the tagger read one verb "hadpleaded" (lemma "hadpleade"), no plea, and Andre Ryniekska's plea
was lost from PA's speakers and from every version's survival. Wire copy glues words at line
ends often ("forparole", "choicebut", "actslike" in METER's takes); a plea verb glued to its
auxiliary ("had", "has", "have") is read as the plea it is, with its own subject. A cheap string
gate (:func:`may_glue`) is read once a paragraph before any token is looked at.

* :func:`may_glue`: whether a paragraph's lower-cased text holds such a glued plea;
* :func:`glued_plea`: "verb" for a glued plea verb with a subject, else None.
"""

from __future__ import annotations

import re

__all__ = ["glued_plea", "may_glue"]

#: an auxiliary run into a plea verb ("hadpleaded", "hasadmitted", "haddenied")
_GLUED = re.compile(r"(?:had|has|have)(?:pleaded|pled|admitted|denied|confessed)")


def may_glue(low: str) -> bool:
    """Whether a paragraph's lower-cased text holds an auxiliary glued to a plea verb.

    Example:
        >>> may_glue("which he hadpleaded guilty to."), may_glue("which he had pleaded guilty to.")
        (True, False)
    """
    return _GLUED.search(low) is not None


def glued_plea(verb) -> str | None:
    """The kind "verb" for a glued plea verb with a subject of its own ("he hadpleaded"), else None.

    Example:
        >>> from types import SimpleNamespace as T
        >>> glued_plea(T(lower_="hadpleaded", children=[T(dep_="nsubj")]))
        'verb'
        >>> glued_plea(T(lower_="hadpleaded", children=[])) is None
        True
    """
    if not _GLUED.fullmatch(verb.lower_) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return "verb"
