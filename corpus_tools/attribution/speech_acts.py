"""A speech act told in other words: "offered her condolences to the families" is "expressed her
sympathy for the relatives".

A short statement whose content is the act itself, with no quotation ("The judge offered her
condolences to the families of X and Y"), is kept by a version that gives its speaker an act of
the same meaning on the same occasion ("Judge Z expressed her sympathy for the friends and
relatives of the dead man"), though the two share no content word: the alignment pairs no
sentences and the paraphrase test finds nothing (the claims audit's TUNE_18, 16.07.99/bondi, kind
T7). :func:`same_act` reads the act's noun, after a possessive and its adjectives, in the first words
of each content, and matches two of one group of :data:`ACTS`; nothing else, so no other statement
is matched more loosely.
"""

from __future__ import annotations

import re

__all__ = ["ACTS", "act_of", "same_act"]

#: speech acts of one meaning, each a group of the nouns a speaker offers, expresses or conveys
ACTS = (
    frozenset({"condolence", "condolences", "sympathy", "sympathies", "commiserations"}),
    frozenset({"apology", "apologies", "regret", "regrets"}),
    frozenset({"thanks", "gratitude"}),
    frozenset({"congratulations", "congratulation"}),
)
#: the most words a content may have to be an act statement ("her condolences to the families of
#: A and B" has 8; a longer one says more than the act)
MAX_ACT_WORDS = 14
_LEAD = re.compile(r"^(?:(?:her|his|their|its|my|our|the|own|personal|deep|deepest|sincere|heartfelt|)\s+)*")


def act_of(content: str) -> int | None:
    """The group of :data:`ACTS` a short act statement's content names, or None.

    Example:
        >>> act_of("her condolences to the families of Hale and Dunn"), act_of("her deep sympathy for them")
        (0, 0)
        >>> act_of("that the sentence was lenient") is None
        True
    """
    words = re.findall(r"[a-z]+", content.lower())
    if not words or len(words) > MAX_ACT_WORDS:
        return None
    head = _LEAD.sub("", " ".join(words)).split(" ")[0]
    return next((i for i, group in enumerate(ACTS) if head in group), None)


def same_act(stmt: dict, mine: list[dict], same: set) -> list[dict]:
    """The version's statements (``mine``) by the same speaker (``same``: their speaker ids) that
    tell the source statement ``stmt``'s act in other words: both indirect, both short act
    statements of one group of :data:`ACTS`."""
    act = act_of(str(stmt["content"])) if stmt["quote_type"] == "indirect" else None
    if act is None:
        return []
    return [
        t
        for t in mine
        if t["speaker_id"] in same and t["quote_type"] == "indirect" and act_of(str(t["content"])) == act
    ]
