"""A declaration that is an act ("has declared force majeure", "declared a dividend") is no statement.

"Declare" is a verb of saying ("declared that the talks had failed"), but wire copy uses it most for
acts a company or a state performs by declaring: "Oilseed processing at the mill has been at a
standstill since December 19 and the company has declared force majeure for deliveries of soymeal
and soyoil" (read from round 32's held-out 12425+13835, 12425 2, row cg4 of ``benchmarks/claims.md``;
issue 22's Cominco example, "caused Cominco to declare force majeure"), "declared a quarterly
dividend of 10 cts", "declared a state of emergency". The findings counted the company a speaker
for it. The rule: the cue "declare" whose direct object is one of those acts' nouns, with no
clause or quotation of content, reports no statement.

* :func:`declared_act`: whether the cue is such a declaration.
"""

from __future__ import annotations

from corpus_tools.attribution.things import act_with_object

__all__ = ["declared_act"]

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
