"""A declaration that is an act ("has declared force majeure", "declared a dividend") is no statement.

"Declare" is a verb of saying ("declared that the talks had failed"), but wire copy uses it most for
acts a company or a state performs by declaring: "Oilseed processing at the mill has been at a
standstill since December 19 and the company has declared force majeure for deliveries of soymeal
and soyoil" (read from round 32's held-out 12425+13835, 12425 2, row cg4 of ``benchmarks/claims.md``;
issue 22's Cominco example, "caused Cominco to declare force majeure"), "declared a quarterly
dividend of 10 cts", "declared a state of emergency". The findings counted the company a speaker
for it. The rule: the cue "declare" whose direct object is one of those acts' nouns, with no
clause or quotation of content, reports no statement.

A strike call is an act of the same kind: "Unions called out the 160,000 employees to press for cuts
in working hours" (round 35, branch audit35, Reuters-21578 19070 3, rows bk4 and bk13 of
``benchmarks/claims.md``: "Unions" a speaker, then "dropped" by the update). The rule: the cue "call"
with no clause of content whose direct object is a strike's noun ("called a strike"), or with the
particle "out" and a word for workers as its object ("called out the workers"); never a strike
called something ("The government has called the miners' strike part of a campaign": a statement,
round 33's 8427).

* :func:`declared_act`: whether the cue is such a declaration;
* :func:`strike_call`: whether the cue is a strike call.
"""

from __future__ import annotations

from corpus_tools.attribution.things import act_with_object

__all__ = ["declared_act", "strike_call"]

#: what one declares by doing it: a contract's excuse, a payment, a state of affairs
_ACTS = frozenset(
    "majeure dividend dividends payout distribution split bankruptcy insolvency default moratorium "
    "emergency war ceasefire truce holiday independence amnesty curfew quarantine".split()
)  # fmt: skip


def declared_act(verb, anchor=None) -> bool:
    """Whether the cue ``verb`` is "declare" with one of the acts' nouns as its object and no
    clause of content (module docstring); ``anchor`` (the speaker's head) is not read.

    Example:
        >>> from types import SimpleNamespace as T
        >>> obj = T(dep_="dobj", lemma_="majeure", children=[])
        >>> declared_act(T(lemma_="declare", children=[obj]))
        True
        >>> declared_act(T(lemma_="declare", children=[obj, T(dep_="ccomp", lemma_="be", children=[])]))
        False
    """
    return act_with_object(verb, "declare", _ACTS)


#: what a union calls when it calls a strike, and whom it calls out
_STRIKES = frozenset("strike strikes stoppage walkout".split())
_WORKERS = frozenset(
    "worker employee staff member miner seaman docker driver teacher nurse crew union".split()
)  # fmt: skip


def strike_call(verb) -> bool:
    """Whether the cue ``verb`` is a strike call (module docstring): "call" with no clause of content
    and a strike for its object, or "out" and workers.

    Example:
        >>> from types import SimpleNamespace as T
        >>> out = T(dep_="prt", lower_="out", lemma_="out")
        >>> staff = T(dep_="dobj", lower_="staff", lemma_="staff")
        >>> strike_call(T(lemma_="call", children=[out, staff]))
        True
        >>> strike_call(T(lemma_="call", children=[staff]))
        False
    """
    if verb.lemma_.lower() != "call":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "parataxis", "oprd", "attr") for c in kids):
        return False  # "has called the miners' strike part of a campaign": what it called the strike
    objects = {c.lemma_.lower() for c in kids if c.dep_ == "dobj"}
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in kids)
    return bool(objects & _STRIKES) or (out and bool(objects & _WORKERS))
