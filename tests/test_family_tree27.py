"""A companion story filed minutes after another is not its update (#23, tree27).

Invented texts of the shape of round 46's false edge (``benchmarks/family_edges.csv``, 8072 after
8071): one speech filed as two stories three minutes apart by the same wire, the second leading on
another point of the speech and telling the first one's point again in its own words (the speaker,
his committee, the levy on share trades), sharing no run of five words with it. Filed within
:data:`corpus_tools.reuse.retold_lead.MIN_LEAD_GAP` of the first, it is another story of the same
event, a root; the same story filed an hour later, after the first, is still taken as its update.
"""

from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import family, from_records
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import MIN_LEAD_GAP, lead_parents

FIRST = [
    "Senate Finance Committee chairman Walter Okafor said he doubted that a federal levy on "
    "share trades would be wise.",
    "Okafor, a Vermont Republican, told reporters before his speech to the Brokers Guild that such "
    "a levy could hurt the standing of American brokers abroad.",
    "Treasury Secretary Ruth Lindqvist has said a levy on share trades could help narrow the "
    "budget gap.",
]
#: the same speech, another point as its lead, the first story's point told again in other words
COMPANION = [
    "Finance Committee head Walter Okafor told the Brokers Guild that higher income taxes would "
    "probably be required this year to close the deficit.",
    "The Vermont Republican added that he did not expect the Senate to pass a federal levy on "
    "trades of shares, since it would hurt the standing abroad of American brokers.",
    "He praised Treasury Secretary Ruth Lindqvist for her plan to shrink the budget gap.",
]
SPEECH = "1987-03-21T23:34:00"


def _tree(published: str) -> pd.DataFrame:
    rows = [
        {"doc_id": "first", "text": "\n\n".join(FIRST), "outlet": "Wire", "published": SPEECH},
        {"doc_id": "later", "text": "\n\n".join(COMPANION), "outlet": "Wire", "published": published},
    ]
    return family(from_records(rows)).set_index("doc_id")


def test_the_premise_no_passage_of_five_words():
    corpus = from_records(
        [{"doc_id": "a", "text": "\n\n".join(FIRST)}, {"doc_id": "b", "text": "\n\n".join(COMPANION)}]
    )
    assert find_passages(corpus, min_tokens=5).empty


def test_companion_story_filed_three_minutes_later_stays_a_root():
    f = _tree("1987-03-21T23:37:00")
    assert f.at["later", "parent_doc_id"] is None
    assert f.at["later", "relation"] == "independent"


def test_the_same_story_an_hour_later_is_still_an_update():
    f = _tree("1987-03-22T00:34:00")
    assert f.at["later", "parent_doc_id"] == "first"
    assert f.at["later", "relation"] == "update"


@pytest.mark.parametrize(("minutes", "parent"), [(9, {}), (10, {1: 0}), (11, {1: 0})])
def test_lead_parents_takes_no_parent_filed_less_than_the_least_gap_before(minutes, parent):
    assert pd.Timedelta(minutes=10) == MIN_LEAD_GAP
    start = pd.Timestamp(SPEECH, tz="UTC")
    dates = [start, start + pd.Timedelta(minutes=minutes)]
    bodies = ["\n".join(FIRST), "\n".join(COMPANION)]
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], bodies, dates) == parent
