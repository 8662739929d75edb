"""A story told again weeks later is an update when it keeps the earlier lead's figure (#23, tree30).

Invented texts of the shapes of rounds 53-57's edges (``benchmarks/family_edges.csv``): a firm's
answer sixteen days after a bid, telling the bid again with its price kept (17184 after 15128); a
new opinion poll eleven days after a story of two others, telling the old lead again in the
thread's words, its lead giving no figure (4070 after 234, rightly a root); a merger completed
twelve days after it was agreed, five of the agreement's sentences told again but no figure in the
agreement's lead (11563 after 7130: left a root, the price of a rule that would also join long
stories of a running theme). Each
later story shares no run of five words with the earlier one, so only the lead rule
(:mod:`corpus_tools.reuse.retold_lead`) with its late window (:mod:`corpus_tools.reuse.lead_window`)
can join them.
"""

from __future__ import annotations

import pandas as pd
import pytest
from wire_updates import later_row

from corpus_tools import from_records
from corpus_tools.reuse.lead_window import LONG_LEAD_GAP, keeps_lead_figure, lead_figures, long_update
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import MAX_LEAD_GAP, _read, _told, lead_parents

BID = [
    "Harold Vance and Meridian Holdings said they were holding early talks about a possible joint "
    "purchase of Calloway Stores Inc at 52 dlrs per share.",
    "Vance and Meridian, which already own about 35 pct of Calloway common stock, said they mean to "
    "keep the chain as a retailer.",
    "The pair gave no assurance that they would agree on a purchase or on the price offered.",
]
#: sixteen days later: the firm's answer, the bid and its price told again
SUITS = [
    "Calloway Stores Inc said it has received no proposal but was served with shareholder suits "
    "attacking the 52 dlrs a share price under study by Meridian Holdings and Harold Vance.",
    "Calloway chairman Ira Stohl noted the statement earlier this month gave no assurance that Vance "
    "and Meridian would ever agree on a purchase of the chain, or on any price offered.",
]
POLL = [
    "Norland's ruling Unionists have widened their lead over the opposition Reform Party, two "
    "opinion polls released on Saturday showed.",
    "A survey for the Daily Courier gave the Unionists a five point lead, while one for the Evening "
    "Star found them four points ahead.",
    "Prime Minister Anna Berg must call a general election before next spring.",
]
#: eleven days later: another firm's poll, the old lead told again in the thread's words
NEW_POLL = [
    "Norland's ruling Unionists now lead the main opposition Reform Party by seven points, an opinion "
    "poll released in today's Morning Herald showed.",
    "Prime Minister Anna Berg has until next spring to call a general election, but most analysts "
    "expect one this year.",
]
AGREED = [
    "Lintel Graphics Inc said it will be acquired by Harbor Venture Capital Inc, a public shell, in a "
    "stock deal approved by the holders of both companies.",
    "After the merger the former holders of Lintel Graphics will become the majority owners of "
    "Harbor Venture Capital.",
    "The merged company will take the Lintel Graphics name and its board will be drawn from the "
    "current Lintel Graphics directors.",
    "Harbor Venture Capital will issue restricted convertible preferred shares in exchange for all "
    "the outstanding Lintel Graphics stock.",
    "Lintel Graphics makes systems that turn maps and engineering drawings into computer data.",
    "Harbor Venture Capital shares now trade over the counter and will soon trade under the Lintel "
    "Graphics name, with a Nasdaq listing expected.",
]
#: twelve days later: the merger completed, five of the agreement's sentences told again
COMPLETED = [
    "Lintel Graphics Inc has completed a merger with Harbor Venture Capital Inc in which Lintel's "
    "former holders became majority owners of the combined company, and its directors took over the "
    "merged board, the company said.",
    "The merged firm is now called Lintel Graphics Inc, and it expects its Nasdaq listing soon.",
    "Harbor issued restricted convertible preferred shares for every outstanding share of Lintel "
    "Graphics stock in the deal.",
    "Lintel's systems turn drawings, maps and charts into data for computers.",
]
START = pd.Timestamp("1987-04-08T12:16:00", tz="UTC")


