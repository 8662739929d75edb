""""X, defending, said his client accepted ... . ..., he said": the pronoun is the barrister's.

A barrister's plea in mitigation tells what his client accepts and goes on in his own voice: "Anthony
Barnfather, defending, said his client accepted that her behaviour was ``nothing short of
outrageous'' ... The effects of alcohol on Gant may have been worsened by beta-blockers, he said."
The nearest mention before "he" was "his client", a speaker nested in the barrister's statement,
and the pronoun took it: the barrister's statement went to an anonymous "his client" (a woman), and
a paper that gave it to the barrister by name "quotes 1 only on another statement" (TUNE_31's
18.02.00/presenter, presenter1 20; ``benchmarks/claims_tune31.md``, kind K2). The possessive gives
the barrister's gender, not the client's: a "he" after "his client" (a "she" after "her client")
fits the barrister, who is the one speaking, when a barrister of a side is among the antecedents.

* :func:`counsel_before_client`: the antecedents with that barrister first.
"""

from __future__ import annotations

from corpus_tools.attribution.pronouns import PRONOUNS

__all__ = ["counsel_before_client"]

#: the client a barrister of each gender speaks of
_CLIENT = {"m": "his client", "f": "her client"}


def counsel_before_client(pronoun: str, near: list[dict]) -> list[dict]:
    """``near`` (a pronoun's antecedents, the first taken) with the first barrister of a side
    (affiliation ``defence`` or ``prosecution``) put before a first "his client" that a "he" follows
    ("her client" and "she"); ``near`` as it was otherwise.

    Example:
        >>> client = {"label": "his client", "affiliation": "unknown"}
        >>> counsel = {"label": "Tom Lee", "affiliation": "defence"}
        >>> [e["label"] for e in counsel_before_client("he", [client, counsel])]
        ['Tom Lee', 'his client']
        >>> [e["label"] for e in counsel_before_client("she", [client, counsel])]
        ['his client', 'Tom Lee']
    """
    own = _CLIENT.get(PRONOUNS.get(str(pronoun).lower(), ""))
    if own is None or len(near) < 2 or str(near[0].get("label", "")).lower() != own:
        return near
    counsel = next((e for e in near[1:] if e.get("affiliation") in ("defence", "prosecution")), None)
    return near if counsel is None else [counsel, *(e for e in near if e is not counsel)]
