"""The respelling of :mod:`corpus_tools.reuse.name_forms` chosen by cross-validation over rounds (#23).

Round 32 (branch tree32). The lead rule (:mod:`corpus_tools.reuse.retold_lead`, with tree30's late
window and tree31's opening rule as shipped) asks a later story to name :data:`LEAD_NAMES` of the
earlier lead's names and figures as they are written. The respelling rule counts one more name
when the later story writes it in another form: the two share their first ``stem`` letters and the
shorter is the longer's start but for its own last letter, at most
:data:`corpus_tools.reuse.name_forms.LONGER_BY` letters longer ("Bahian", "Bahia"). A rule is
``stem`` (5, 6 or 7), or none (as shipped before); ties go to the strictest (no rule, then the
longest stem). The evidence is :func:`family_edges_cv.evidence`'s (every later document the tree
leaves without a parent when the lead rule is off, against each earlier document of its series),
with the lead figure kept, the opening's share and the names' share with one respelling added.
The rule is fitted on rounds 7-52 and scored on 53-58 (the held-out figure), fitted on all rounds
but one and scored on that one (leave one round out), and fitted on all rounds.

With ``--lower``, the same for :mod:`corpus_tools.reuse.lower_lead` (the respelling as shipped): an
earlier lead in lower case (no names) passes the names test when the later story names ``least``
of its words (:data:`LOWER_GRID`: 2-5, or none, as shipped before; ties to the strictest).

Run: ``python benchmarks/family_edges_names.py [--data PATH] [--lower]`` (a minute or two).
"""

from __future__ import annotations

import argparse
import warnings

import family_edges_open as opening
import pandas as pd
from family_edges import DATA, load_table
from family_edges_cv import best_fit, evidence, print_held_out, verdicts_right

import corpus_tools as ct
import corpus_tools.reuse.name_forms as nf
from corpus_tools.reuse.family import body_text
from corpus_tools.reuse.lead_opening import OPENING_SHARE, opening_share
from corpus_tools.reuse.lead_window import keeps_lead_figure
from corpus_tools.reuse.lower_lead import lower_lead_words
from corpus_tools.reuse.retold_lead import _read

#: the letters two forms of a name share at their start; ``None`` is no rule
GRID = [None, 5, 6, 7]
#: the fewest of a lower-case lead's words the later story names; ``None`` is no rule
LOWER_GRID = [None, 2, 3, 4, 5]


def _strict(rule):
    return (1, 0) if rule is None else (0, rule)


def names_share(stem, earlier: str, later: str) -> float:
    """The share of ``earlier``'s lead's names and figures in ``later``, one name respelled with
    ``stem`` letters shared counted kept (``None``: as written)."""
    lead, names = _read(earlier)[0], _read(later)[3]
    if not lead:
        return 0.0
    kept = len(lead & names)
    if stem is not None:
        nf.STEM = stem
        kept += min(1, nf.respelled(lead, names))
        nf.STEM = 5
    return kept / len(lead)


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose verdict the lead rule as shipped, with the respelling ``rule``,
    gets right (firm verdicts only)."""
    p = pairs[pairs["round"].isin(rounds)].copy()
    p["names"] = p[f"names_{rule}"]
    return verdicts_right(opening.parents(OPENING_SHARE, p), orphans, rounds)


def fit(orphans, pairs, rounds):
    return best_fit(lambda rule: score(rule, orphans, pairs, rounds), GRID, _strict)


def score_lower(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """As :func:`score` with the respelling as shipped (5) and the lower-case floor ``rule``."""
    p = pairs[pairs["round"].isin(rounds)].copy()
    lower = p["lower"] >= (rule if rule is not None else 10**6)
    p["names"] = p["names_5"].where(~lower, 1.0)
    p["figure"] = p["figure"] & (~lower | p["lower_figure"])
    return verdicts_right(opening.parents(OPENING_SHARE, p), orphans, rounds)


def fit_lower(orphans, pairs, rounds):
    return best_fit(lambda rule: score_lower(rule, orphans, pairs, rounds), LOWER_GRID, _strict)


def _lower_evidence(earlier: str, later: str) -> tuple[int, bool]:
    """A lower-case lead's words the later story names, and whether a figure of it is kept."""
    words, names = lower_lead_words(earlier), _read(later)[3]
    if _read(earlier)[0] or not words:
        return -1, True
    figures = {w for w in words if w[0].isdigit()}
    return len(words & names), not figures or bool(figures & names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--lower", action="store_true", help="the lower-case lead's floor instead")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    corpus = ct.load_reuters21578(args.data, limit=None)
    orphans, pairs = evidence(load_table(), corpus)
    body = {d: body_text(corpus.loc[d, "text"]) for d in set(pairs["cand"]) | set(pairs["doc_id"])}
    both = list(zip(pairs["cand"], pairs["doc_id"], strict=True))
    pairs["kept"] = [keeps_lead_figure(body[e], _read(body[d])[3]) for e, d in both]
    pairs["opening"] = [opening_share(body[e], body[d]) for e, d in both]
    for rule in GRID:
        nf._by_stem.cache_clear()
        pairs[f"names_{rule}"] = [names_share(rule, body[e], body[d]) for e, d in both]
    rounds = sorted(orphans["round"].unique())
    if args.lower:
        got = [_lower_evidence(body[e], body[d]) for e, d in both]
        pairs["lower"], pairs["lower_figure"] = [g[0] for g in got], [g[1] for g in got]
        shown = pairs[pairs["lower"] >= 0]
        print("pairs whose earlier lead is in lower case:")
        cols = ["round", "doc_id", "cand", "lower", "lower_figure", "words", "told"]
        print(shown[cols].to_string(index=False))
        for rule in LOWER_GRID:
            print(f"  {rule}: {score_lower(rule, orphans, pairs, rounds)} of {len(orphans)}")
        print_held_out(orphans, pairs, score_lower, fit_lower, "as shipped")
        return
    print(f"orphans (lead rule off): {len(orphans)}; right as shipped {score(None, orphans, pairs, rounds)}")
    print("pairs whose names' share a respelling raises:")
    moved = pairs[pairs["names_5"] != pairs["names_None"]]
    cols = ["round", "doc_id", "cand", "names_None", "names_5", "names_6", "names_7", "words", "told"]
    print(moved[cols].assign(gap_days=moved["gap_min"] / 1440).round(2).to_string(index=False))
    for rule in GRID:
        print(f"  {rule}: {score(rule, orphans, pairs, rounds)} of {len(orphans)}")
    print_held_out(orphans, pairs, score, fit, "as shipped")


if __name__ == "__main__":
    main()