def _later(earlier: list[str], later: list[str], days: float) -> pd.Series:
    return later_row(earlier, later, START, days)


@pytest.mark.parametrize(("earlier", "later"), [(BID, SUITS), (POLL, NEW_POLL), (AGREED, COMPLETED)])
def test_the_premise_no_passage_of_five_words_and_the_lead_told_again(earlier, later):
    a, b = "\n".join(earlier), "\n".join(later)
    corpus = from_records([{"doc_id": "a", "text": a}, {"doc_id": "b", "text": b}])
    assert find_passages(corpus, min_tokens=5).empty
    assert _told(a, b) >= 2


def test_an_answer_sixteen_days_after_a_bid_keeping_its_price_is_an_update():
    row = _later(BID, SUITS, 16.2)
    assert row["parent_doc_id"] == "first"
    assert row["relation"] == "update"


def test_a_merger_completed_twelve_days_later_without_a_lead_figure_stays_a_root():
    assert _told("\n".join(AGREED), "\n".join(COMPLETED)) >= 5
    assert _later(AGREED, COMPLETED, 12.2)["parent_doc_id"] is None
    assert _later(AGREED, COMPLETED, 9.0)["parent_doc_id"] == "first"


def test_a_new_poll_eleven_days_later_without_the_lead_figure_stays_a_root():
    row = _later(POLL, NEW_POLL, 11.1)
    assert row["parent_doc_id"] is None
    assert row["relation"] == "independent"


def test_the_same_poll_story_within_ten_days_is_still_the_lead_rule_update():
    assert _later(POLL, NEW_POLL, 5.0)["parent_doc_id"] == "first"


@pytest.mark.parametrize(("days", "parent"), [(9.9, {1: 0}), (10.5, {1: 0}), (20.9, {1: 0}), (21.1, {})])
def test_lead_parents_late_window_ends_at_the_long_gap(days, parent):
    assert pd.Timedelta(days=10) == MAX_LEAD_GAP
    assert pd.Timedelta(days=21) == LONG_LEAD_GAP
    dates = [START, START + pd.Timedelta(days=days)]
    bodies = ["\n".join(BID), "\n".join(SUITS)]
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], bodies, dates) == parent


def test_lead_figures_leave_out_years_and_days_of_a_month():
    text = "Union Atlas said it will sign a pact on March 17, 1987, to sell half of a 160,000 bpd refinery."
    assert lead_figures(text) == frozenset({"160,000"})
    assert lead_figures("Union Atlas said it will sign a pact in Caracas on March 17.") == frozenset()


def test_keeps_lead_figure_and_long_update():
    bid = "\n".join(BID)
    assert keeps_lead_figure(bid, _read("\n".join(SUITS))[3])
    assert not keeps_lead_figure(bid, {"calloway", "vance"})
    poll = "\n".join(POLL)
    assert not keeps_lead_figure(poll, _read("\n".join(NEW_POLL))[3])
    assert not long_update(poll, _read("\n".join(NEW_POLL))[3])
    assert long_update(bid, _read("\n".join(SUITS))[3])


def test_a_parent_within_ten_days_comes_before_a_late_one_telling_more():
    bodies = ["\n".join(BID), "\n".join(SUITS), "\n".join(SUITS + BID[1:2])]
    dates = [START, START + pd.Timedelta(days=8), START + pd.Timedelta(days=16)]
    assert _told(bodies[0], bodies[2]) > _told(bodies[1], bodies[2]) >= 2  # the late one tells more
    got = lead_parents({1, 2}, lambda j, i: j < i, ["Wire"] * 3, bodies, dates)
    assert got == {1: 0, 2: 1}
