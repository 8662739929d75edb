"""A later story writing a name of the earlier lead in another form tells its lead again (#23, tree32).

Invented texts of the shape of round 57's edge 11459 -> 4470 (``benchmarks/family_edges.csv``): a
wire's crop story, and nineteen days later the next estimate, telling the earlier lead again with
its figures but naming the state ("Sonora") where the earlier lead named its crop by the state's
adjective ("Sonoran"). The earlier lead has four names and figures; the later story names two of
them as they are, so without the respelling the lead rule (:mod:`corpus_tools.reuse.retold_lead`)
reads 0.50 of them and leaves the later story a root. The same later story naming another state
("Sinaloa") stays a root. The stories share no run of five words, so only the lead rule can join
them.
"""

from __future__ import annotations

import pandas as pd

from corpus_tools import family, from_records
from corpus_tools.reuse.name_forms import LONGER_BY, STEM, respelled, respelling
from corpus_tools.reuse.passages import find_passages
from corpus_tools.reuse.retold_lead import MIN_TOLD, _read, _told, tells_lead

EARLIER = [
    "Pessimism over a long dry spell on the coming Sonoran winter melon crop is rising with trade "
    "forecasts generally in the 4.0 mln to 4.5 mln crate range against 4.5 mln to 5.0 mln a fortnight ago.",
    "Growers told Reuters from the state capital of Hermosillo that despite scattered showers since "
    "early April, which ended an eight week drought, the vines have not recovered as hoped.",
    "The growers said shipments in June might only reach about 700,000 crates, against 1.2 mln crates "
    "in normal years.",
    "Because prices are low, farmers did not invest in fertiliser and are unlikely to spray against mildew.",
    "A heavy attack of mildew could cost more than 600,000 crates in a short time, one grower said.",
]
#: nineteen days later: the next estimate, the lead told again, the state named as a noun
LATER = [
    "Trade estimates of the coming winter melon harvest in Mexico's main growing state of Sonora are "
    "now in the 3.5 mln to 4.0 mln crate range against 4.0 mln to 4.5 mln two weeks ago.",
    "Growers in the state capital Hermosillo told Reuters the drought of the first eight weeks had hurt "
    "the vines more than thought earlier.",
    "Farmers are not spraying their fields against mildew or buying fertiliser because prices are so "
    "poor, the growers said.",
    "June shipments of melons will be very low, with most of the crop picked in the last month.",
]
OTHER = [s.replace("Sonora", "Sinaloa") for s in LATER]
START = pd.Timestamp("1987-03-12T15:34:00", tz="UTC")


def _later(later: list[str], days: float) -> pd.Series:
    rows = [
        {"doc_id": "first", "text": "\n\n".join(EARLIER), "outlet": "Wire", "published": START.isoformat()},
        {
            "doc_id": "later",
            "text": "\n\n".join(later),
            "outlet": "Wire",
            "published": (START + pd.Timedelta(days=days)).isoformat(),
        },
    ]
    return family(from_records(rows)).set_index("doc_id").loc["later"]


def test_the_premise_no_passage_of_five_words_and_half_the_lead_names_as_written():
    a, b = "\n".join(EARLIER), "\n".join(LATER)
    corpus = from_records([{"doc_id": "a", "text": a}, {"doc_id": "b", "text": b}])
    assert find_passages(corpus, min_tokens=5).empty
    lead_names, names = _read(a)[0], _read(b)[3]
    assert sorted(lead_names) == ["4.0", "4.5", "5.0", "sonoran"]
    assert len(lead_names & names) == 2  # 0.50 as written, under the lead rule's 0.7
    assert respelled(lead_names, names) == 1


def test_a_crop_estimate_naming_the_state_for_its_adjective_is_an_update():
    a, b = "\n".join(EARLIER), "\n".join(LATER)
    assert _told(a, b) >= MIN_TOLD
    assert tells_lead(a, b)
    row = _later(LATER, 19.0)
    assert row["parent_doc_id"] == "first"
    assert row["relation"] == "update"
    assert _later(LATER, 3.0)["parent_doc_id"] == "first"


def test_the_same_estimate_for_another_state_stays_a_root():
    a, b = "\n".join(EARLIER), "\n".join(OTHER)
    assert respelled(_read(a)[0], _read(b)[3]) == 0
    assert _told(a, b) == -1
    row = _later(OTHER, 19.0)
    assert row["parent_doc_id"] is None
    assert row["relation"] == "independent"


def test_respelling_reads_five_letters_and_at_most_three_more():
    assert (STEM, LONGER_BY) == (5, 3)
    assert respelling("sonoran", "sonora") and respelling("brazil", "brazilian")
    assert respelling("petroleos", "petroles")  # a letter dropped
    assert not respelling("trans", "transportation")  # nine letters more
    assert not respelling("texas", "texaco")  # another ending
    assert not respelling("china", "chinese")  # four letters shared
    assert respelled(frozenset({"sonoran", "sinaloan"}), frozenset({"sonora", "sinaloa"})) == 2
