"""An update whose lead says it follows an earlier announcement (#23, tree28).

Invented texts of the shape of rounds 54-55's missed edges (``benchmarks/family_edges.csv``: 6682
after 1220, 11563 after 7130, 16232 after 11602): a firm's story of a deal done, two weeks after the
same wire's story of the deal agreed, tells it in other words, without its figure, none of its
sentences told again and no run of eight words shared; its lead says "completed". It is the earlier
story's update. Without the cue, with the firm's other news, or more than three weeks after, it stays a root.
"""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import family, from_records
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import lead_parents
from corpus_tools.reuse.told_back import MAX_BACK_GAP, back_parents, says_back

AGREED = [
    "Harwell Foundry Co said it agreed in principle to sell its Tooling division to Castell Machine "
    "Corp of Toledo for 24 mln dlrs.",
    "The division had sales of about nine mln dlrs last year.",
    "Harwell said the proceeds would reduce its bank debt.",
]
#: the deal done: the earlier lead's names in other words, no figure of it, no sentence told again
COMPLETED = [
    "Harwell Foundry Co said it completed the sale of its Tooling division and of its Castings unit "
    "in two separate transactions.",
    "Castell Machine Corp of Toledo bought the Tooling operations, while a group of managers "
    "acquired the Castings unit.",
]
#: the same story without the cue: "sold", nothing saying it follows the announcement
SOLD = [COMPLETED[0].replace("completed the sale of", "sold"), COMPLETED[1]]
#: the firm's other news, its lead saying "completed" too
OTHER = [
    "Harwell Foundry Co said it completed a new furnace at its Dayton works.",
    "The furnace will double the plant's output of iron pipe, the company said.",
]
AGREED_ON = "1987-03-03T13:31:00"


def _tree(later: list[str], published: str = "1987-03-18T13:43:00") -> pd.DataFrame:
    rows = [
        {"doc_id": "agreed", "text": "\n\n".join(AGREED), "outlet": "Wire", "published": AGREED_ON},
        {"doc_id": "later", "text": "\n\n".join(later), "outlet": "Wire", "published": published},
    ]
    return family(from_records(rows)).set_index("doc_id")


def test_the_premise_no_passage_of_eight_words_and_no_lead_told_again():
    corpus = from_records(
        [{"doc_id": "a", "text": "\n\n".join(AGREED)}, {"doc_id": "b", "text": "\n\n".join(COMPLETED)}]
    )
    assert find_passages(corpus, min_tokens=8).empty
    dates = [pd.Timestamp(AGREED_ON), pd.Timestamp("1987-03-10")]
    bodies = ["\n".join(AGREED), "\n".join(COMPLETED)]
    assert lead_parents({1}, lambda j, i: j < i, ["Wire"] * 2, bodies, dates) == {}


def test_a_deal_completed_two_weeks_later_is_the_update_of_the_deal_agreed():
    f = _tree(COMPLETED)
    assert f.at["later", "parent_doc_id"] == "agreed"
    assert f.at["later", "relation"] == "update"


@pytest.mark.parametrize("later", [SOLD, OTHER], ids=["no cue", "other news"])
def test_without_the_cue_or_with_the_firms_other_news_it_stays_a_root(later):
    f = _tree(later)
    assert f.at["later", "parent_doc_id"] is None
    assert f.at["later", "relation"] == "independent"


@pytest.mark.parametrize(("days", "parent"), [(20, {1: 0}), (21, {1: 0}), (22, {})])
def test_back_parents_takes_no_parent_more_than_three_weeks_before(days, parent):
    assert pd.Timedelta(days=21) == MAX_BACK_GAP
    start = pd.Timestamp(AGREED_ON)
    dates = [start, start + pd.Timedelta(days=days)]
    bodies = ["\n".join(AGREED), "\n".join(COMPLETED)]
    assert back_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], bodies, dates) == parent


def test_the_cue_counts_in_the_lead_only():
    assert says_back("\n".join(COMPLETED))
    assert not says_back("\n".join([AGREED[0], "The sale is expected to be completed in April."]))
    assert says_back("Ardent Corp said the board backs Quill Inc's previously announced offer.")
