"""A plea whose subject is a person described by age alone: "A 28-year-old man ... has pleaded not
guilty".

A court report that may not name the defendant describes him by his age ("A 28-year-old man from
the north of England has pleaded not guilty to murdering the youngster"). The plea rule
(:func:`~.statement_verbs.statement_verb`) wants a named subject, a pronoun or an institution, and
read no plea: the take lost its one statement of the defendant (one speaker too few in its count)
and the paper's "A 28-year-old man ... denies murder" was a speaker PA did not have (TUNE_31's
03.04.00/teenager, teenager1 10; ``benchmarks/claims_tune31.md``, kind K4). An age ("28-year-old")
in the subject's words before its noun is said only of a person. A description without an age ("A
lorry driver pleaded guilty") is left as it was.

* :func:`aged_description`: whether one of a plea's subjects is such a description.
"""

from __future__ import annotations

import re

__all__ = ["aged_description"]

#: a person's age as a modifier ("28-year-old", "16-year-old")
_AGE = re.compile(r"\b\d{1,3}-year-old\b")


def aged_description(subjects) -> bool:
    """Whether one of ``subjects`` (a plea's subject tokens) is a common noun with an age among its
    words before it ("A 28-year-old man", "The 19-year-old student").

    Example:
        >>> from corpus_tools.text.nlp import load_model
        >>> doc = load_model()("A 31-year-old man from Leeds pleaded not guilty to murder.")
        >>> aged_description([doc[6]]), aged_description([doc[8]])
        (True, False)
    """
    for s in subjects:
        if s.pos_ != "NOUN":
            continue
        words = s.doc[s.left_edge.i : s.i + 1].text.replace(" - ", "-").replace(" -", "-")
        if _AGE.search(words.replace("- ", "-")):
            return True
    return False
