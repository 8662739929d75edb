"""'Government economists forecast a deficit', 'Officials expect the seaway to lose': a statement.

Wire copy gives the figures a group of unnamed experts put on the future with "forecast",
"expect" or "project" rather than a verb of saying: "Government economists forecast a current
account deficit of 15 billion crowns this year" (round 39, branch debt39, round 38's held-out 5554
13, ``benchmarks/claims.md`` dk7); "Officials expect the waterway to lose nine to ten mln Canadian
dlrs this year" (11385 3, sw12 and sw13: 8009's "The waterway is expected to lose 9-10 mln ...,
said William Blair" told anew). Neither verb is among the verbs of saying, so the experts' forecast
was no statement and its speaker was missing. A reader takes the forecast for what the economists
or officials said.

The rule (:func:`expert_forecast`): "forecast", "expect" or "project" is a cue when its subject is
a plural noun of people who speak for an office or a trade ("economists", "officials", "analysts",
"experts", "forecasters", "dealers", "traders", "bankers"; "Government economists") and it takes an
object or a clause of its own ("a deficit", "the waterway to lose", "that"). "The company expects
to close the deal" (a company's plan, no group of experts) and "Analysts were expected" (no
object) are left as before.
"""

from __future__ import annotations

__all__ = ["expert_forecast"]

_VERBS = frozenset({"forecast", "expect", "project"})
_EXPERTS = frozenset(
    {"economists", "officials", "analysts", "experts", "forecasters", "dealers", "traders", "bankers"}
)


def expert_forecast(tok) -> bool:
    """Whether the verb ``tok`` (a spaCy Token) is a group of unnamed experts' forecast (module
    docstring): a statement of theirs."""
    if tok.lemma_.lower() not in _VERBS:  # the cheap test first
        return False
    kids = list(tok.children)
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ not in _EXPERTS:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids)
