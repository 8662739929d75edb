"""The thresholds of :mod:`corpus_tools.reuse.figures_told` chosen by cross-validation over rounds (#23).

Round 34 (branch tree34). A rule is two thresholds: the earlier story's figures the later one
must name (``FIGURES_KEPT``), and then the share of the earlier lead's content words
(``FIGURE_WORDS``) the lead rule asks for; or no rule. Only a series with a pair of its documents
whose later one names two of the earlier one's figures or more can change; the tree of each such
series is rebuilt for each rule (``ct.family`` on the series alone, the rest of the tree as
shipped) and the other series keep their shipped verdicts. A rule's score on a set of rounds is
the number of labelled edges right (``family_edges.judge``). The grid's best rule (ties: the
first of the grid, no rule first, then the strictest) is fitted on rounds 7-52 and scored on
53-58, and fitted on all rounds but one and scored on that one (leave one round out).

Run: ``python benchmarks/family_edges_figures.py [--data PATH]`` (a few minutes).
"""

from __future__ import annotations

import itertools

import pandas as pd
from family_edges import judge, moving_fit, print_fit, script_inputs

from corpus_tools.reuse import figures_told as ft
from corpus_tools.reuse.family import body_text

#: figures kept, lead words: the strictest first
GRID = [None] + list(itertools.product([3, 2], [0.5, 0.45, 0.4]))
SHIPPED = (ft.FIGURES_KEPT, ft.FIGURE_WORDS)


def use(rule) -> tuple:
    """Set the module's thresholds to ``rule`` (None: no later story is read more loosely)."""
    ft.FIGURES_KEPT, ft.FIGURE_WORDS = (10**6, 0.5) if rule is None else rule
    return rule


def may_change(series: str, corpus: pd.DataFrame) -> bool:
    """Whether a later document of ``series`` names two figures or more of an earlier one."""
    bodies = {d: body_text(corpus.loc[d, "text"]) for d in series.split()}
    return any(ft.figures_kept(bodies[a], bodies[b]) >= 2 for a in bodies for b in bodies if a != b)


def main() -> None:
    corpus, table = script_inputs(__doc__.splitlines()[0])
    moving = [s for s in table["series"].unique() if may_change(s, corpus)]
    still = table[~table["series"].isin(moving)]
    use(SHIPPED)
    fixed = judge(still, corpus).groupby("round")["right"].sum()
    by_round = moving_fit(table, corpus, moving, fixed, use, GRID, SHIPPED)
    print(f"series that may change: {len(moving)} of {table['series'].nunique()}")

    def show(rule) -> str:
        return "no rule" if rule is None else f"(kept >= {rule[0]}, words >= {rule[1]})"

    print_fit(by_round, GRID, show, SHIPPED)
    for k, rule in enumerate(GRID):
        print(f"  {show(rule)}: {int(by_round.iloc[:, k].sum())} right")


if __name__ == "__main__":
    main()
