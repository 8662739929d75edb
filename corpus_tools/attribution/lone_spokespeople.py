"""'The spokeswoman' after 'an EC Commission spokesman': the one spokesperson of a document.

Wire copy introduces a body's spokesperson once, unnamed, and goes on with a definite description
that changes the noun or adds the body: "... have failed to settle a trade dispute over pasta, an EC
Commission spokesman said. ... The spokeswoman said the talks foundered on ..." (round 39, branch
debt39, round 38's held-out 19658 0 and 4, ``benchmarks/claims.md`` pa12); "..., a spokesman for
Dutch grain and feed trade association, Het Comite, told Reuters. ... The spokesman said ... The
Het Comite spokesman said ..." (9907 0, 4, 9; hc4). The mention joins an earlier speaker of the
same head noun and no more modifiers, so "The spokeswoman" stayed apart from "spokesman" and "The
Het Comite spokesman" from the spokesman whose body is set in apposition: one anonymous
spokesperson counted as two or three speakers. A reader takes the definite spokesperson for the
one the text introduced.

The rule (:func:`lone_spokesperson`): a definite mention headed by "spokesman", "spokeswoman" or
"spokesperson" ("The spokeswoman", "the Het Comite spokesman") that no other rule joins is the
document's earlier speaker headed by one of those nouns when there is exactly one such speaker and
every modifier of the mention is a word of that speaker's label ("Het", "Comite"). Two
spokespeople introduced before leave it apart (either may be meant), and so does a modifier the
earlier label lacks ("The Ford spokeswoman" after "a GM spokesman").
"""

from __future__ import annotations

__all__ = ["lone_spokesperson"]

#: the nouns of a spokesperson, one description whatever the gender the wire gives it
SPOKES_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def lone_spokesperson(f: dict, entities: list[dict]) -> list[dict]:
    """``[entity]``: the one earlier spokesperson of ``entities`` that the definite spokesperson
    mention ``f`` (:func:`~.speakers.speaker_features`) stands for; ``[]`` otherwise.

    Example:
        >>> e = {"heads": {"spokesman"}, "label": "an EC Commission spokesman", "named": False}
        >>> f = {"head": "spokeswoman", "definite": True, "named": False, "mods": set()}
        >>> lone_spokesperson(f, [e]) == [e]
        True
        >>> lone_spokesperson({**f, "mods": {"ford"}}, [e])
        []
    """
    if f["head"] not in SPOKES_HEADS or not f["definite"] or f["named"]:  # the cheap test first
        return []
    found = [e for e in entities if e["heads"] & SPOKES_HEADS]
    if len(found) != 1:
        return []
    words = set(" ".join(str(found[0]["label"]).lower().split()).replace(",", " ").split())
    return found if {m.lower() for m in f["mods"]} <= words else []
