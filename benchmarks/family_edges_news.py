"""Round 36's reading of a weak link, the earlier lead's news led with, chosen by cross-validation (#23).

Round 36 (branch tree36). A rule is a threshold of :func:`corpus_tools.reuse.lead_news.news_led`
(the share of the earlier lead's news, its words less its teller's, in the later story's lead)
below which a pair of the weak-link shape (:mod:`corpus_tools.reuse.weak_link`: one outlet, both
dated, one passage of few retold words, at most one sentence told) is a weak link even when the
later story holds the earlier lead's words, or no rule (None: the weak link as round 35 left it).
The series whose tree differs between the shipped threshold and none are rebuilt for each rule
(``ct.family`` on the series alone); the others keep their verdicts. The grid's best rule (ties:
the first of the grid, no rule first, then the strictest) is fitted on rounds 7-52 and scored on
53-58, and fitted on all rounds but one and scored on that one (leave one round out).

Run: ``python benchmarks/family_edges_news.py [--data PATH]`` (a few minutes).
"""

from __future__ import annotations

from family_edges import judged, print_moving_fit, script_inputs

from corpus_tools.reuse import lead_news, weak_link

#: the thresholds tried, the strictest first (None: no rule)
GRID = [None, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
SHIPPED = lead_news.NEWS_LED


def use(rule) -> float | None:
    """Set the weak link's news threshold to ``rule`` (None: 0, the reading off)."""
    weak_link.NEWS_LED = 0.0 if rule is None else rule
    return rule


def main() -> None:
    corpus, table = script_inputs(__doc__.splitlines()[0])
    off, loosest, on = judged(table, corpus, use, [None, max(r for r in GRID if r is not None)], SHIPPED)
    changed = (loosest["parent"] != off["parent"]) | (on["parent"] != off["parent"])

    def show(rule) -> str:
        return "no rule" if rule is None else f"news led < {rule}"

    print_moving_fit(table, corpus, on, changed, use, GRID, SHIPPED, show)


if __name__ == "__main__":
    main()
