"""Round 35's three readings of the lead rule chosen by cross-validation over rounds (#23).

Round 35 (branch tree35). A rule is a set of the three readings, each on or off: ``open``, a
name of the earlier lead opening a later sentence is told again
(:func:`corpus_tools.reuse.names_told.opening_names`); ``day``, a later story naming the day of
the earlier story's news (:mod:`corpus_tools.reuse.news_day`); ``respelt``, a lead's name written
a letter apart, with the story's figures told again (:func:`corpus_tools.reuse.names_told.respelled`).
The series whose tree differs between all three on and all three off are rebuilt for each rule
(``ct.family`` on the series alone); the others keep their verdicts. A rule's score on a set of
rounds is the number of labelled edges right (``family_edges.judge``). The grid's best rule (ties:
the first of the grid, no rule first, then the fewest readings) is fitted on rounds 7-52 and
scored on 53-58, and fitted on all rounds but one and scored on that one (leave one round out).

Run: ``python benchmarks/family_edges_dated.py [--data PATH]`` (a few minutes).
"""

from __future__ import annotations

import itertools

from family_edges import judged, print_moving_fit, script_inputs

from corpus_tools.reuse import names_told, news_day

READINGS = ("open", "day", "respelt")
#: every set of readings, the fewest first (None: none of them)
GRID = [None] + [c for k in range(1, 4) for c in itertools.combinations(READINGS, k)]
SHIPPED = READINGS
_SHIPPED = (names_told.opening_names, news_day.dates_news, names_told.respelled)


def use(rule) -> tuple | None:
    """Turn on the readings of ``rule`` and off the others (None: all off)."""
    on = set(rule or ())
    opening, dates, respelled = _SHIPPED
    names_told.opening_names = opening if "open" in on else lambda text: frozenset()
    news_day.dates_news = dates if "day" in on else lambda *args: False
    names_told.respelled = respelled if "respelt" in on else lambda lead, names: frozenset()
    return rule


def main() -> None:
    corpus, table = script_inputs(__doc__.splitlines()[0])
    off, on = judged(table, corpus, use, [None], SHIPPED)
    changed = (on["parent"] != off["parent"]) | (on["relation"] != off["relation"])

    def show(rule) -> str:
        return "no rule" if rule is None else "+".join(rule)

    print_moving_fit(table, corpus, on, changed, use, GRID, SHIPPED, show)


if __name__ == "__main__":
    main()
