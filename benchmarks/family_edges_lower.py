"""The floor of :mod:`corpus_tools.reuse.lower_lead` chosen by cross-validation over rounds (#23).

Round 32 (branch tree32). The lead rule (:mod:`corpus_tools.reuse.retold_lead`, with tree30's late
window and tree31's opening rule as shipped) reads a lead's names by their capitals, so a lead
written in lower case has none and the rule fails at once. The lower-case rule: such a lead's
words are its names (:func:`corpus_tools.reuse.lower_lead.lower_lead_words`), told again when the
later story names ``least`` of them or more. A rule is ``least`` (:data:`GRID`: 2-5), or none (as
shipped before); ties go to the strictest (no rule, then the highest floor). The evidence is
:func:`family_edges_cv.evidence`'s (every later document the tree leaves without a parent when the
lead rule is off, against each earlier document of its series), with the lead figure kept, the
opening's share and the lower-case lead's words named added. The rule is fitted on rounds 7-52 and
scored on 53-58 (the held-out figure), fitted on all rounds but one and scored on that one (leave
one round out), and fitted on all rounds.

A second rule of this round, a name of the lead written in another form ("Bahian", "Bahia"), was
scored the same way by this script's first version (commit fd7f2f32, ``family_edges_names.py``)
and not shipped (``benchmarks/README.md``, round 32, branch tree32).

Run: ``python benchmarks/family_edges_lower.py [--data PATH]`` (a minute or two).
"""

from __future__ import annotations

import argparse
import warnings

import family_edges_open as opening
import pandas as pd
from family_edges import DATA
from family_edges_cv import best_fit, print_held_out, verdicts_right

from corpus_tools.reuse.lead_opening import OPENING_SHARE
from corpus_tools.reuse.lower_lead import lower_lead_words
from corpus_tools.reuse.retold_lead import _read

#: the fewest of a lower-case lead's words the later story names; ``None`` is no rule
GRID = [None, 2, 3, 4, 5]


def _strict(rule):
    return (1, 0) if rule is None else (0, rule)


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose verdict the lead rule as shipped, with the lower-case floor
    ``rule``, gets right (firm verdicts only)."""
    p = pairs[pairs["round"].isin(rounds)].copy()
    lower = p["lower"] >= (rule if rule is not None else 10**6)
    p["names"] = p["names"].where(~lower, 1.0)
    p["figure"] = p["figure"] & (~lower | p["lower_figure"])
    return verdicts_right(opening.parents(OPENING_SHARE, p), orphans, rounds)


def fit(orphans, pairs, rounds):
    return best_fit(lambda rule: score(rule, orphans, pairs, rounds), GRID, _strict)


def lower_evidence(earlier: str, later: str) -> tuple[int, bool]:
    """A lower-case lead's words the later story names (-1 for a lead with names, or none), and
    whether a figure of it is kept (True when it gives none)."""
    words, names = lower_lead_words(earlier), _read(later)[3]
    if _read(earlier)[0] or not words:
        return -1, True
    figures = {w for w in words if w[0].isdigit()}
    return len(words & names), not figures or bool(figures & names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    orphans, pairs, body, both = opening.opening_pairs(args.data)
    got = [lower_evidence(body[e], body[d]) for e, d in both]
    pairs["lower"], pairs["lower_figure"] = [g[0] for g in got], [g[1] for g in got]
    rounds = sorted(orphans["round"].unique())
    print(f"orphans (lead rule off): {len(orphans)}; right as shipped {score(None, orphans, pairs, rounds)}")
    print("pairs whose earlier lead is in lower case:")
    shown = pairs[pairs["lower"] >= 0]
    print(shown[["round", "doc_id", "cand", "lower", "lower_figure", "words", "told"]].to_string(index=False))
    for rule in GRID:
        print(f"  {rule}: {score(rule, orphans, pairs, rounds)} of {len(orphans)}")
    print_held_out(orphans, pairs, score, fit, "as shipped")


if __name__ == "__main__":
    main()
