"""A later story, days after an earlier one, that tells its news again in its own words (#23, tree25).

Invented texts of the shape of round 52's missed edges (``benchmarks/family_round52.md``,
``benchmarks/family_edges.csv``): eight days after a firm's story of an offer received, the same
outlet's story of the board rejecting it tells the offer again (the bidder, the price, the stake,
the adviser) in new words, sharing no run of five words with it; a new story of the same thread
(a mill closed) names the firm and the bidder but not the offer's price, and stays a root.
"""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import changes, family, from_records
from corpus_tools.report.family_pairs import edge_findings
from corpus_tools.reuse import retold_lead
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import lead_parents, tells_lead

EARLIER = [
    "Halvard Mills Inc said it received an offer to be acquired by Corvina Foods Corp for 14.25 "
    "dlrs a share, subject to approval by both boards and by shareholders.",
    "Corvina already holds 8.5 pct of Halvard's common stock, the company said.",
    "The board will meet soon to review the proposal and has asked Brandt Securities to advise it.",
    "Halvard runs 96 flour mills in Ohio, Indiana and Kentucky and earned 3.4 mln dlrs last year.",
]
#: eight days later: the board's answer, telling the offer, the stake and the adviser again
REJECTED = [
    "Halvard Mills Inc said its directors turned down as too low the unsolicited bid from Corvina "
    "Foods Corp at 14.25 dlrs cash per share.",
    "Corvina recently bought 8.5 pct of the outstanding Halvard stock, Halvard said.",
    "Halvard said Brandt Securities was retained to study other choices open to the company.",
]
#: eight days later, a new story of the thread: the firm and the bidder named, not the offer's price
CLOSURE = [
    "Halvard Mills Inc said it will close its flour mill at Dayton, Ohio, in May, with 120 jobs lost.",
    "The company, which holds talks with Corvina Foods Corp, said the closure was planned long ago.",
    "Halvard said demand for flour in the region had fallen for three years.",
]

MONDAY, TUESDAY_WEEK_AFTER = "1987-03-16T08:15:00", "1987-03-24T12:00:00"


def _tree(**docs: tuple[list[str], str, str | None]) -> pd.DataFrame:
    rows = [
        {"doc_id": d, "text": "\n\n".join(t), "outlet": o, "published": p, "headline": f"STORY {d.upper()}"}
        for d, (t, o, p) in docs.items()
    ]
    return family(from_records(rows)).set_index("doc_id")


def test_the_premise_no_passage_of_five_words():
    corpus = from_records(
        [{"doc_id": "a", "text": "\n\n".join(EARLIER)}, {"doc_id": "b", "text": "\n\n".join(REJECTED)}]
    )
    assert find_passages(corpus, min_tokens=5).empty


def test_story_telling_the_offer_again_eight_days_later_is_its_update():
    f = _tree(first=(EARLIER, "Wire", MONDAY), later=(REJECTED, "Wire", TUESDAY_WEEK_AFTER))
    assert f.at["later", "parent_doc_id"] == "first"
    assert f.at["later", "relation"] == "update"
    assert f.at["later", "direction"] == "published"
    assert f.at["first", "parent_doc_id"] is None
    assert f.at["first", "n_children"] == 1


def test_new_story_of_the_thread_naming_the_firm_and_bidder_stays_a_root():
    f = _tree(
        first=(EARLIER, "Wire", MONDAY),
        later=(REJECTED, "Wire", TUESDAY_WEEK_AFTER),
        closure=(CLOSURE, "Wire", TUESDAY_WEEK_AFTER),
    )
    assert f.at["later", "parent_doc_id"] == "first"
    assert f.at["closure", "parent_doc_id"] is None
    assert f.at["closure", "relation"] == "independent"


@pytest.mark.parametrize(
    ("outlet", "published"),
    # eleven days later, keeping the offer's price, it is an update since tree30 (reuse.lead_window)
    [("Daily Post", TUESDAY_WEEK_AFTER), ("Wire", "1987-04-07T12:00:00"), ("Wire", None)],
    ids=["another outlet", "twenty-two days later", "undated"],
)
def test_not_taken_from_another_outlet_too_late_or_undated(outlet, published):
    f = _tree(first=(EARLIER, "Wire", MONDAY if published else None), later=(REJECTED, outlet, published))
    assert f.at["later", "relation"] == "independent"


def test_tells_lead_needs_the_leads_figure_and_two_sentences():
    earlier, rejected = "\n".join(EARLIER), "\n".join(REJECTED)
    assert tells_lead(earlier, rejected)
    # the lead's names and words kept, but another price: another deal
    assert not tells_lead(earlier, rejected.replace("14.25", "15.75"))
    # the lead alone told again (the stake and the adviser left out): one sentence is background
    assert not tells_lead(earlier, REJECTED[0])
    assert not tells_lead(earlier, "\n".join(CLOSURE))


def test_candidates_come_only_from_the_leads_names_and_figures(monkeypatch):
    bodies = ["\n".join(EARLIER), "\n".join(REJECTED)]
    dates = [pd.Timestamp(MONDAY, tz="UTC"), pd.Timestamp(TUESDAY_WEEK_AFTER, tz="UTC")]
    args = ({1}, lambda j, i: j < i, ["Wire", "Wire"], bodies, dates)
    assert lead_parents(*args) == {1: 0}
    monkeypatch.setattr(retold_lead, "MAX_POSTINGS", 0)  # every name too common: no candidate
    assert lead_parents(*args) == {}


def test_findings_say_the_news_is_told_again_not_that_words_are_taken():
    rows = [
        {"doc_id": "first", "text": "\n\n".join(EARLIER), "outlet": "Wire", "published": MONDAY},
        {"doc_id": "later", "text": "\n\n".join(REJECTED), "outlet": "Wire", "published": TUESDAY_WEEK_AFTER},
    ]
    corpus = from_records(rows)
    f = family(corpus)
    text = edge_findings(f, changes(corpus, family_frame=f))["later"]
    assert text.startswith(
        "later is an update of first, 8 days later: it tells first's news again in its own words "
        "(no run of five words alike)."
    )
    assert "takes 0% of its words" not in text
