"""A later story of the same outlet that retells an earlier one in part of its words (#23)."""

from __future__ import annotations

import pytest
from strike_story import P, wire_corpus

from corpus_tools import family
from corpus_tools.reuse import retold
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold import is_list, names_in, retold_words

#: a follow-up: a new lead, then the strike story's news retold in runs of six or seven of its
#: words ("to reject a three-year contract offer", "has halted production at the smelter")
FOLLOW_UP = [
    "Union leader Mary Collins said on Tuesday that members were ready to return to the bargaining table.",
    "Miners at Kimberley had voted to reject a three-year contract offer on Monday.",
    "The walkout has halted production at the smelter, which employs 2,400 people.",
]
#: another story on the same topic: the same names and a title, no wording of the strike story
OTHER_STORY = [
    "Workers at the Sullivan copper mine near Kimberley accepted a two-year contract on Tuesday.",
    "Company spokesman John Hanson said output would reach 40,000 tonnes by the end of the year.",
]


def _tree(texts: dict[str, list[str]], outlets: dict[str, str] | None = None):
    corpus = wire_corpus(texts)
    if outlets:
        corpus["outlet"] = [outlets.get(d, "Wire") for d in corpus.index]
    return family(corpus).set_index("doc_id")


def test_follow_up_shares_only_short_runs():
    # the premise: no passage of 8 words (the tree's min_tokens) is shared, two of 6-7 words are
    corpus = wire_corpus({"wire": P, "later": FOLLOW_UP})
    assert find_passages(corpus, min_tokens=8).empty
    short = find_passages(corpus, min_tokens=5)
    assert sorted(short["n_tokens"].tolist()) == [6, 7]


def test_follow_up_retelling_the_story_is_its_update():
    f = _tree({"wire": P, "later": FOLLOW_UP})
    assert f.at["later", "parent_doc_id"] == "wire"
    assert f.at["later", "relation"] == "update"
    assert f.at["later", "n_shared_passages"] == 2
    assert 0.2 < f.at["later", "coverage"] < 0.5
    assert f.at["wire", "n_children"] == 1


def test_other_story_sharing_names_and_a_title_stays_apart():
    f = _tree({"wire": P, "other": OTHER_STORY})
    assert f.at["other", "parent_doc_id"] is None
    assert f.at["other", "relation"] == "independent"


def test_retelling_from_another_outlet_is_not_taken():
    f = _tree({"wire": P, "later": FOLLOW_UP}, outlets={"later": "Daily Post"})
    assert f.at["later", "relation"] == "independent"


def test_dates_decide_which_retells_which():
    f = _tree({"later": FOLLOW_UP, "wire": P})  # the follow-up dated first: it is the parent
    assert f.at["later", "parent_doc_id"] is None
    assert f.at["wire", "parent_doc_id"] == "later"
    assert f.at["wire", "direction"] == "published"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("to reject a three-year contract offer", {"reject", "three-year", "contract", "offer"}),
        ("has halted production at the smelter", {"halted", "production", "smelter"}),
        ("Company spokesman John Hanson said output would", {"spokesman", "output"}),
        ("pct from a year earlier to", set()),
        ("chairman and chief executive officer", set()),
    ],
)
def test_retold_words(text, words):
    assert retold_words(text) == words


def test_names_in_leaves_out_sentence_starts_and_months():
    assert names_in("Miners at Kimberley voted in May. Union leader Mary Collins said so") == {
        "Kimberley",
        "Mary",
        "Collins",
    }


def test_undated_retelling_is_not_taken():
    # short runs are too weak to order two undated texts
    corpus = wire_corpus({"wire": P, "later": FOLLOW_UP}).drop(columns=["published"])
    f = family(corpus).set_index("doc_id")
    assert f.at["later", "relation"] == "independent"


def test_retelling_more_than_a_day_later_is_not_taken():
    corpus = wire_corpus({"wire": P, "later": FOLLOW_UP})
    corpus.loc["later", "published"] = "1987-06-02T11:00:00"  # 25 hours after the wire story
    f = family(corpus).set_index("doc_id")
    assert f.at["later", "relation"] == "independent"


#: two stories of one outlet on farm trade that share only two lists of goods (Reuters 14858 and
#: 14951 of April 1987 are such a pair: round 29 of the hand reading, benchmarks/family_round29.md)
TRADE = [
    "Japan agreed to open its market for fruit juices, purees and pulp, tomato ketchup and sauce by April.",
    "Washington also wants wider access for peanuts, prepared beef products and processed cheese.",
    "Officials in Tokyo said the talks would resume next week.",
]
LATER_TRADE = [
    "The ruling party in Tokyo urged Washington to drop its demand on rice before the summit.",
    "Quotas on fruit juices, purees and pulp stay until next year, party leaders said.",
    "Quotas on peanuts, prepared beef products and dairy goods also stay, they said.",
]


def test_stories_sharing_lists_of_goods_stay_apart(monkeypatch):
    assert _tree({"first": TRADE, "later": LATER_TRADE}).at["later", "relation"] == "independent"
    # the lists alone would join them: eight retold words in two runs and a shared name
    monkeypatch.setattr(retold, "is_list", lambda text: False)
    assert _tree({"first": TRADE, "later": LATER_TRADE}).at["later", "parent_doc_id"] == "first"


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("fruit juices, purees and pulp,", True),
        ("peanuts, prepared beef products and", True),
        ("to reject a three-year contract offer", False),
        ("has halted production at the smelter", False),
        ("coal and steel output fell", False),
        ("New York Stock Exchange, NYSE, rule", False),  # names and one word: no list
    ],
)
def test_is_list(text, listed):
    assert is_list(text) is listed
