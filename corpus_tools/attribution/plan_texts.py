"""A plan, an agreement or a budget that "calls for" something is no speaker.

Wire copy tells what a plan or a contract contains with the verbs of a demand: "Plans call for
increased imports but an official said ..." (read from round 32's held-out 11225+11260, 11225 29,
row mu4 of ``benchmarks/claims.md``: "Plans" was counted an institution of the story), "The
agreement calls for the union to accept a wage freeze", "the budget provides for". A reader takes
no one for a speaker there: the text of a plan is quoted, nobody who says it. The rule, beside
``reports._LEGAL_TEXTS`` (a law or a guideline "calls for"): the cue "call" (or "provide",
"envisage", "stipulate", "specify") whose subject's head is a plan's or a contract's noun reports
no statement.

* :func:`plan_text`: whether the cue is such a plan's content.
"""

from __future__ import annotations

__all__ = ["plan_text"]

#: a plan's or a contract's nouns
_PLANS = frozenset(
    "plan programme program scheme budget agreement contract accord pact deal package bill "
    "draft project timetable schedule blueprint".split()
)  # fmt: skip
_VERBS = frozenset(("call", "provide", "envisage", "envision", "stipulate", "specify"))


def plan_text(verb, anchor) -> bool:
    """Whether the cue ``verb``, its speaker's head ``anchor``, tells a plan's content (module
    docstring).

    Example:
        >>> from types import SimpleNamespace as T
        >>> plan_text(T(lemma_="call"), T(lemma_="plan", pos_="NOUN"))
        True
        >>> plan_text(T(lemma_="call"), T(lemma_="union", pos_="NOUN"))
        False
    """
    return (
        anchor is not None
        and verb.lemma_.lower() in _VERBS
        and anchor.pos_ == "NOUN"
        and anchor.lemma_.lower() in _PLANS
    )
