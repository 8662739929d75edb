"""A name and its spouse as the agent of a passive verb are a couple, a pair a later "They" or "The
couple" stands for: "The items were hidden by 42-year-old Thanh Than Le and his 38-year-old wife
Tam Thanh Nguyen in safety deposit boxes ... The couple - both former Boat People refugees - are
believed to ... They will be sentenced today after pleading guilty on Monday to handling stolen
property" (02.11.99/vietnamese, the mail 2-4, round 31's held-out vn15, vn16, vn18: the plea was
left unresolved, so the mail "quoted 2 speakers" and kept the couple's plea "without saying who").

:func:`~.pairs.named_pairs` reads spouses ("Frank Hill, 51, and his wife Sandra") as a pair only as
a subject; names coordinated anywhere else are no pair ("a committee attended by A, B and C"), so
"They" may not skip them. The agent of a passive ("hidden by X and his wife Y") is the one who acts,
the subject in all but form; a name there joined to "his wife NAME" or "her husband NAME"
(:func:`~.spouses.spouse_names`) is the pair. A spouse pair as an object ("attacked Tom Reed and his
wife Ann") is still no pair: "They" after it may be the attackers.

:func:`agent_couple`: the couple's names, or [].
"""

from __future__ import annotations

from corpus_tools.attribution.spouses import spouse_names

__all__ = ["agent_couple"]


def agent_couple(tok) -> list[str]:
    """``[name, spouse's name]`` when the proper noun ``tok`` is the object of a passive's "by"
    and joined to its spouse; [] otherwise.

    >>> from corpus_tools.text.nlp import load_model
    >>> doc = load_model()("The gems were hidden by Minh Van Tran and his wife Lan Thi Pham in a box.")
    >>> agent_couple(doc[7])
    ['Minh Van Tran', 'Lan Thi Pham']
    >>> doc = load_model()("Two men attacked Minh Van Tran and his wife Lan Thi Pham in a shop.")
    >>> agent_couple(doc[5])
    []
    """
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return []
    return spouse_names(tok)
