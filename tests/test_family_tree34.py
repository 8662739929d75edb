"""Updates the lead rule missed: figures told again, a lead's day still to come (#23, tree34).

Invented texts of the shapes of round 33's missed edges 18804 <- 18597, 11563 <- 7130 and
4367 <- 4315 (``benchmarks/family_edges.csv``). A budget compromise is approved by a committee four
hours after it was announced: the later lead holds under half of the earlier lead's content words,
but the later story tells the deficit's two figures again. A merger is completed twelve days after
it was agreed: the earlier lead gives no figure to keep, but the later story names the share
counts again ("2.3 mln" written "2,300,000"). :mod:`corpus_tools.reuse.figures_told` reads the lead
rule more loosely when two of the earlier story's figures are told again; with one kept, or other
sums, each later story stays a root. A company says it will sign a pact "on April 9", and an hour
later the deal's terms are filed without the day but with the plant's size:
:mod:`corpus_tools.reuse.days_to_come` leaves a day still to come out of the lead's figures; filed
after that day, or without a figure of the story, the later story stays a root.
"""

from __future__ import annotations

import pandas as pd
import pytest
from wire_updates import later_row

from corpus_tools.reuse.days_to_come import days_to_come
from corpus_tools.reuse.figures_told import FIGURE_WORDS, FIGURES_KEPT, figures_kept, story_figures

BUDGET = [
    "Nordland's parliamentary leaders announced a compromise has been reached on the 1990 budget, "
    "clearing the way for final passage of a record spending plan for the year.",
    "Speaker Tove Halvorsen and Majority Leader Arne Lunde told reporters that final approval of "
    "the plan to cut an estimated 148 billion crown deficit next year to 136 billion crowns was "
    "expected next week.",
    "The plan was worked out by the Labour majority, which had been deadlocked for a month over "
    "rival budgets from the two chambers.",
    "The budget proposes 6.5 billion crowns in new taxes next year.",
    "It would trim the government's request for 82 billion crowns for the armed forces by about "
    "three billion crowns, but only if the cabinet accepts the new taxes.",
    "Prime Minister Knut Berg has said he would reject any rise in taxes.",
]
#: four hours later: the lead rewritten (7 of its 15 content words), the deficit's figures kept
APPROVED = [
    "A joint committee of both chambers formally approved the 1990 budget plan, a compromise the "
    "parliamentary leaders reached yesterday, setting up a fight with Prime Minister Knut Berg over taxes.",
    "It settles the gap between earlier versions from the two chambers.",
    "The plan, due for a vote on Tuesday, would bring next year's estimated 148-billion-crown "
    "deficit down to about 136 billion crowns.",
    "It raises taxes by six billion crowns and cuts what the armed forces asked for.",
]
MERGER = [
    "Vexa Graphics Inc said it will be taken over by Harbor Seed Capital Inc, a listed shell, in a "
    "share swap approved by holders of both firms.",
    "As a result, the former holders of Vexa Graphics will own most of Harbor Seed Capital, whose "
    "name will be changed to Vexa Graphics Inc.",
    "Harbor Seed Capital will issue 2.3 mln convertible preferred shares, convertible into 23 mln "
    "common shares, for all of Vexa's stock.",
    "After the swap there will be 3,815,200 Harbor Seed common shares outstanding, 215,200 of them "
    "held by the public.",
    "Vexa Graphics makes scanners that turn maps and drawings into computer files.",
    "Harbor Seed trades over the counter and will seek a Nasdaq listing under the Vexa name.",
]
#: twelve days later: the merger completed, the share counts (23 mln, 3,815,200) told again
COMPLETED = [
    "<Vexa Graphics Inc> said it has completed its merger into <Harbor Seed Capital Inc>, whose "
    "board is now the Vexa Graphics board.",
    "It said the combined firm is now called Vexa Graphics Inc and expects a Nasdaq listing soon.",
    "It said Harbor Seed issued 2,300,000 restricted preferred shares for Vexa, which convert into "
    "23 mln common. Harbor Seed had 3,815,200 common shares outstanding before the deal.",
]
START = pd.Timestamp("1989-06-18T08:35:00", tz="UTC")


