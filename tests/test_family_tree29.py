"""A new story of a thread sharing one weak passage with an earlier story is not its update (#23, tree29).

Invented texts of the shape of the false edges of rounds 31-56 (``benchmarks/family_edges.csv``:
16972 after 16763, 10781 after 10767, 12747 after 6361): an outlet's story of the next event of a
thread (a trade body opening a probe, days after a minister's visit) shares with the earlier story
one passage of eight words or more, the body's name, and tells none of the earlier story's news
again. It is a root. A later story sharing the same single passage that tells the earlier lead and
its sentences again in other words (the other country's answer to the request) is still taken as its
update.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import family, from_records
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold import retold_words
from corpus_tools.reuse.weak_link import WEAK_LEAD_WORDS, WEAK_TOLD, told_again, weak_links

VISIT = [
    "Agriculture Secretary Ellen Marsh urged Norland to open its farm market wider to help "
    "Washington cut its trade deficit with the island.",
    "Marsh told beef farmers in Brevik that Norland's quotas on citrus and beef break the rules of "
    "the General Agreement on Tariffs and Trade (GATT).",
    "She said her department would keep pressing Norland to lift the quotas before the spring "
    "planting begins.",
]
#: the next event of the thread: one passage (the body's name) shared, none of the news told again
PROBE = [
    "The General Agreement on Tariffs and Trade (GATT) will open a formal inquiry on May 7 into "
    "complaints about Norland's import curbs, officials in Geneva said.",
    "A panel of three experts will hear evidence from both governments over two days.",
    "Its findings are expected to reach the council in the autumn.",
]
#: the answer to the visit: the same single passage, and the visit's news told again in other words
ANSWER = [
    "Norland rejected Secretary Ellen Marsh's call for a wider opening of its farm market to help "
    "cut Washington's trade deficit with the island.",
    "Its farm minister said the quotas on citrus and beef are lawful under the General Agreement "
    "on Tariffs and Trade (GATT), which Marsh told farmers in Brevik they break.",
    "He said Norland would not lift the quotas, whatever her department kept pressing for.",
]


def _tree(later: list[str], outlet: str = "Wire") -> pd.DataFrame:
    rows = [
        {"doc_id": "visit", "text": "\n\n".join(VISIT), "outlet": "Wire", "published": "1987-04-02T10:00:00"},
        {"doc_id": "later", "text": "\n\n".join(later), "outlet": outlet, "published": "1987-04-06T15:00:00"},
    ]
    return family(from_records(rows)).set_index("doc_id")


def _passages(later: list[str]) -> pd.DataFrame:
    corpus = from_records(
        [{"doc_id": "a", "text": "\n\n".join(VISIT)}, {"doc_id": "b", "text": "\n\n".join(later)}]
    )
    return find_passages(corpus, min_tokens=8)


def test_the_premise_one_passage_of_eight_words_holding_no_retold_word():
    for later in (PROBE, ANSWER):
        p = _passages(later)
        assert len(p) == 1
        assert retold_words(p["text"].iloc[0]) == set()


def test_the_premise_the_probe_tells_none_of_the_visit_and_the_answer_tells_it():
    told, lead = told_again("\n".join(VISIT), "\n".join(PROBE))
    assert told <= WEAK_TOLD and lead < WEAK_LEAD_WORDS
    told, lead = told_again("\n".join(VISIT), "\n".join(ANSWER))
    assert told == 3 and lead >= WEAK_LEAD_WORDS


def test_a_new_story_sharing_one_weak_passage_is_a_root():
    f = _tree(PROBE)
    assert f.at["later", "parent_doc_id"] is None
    assert f.at["later", "relation"] == "independent"


def test_an_answer_sharing_the_same_passage_and_telling_the_news_is_an_update():
    f = _tree(ANSWER)
    assert f.at["later", "parent_doc_id"] == "visit"
    assert f.at["later", "relation"] == "update"


def test_another_outlet_is_not_read_by_the_rule():
    f = _tree(PROBE, outlet="Paper")
    assert f.at["later", "parent_doc_id"] == "visit"
    assert f.at["later", "relation"] == "rewrite"


def test_weak_links_reads_only_dated_pairs_of_one_outlet():
    p = _passages(PROBE).assign(doc_key=1, source_doc_key=0)
    bodies = ["\n".join(VISIT), "\n".join(PROBE)]
    day = pd.Timestamp("1987-04-02T10:00:00", tz="UTC")
    dates = [day, day + pd.Timedelta(days=4)]
    assert weak_links(p, ["Wire", "Wire"], bodies, dates) == {(0, 1)}
    assert weak_links(p, ["Wire", "Paper"], bodies, dates) == set()
    assert weak_links(p, ["Wire", "Wire"], bodies, [None, dates[1]]) == set()
    assert weak_links(p, [None, None], bodies, dates) == set()
