"""The opening rule of :mod:`corpus_tools.reuse.lead_opening` chosen by cross-validation over rounds (#23).

Round 31 (branch tree31). The lead rule (:mod:`corpus_tools.reuse.retold_lead`, with tree30's late
window, :mod:`corpus_tools.reuse.lead_window`) asks a later story to tell two of the earlier story's
sentences again, and, beyond ten days, to keep the earlier lead's own figure. A short earlier story
(three or four sentences) told again in a short later one often has one sentence to tell, and a
lead without a figure has none to keep. The opening rule: a later story whose *opening* (its first
:data:`corpus_tools.reuse.lead_opening.OPENING` sentences) holds at least ``share`` of the earlier
lead's content words passes with one sentence told, and beyond ten days without the figure; every
other test of the lead rule stays. A rule is ``share`` (0.6-0.95), or none (as shipped before);
ties go to the strictest (no rule, then the highest share). The evidence is
:func:`family_edges_cv.evidence`'s (every later document the tree leaves without a parent when the
lead rule is off, against each earlier document of its series) with the lead figure kept and the
opening's share added. The rule is fitted on rounds 7-52 and scored on 53-58 (the held-out figure),
fitted on all rounds but one and scored on that one (leave one round out), and fitted on all rounds.

Run: ``python benchmarks/family_edges_open.py [--data PATH]`` (a minute or two).
"""

from __future__ import annotations

import argparse
import warnings

import pandas as pd
from family_edges import DATA, load_table
from family_edges_cv import SHIPPED_27, best_fit, evidence, near_parents, print_held_out, verdicts_right

import corpus_tools as ct
from corpus_tools.reuse.family import body_text
from corpus_tools.reuse.lead_opening import opening_share
from corpus_tools.reuse.lead_window import LONG_LEAD_GAP, keeps_lead_figure
from corpus_tools.reuse.retold_lead import _read

#: the least share of the earlier lead's content words in the later opening; ``None`` is no rule
GRID = [None, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
LATE_DAYS = LONG_LEAD_GAP.total_seconds() / 86400


def _strict(rule):
    return (1, 0) if rule is None else (0, rule)


def parents(rule, pairs: pd.DataFrame) -> dict:
    """``{orphan: parent}`` by the lead rule as shipped (tree30's late window included) and the
    opening rule ``rule``."""
    names, words, told, figure, least, most = SHIPPED_27
    p = pairs[(pairs["names"] >= names) & (pairs["words"] >= words) & (pairs["figure"] | (not figure))]
    p = p[(p["gap_min"] >= least) & (p["gap_min"] <= LATE_DAYS * 24 * 60)]
    p = p.assign(near=p["gap_min"] <= most * 24 * 60)
    opens = (p["told"] >= 1) & (p["opening"] >= rule) if rule is not None else p["told"] < 0
    ok = ((p["told"] >= told) | opens) & (p["near"] | p["kept"] | opens)
    return near_parents(p[ok])


def score(rule, orphans: pd.DataFrame, pairs: pd.DataFrame, rounds) -> int:
    """Orphans of ``rounds`` whose verdict the rule gets right (firm verdicts only)."""
    return verdicts_right(parents(rule, pairs[pairs["round"].isin(rounds)]), orphans, rounds)


def fit(orphans, pairs, rounds):
    return best_fit(lambda rule: score(rule, orphans, pairs, rounds), GRID, _strict)


def opening_pairs(data) -> tuple[pd.DataFrame, pd.DataFrame, dict, list]:
    """The orphans and candidate pairs of the labelled edges (``family_edges_cv.evidence``) with
    each pair's ``kept`` (the earlier lead's figure kept) and ``opening`` (:func:`opening_share`),
    the documents' bodies by NEWID and the pairs as ``(candidate, doc_id)``: what this script and
    ``family_edges_lower.py`` read."""
    corpus = ct.load_reuters21578(data, limit=None)
    orphans, pairs = evidence(load_table(), corpus)
    body = {d: body_text(corpus.loc[d, "text"]) for d in set(pairs["cand"]) | set(pairs["doc_id"])}
    both = list(zip(pairs["cand"], pairs["doc_id"], strict=True))
    pairs["kept"] = [keeps_lead_figure(body[e], _read(body[d])[3]) for e, d in both]
    pairs["opening"] = [opening_share(body[e], body[d]) for e, d in both]
    return orphans, pairs, body, both


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DATA)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    orphans, pairs, _, _ = opening_pairs(args.data)
    rounds = sorted(orphans["round"].unique())
    none = lambda rs: score(None, orphans, pairs, rs)  # noqa: E731 (the lead rule as shipped)
    print(f"orphans (lead rule off): {len(orphans)}; right by the lead rule as shipped {none(rounds)}")
    print("pairs whose opening holds 0.6 or more of the earlier lead, one sentence told or more:")
    show = pairs[(pairs["opening"] >= 0.6) & (pairs["told"] >= 1)].drop(columns=["back"])
    show = show.assign(gap_days=show["gap_min"] / 1440).drop(columns=["gap_min"])
    print(show.round(2).to_string(index=False))
    for rule in GRID:
        print(f"  {rule}: {score(rule, orphans, pairs, rounds)} of {len(orphans)}")
    print_held_out(orphans, pairs, score, fit, "as shipped")


if __name__ == "__main__":
    main()