def test_a_rewritten_lead_with_the_figures_told_again_is_an_update():
    row = later_row(BUDGET, APPROVED, START, 4 / 24)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


def test_the_same_story_of_other_sums_stays_a_root():
    other = [s.replace("148-billion", "152-billion").replace("136 billion", "140 billion") for s in APPROVED]
    row = later_row(BUDGET, other, START, 4 / 24)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


def test_a_merger_completed_twelve_days_on_keeps_its_parent_by_its_figures():
    row = later_row(MERGER, COMPLETED, START, 12.2)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


def test_twelve_days_on_one_figure_kept_is_not_enough():
    one = [s.replace("3,815,200", "3,900,000") for s in COMPLETED]
    assert later_row(MERGER, one, START, 5)["parent_doc_id"] == "first"  # within ten days: the lead rule
    row = later_row(MERGER, one, START, 12.2)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Acme sold 40 pct on March 17, 1988 for 2.5 mln dlrs.", ["2,500,000"]),
        ("Acme sold 1,250 cars at 8-3/4 pct in 1986/87, 100 of them abroad, for 171 dlrs.", ["1,250", "171"]),
        ("Acme said it sold the plant in 1987.", []),
        ("No figure at all.", []),
    ],
)
def test_story_figures_leave_out_counts_years_days_and_seasons(text, figures):
    assert sorted(story_figures(text)) == figures


def test_the_thresholds_are_pinned():
    assert (FIGURES_KEPT, FIGURE_WORDS) == (2, 0.45)
    assert figures_kept("\n".join(BUDGET), "\n".join(APPROVED)) == 2
    assert figures_kept("\n".join(MERGER), "\n".join(COMPLETED)) == 2  # 2,300,000 and 3,815,200


PACT = [
    "Norsk Chemical Corp said it will sign a pact in Lagos on April 9 with Nigerian National Oil "
    "Co, NNOC, to sell the state company half of its Rotterdam, Netherlands plant owned by its "
    "Delta Solvents Co unit.",
    "The sale will also cover the plant's storage and shipping terminal.",
    "A Norsk spokesman said details of the deal may be released later today.",
    "The Rotterdam plant makes about 400,000 tonnes a year of solvents and is largely modernised, "
    "the spokesman said, but he would put no value on the deal.",
    "NNOC has been buying plants abroad to sell more of its own naphtha.",
]
#: the deal's terms, without the signing day
TERMS = [
    "Norsk Chemical Corp said it will form a 50-50 venture with Nigerian National Oil Co, NNOC, to "
    "own and run Norsk's 400,000-tonne-a-year Rotterdam, Netherlands solvents plant.",
    "The assets going into the venture are valued at 210 mln dlrs, Norsk said.",
    "The venture will take over the plant, its storage and its shipping terminal from Delta "
    "Solvents, a Norsk unit.",
    "NNOC also agreed to supply naphtha to the plant for 20 years at market prices.",
]
APRIL = pd.Timestamp("1989-04-03T12:11:00", tz="UTC")


@pytest.mark.parametrize(("days", "parent"), [(1 / 24, "first"), (9, None)])
def test_a_lead_day_still_to_come_is_not_a_figure_to_keep(days, parent):
    assert later_row(PACT, TERMS, APRIL, days)["parent_doc_id"] == parent


def test_without_a_figure_of_the_story_the_day_still_bars_it():
    other = [s.replace("400,000-tonne", "300,000-tonne") for s in TERMS]
    assert later_row(PACT, other, APRIL, 1 / 24)["parent_doc_id"] is None


def test_days_to_come_read_the_year_around_the_earlier_story():
    dec = pd.Timestamp("1988-12-20", tz="UTC")
    assert days_to_come("Talks resume on Dec 28 and Jan 4.", dec, dec) == frozenset({"28", "4"})
    assert days_to_come("Talks began on Dec 2.", dec, dec) == frozenset()
    assert days_to_come("Talks resume on Feb 30.", dec, dec) == frozenset()
