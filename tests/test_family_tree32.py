"""A later story tells again the news of an earlier story whose lead is written in lower case (#23, tree32).

Invented texts of the shape of round 46's edge 5116 -> 3906 (``benchmarks/family_edges.csv``): a
wire's story set in lower case (its lead has no capital letter, so the lead rule of
:mod:`corpus_tools.reuse.retold_lead` reads no name in it), and two days later the buyer's own
story of the same purchase in ordinary case, four of the earlier story's sentences told again.
The later story names seven of the lead's words (the mill, its place, the buyer's name) as names,
so :mod:`corpus_tools.reuse.lower_lead` joins them. The same story of another mill in another
place names too few of them and stays a root. The stories share no run of five words, so only
the lead rule can join them.
"""

from __future__ import annotations

import pandas as pd
from wire_updates import later_row

from corpus_tools import from_records
from corpus_tools.reuse.lower_lead import LOWER_NAMES, lower_lead_words
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import MIN_TOLD, _read, _told, lead_parents

EARLIER = [
    "the cabinet approved norland grain's planned purchase of a half share in the halvorsen flour "
    "mill at port elgin, manitoba, government sources said.",
    "The cabinet authorised trade minister edvard lunde to approve the deal at the annual meeting of "
    "the state grain company norland grain (nogra).",
    "Nogra last june signed a letter of intent to buy half of halvorsen's port elgin mill for an "
    "undisclosed sum.",
    "Under the provisional agreement, norland would supply up to 90,000 tonnes of wheat a year to the "
    "mill through a new company owned jointly by nogra and halvorsen.",
    "Lunde told reporters after the meeting that nogra will pay 48 mln crowns for its half of the "
    "halvorsen mill.",
]
#: two days later: the buyer's own story of the purchase, in ordinary case
LATER = [
    "The state-owned Norland Grain said it will sign a contract on May 4 to take a half share in a "
    "Port Elgin, Manitoba flour mill and its sales network.",
    "The contract, to be signed by Nogra and Halvorsen Milling's parent, Brandt Foods Inc, will set "
    "up a joint company called Halvorsen Flour.",
    "Trade Minister Edvard Lunde said last week Nogra would pay 48 mln crowns in all for a 50 pct "
    "stake in the Halvorsen plant.",
    "Nogra is to ship as much as 90,000 tonnes of wheat yearly to the new joint company's mill, "
    "which Norland and Halvorsen will own jointly.",
]
_ELSEWHERE = {"Port Elgin, Manitoba": "Kirkby, Ontario", "Halvorsen": "Strand", "Norland": "Vega"}
#: the same story of another mill in another place, by another buyer


def _elsewhere(sentence: str) -> str:
    for old, new in _ELSEWHERE.items():
        sentence = sentence.replace(old, new)
    return sentence


OTHER = [_elsewhere(s) for s in LATER]
START = pd.Timestamp("1987-03-11T15:29:00", tz="UTC")


def _later(later: list[str], days: float) -> pd.Series:
    return later_row(EARLIER, later, START, days)


def test_the_premise_no_passage_of_five_words_and_no_name_in_the_lead():
    a, b = "\n".join(EARLIER), "\n".join(LATER)
    corpus = from_records([{"doc_id": "a", "text": a}, {"doc_id": "b", "text": b}])
    assert find_passages(corpus, min_tokens=5).empty
    assert _read(a)[0] == frozenset()  # no capital in the lead: no name by the capitals
    named = lower_lead_words(a) & _read(b)[3]
    assert sorted(named) == ["elgin", "flour", "grain", "halvorsen", "manitoba", "norland", "port"]


def test_the_buyers_story_two_days_later_is_an_update():
    a, b = "\n".join(EARLIER), "\n".join(LATER)
    assert _told(a, b) >= MIN_TOLD
    row = _later(LATER, 2.1)
    assert row["parent_doc_id"] == "first"
    assert row["relation"] == "update"


def test_the_same_story_of_another_mill_stays_a_root():
    a, b = "\n".join(EARLIER), "\n".join(OTHER)
    assert len(lower_lead_words(a) & _read(b)[3]) < LOWER_NAMES
    assert _told(a, b) == -1
    row = _later(OTHER, 2.1)
    assert row["parent_doc_id"] is None
    assert row["relation"] == "independent"


def test_the_floor_is_five_words_named(monkeypatch):
    assert LOWER_NAMES == 5
    a = "\n".join(EARLIER)
    four = "\n".join([LATER[0].replace("Port Elgin, Manitoba", "port elgin, manitoba"), *LATER[1:]])
    assert sorted(lower_lead_words(a) & _read(four)[3]) == ["flour", "grain", "halvorsen", "norland"]
    dates = [START, START + pd.Timedelta(days=2)]
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], [a, "\n".join(LATER)], dates) == {1: 0}
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], [a, four], dates) == {}
    monkeypatch.setattr("corpus_tools.reuse.retold_lead.LOWER_NAMES", 4)
    assert lead_parents({1}, lambda j, i: j < i, ["Wire", "Wire"], [a, four], dates) == {1: 0}


def test_a_lead_with_a_capital_gives_no_lower_case_words():
    assert lower_lead_words("The cabinet approved Norland Grain's purchase of the mill.") == frozenset()
    assert "norland" in lower_lead_words(EARLIER[0]) and "said" not in lower_lead_words(EARLIER[0])
