"""The original named by date where the later story holds the earlier's lead (round 39, rkind39).

A later, longer story that takes an earlier brief's lead word for word, and adds far more of its
own, has too little of itself in the brief for the dated edge: neither has a source, and the text
score alone named the later story the original (TUNE_39's 19511 and 19538, 17304 and 17305).
"""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.reuse.documents import find_origin, origin

LEAD = (
    "The Reserve Bank of Norland sold 200 million crowns of short bills through repurchase deals "
    "today to show it would keep credit loose, central bank officials said."
)
BRIEF = (
    f"{LEAD} Dealers said the sale was small and priced well under the market. "
    "One trader said the move changed nothing and rates would stay above five pct for now."
)
FEATURE = " ".join(
    [
        "The Reserve Bank of Norland fears that a sudden crash in share and land prices could "
        "throw the economy back into recession, people close to the bank said.",
        "Share prices fell sharply again on Monday as investors bet that rates would rise soon.",
        LEAD,
        "In its yearly report the bank warned that land and stock prices had run far ahead of output.",
        "Over two years the main share index has doubled and office rents in the capital have tripled.",
        "Private economists said a collapse would hurt consumers still nervous after last year's slump.",
        "Some exporters now earn more from trading shares than from selling their goods abroad.",
        "The board decided it must tell the markets plainly that no further cut was coming.",
        "It wants to let the air out slowly without tightening policy outright, one adviser said.",
        "A steady upturn in investment over the next six months is what the bank is counting on.",
        "Until then it may have to avoid any open squeeze on credit that could topple the market.",
        "Analysts in the capital said the bank had misread the mood of small savers for a year.",
        "Bond yields climbed to their highest level since January as foreign buyers stayed away.",
        "Land prices around the main port rose a fifth in the first quarter, a survey showed.",
        "The finance ministry declined to comment on the bank's thinking or on the yen's fall.",
    ]
)
OTHER = (
    "Yields on deposit notes sold today by the Gulf Monetary Agency were unchanged from last week. "
    "The one month note stayed at six pct and the three month note at 6-1/4 pct."
)


def _series(first_date: str = "1987-06-29T04:39", later_date: str = "1987-06-29T06:08"):
    return from_records(
        [
            {"doc_id": "brief", "text": BRIEF, "published": first_date},
            {"doc_id": "gulf", "text": OTHER, "published": "1987-06-29T05:37"},
            {"doc_id": "feature", "text": FEATURE, "published": later_date},
        ]
    )


def test_the_earlier_brief_is_the_original_when_the_later_story_holds_its_lead():
    corpus = _series()
    edges = origin(corpus)
    assert edges.empty  # no edge either way: the feature's n-grams in the brief are under 0.1
    assert edges.attrs["origin_scores"]["feature"] > edges.attrs["origin_scores"]["brief"]
    assert edges.attrs["origin"] == "brief"


def test_the_text_still_decides_when_the_dates_say_nothing():
    undated = _series().drop(columns=["published"])
    assert find_origin(undated) == "feature"


def test_the_fuller_story_stays_the_original_when_it_came_first():
    corpus = _series(first_date="1987-06-29T06:08", later_date="1987-06-29T04:39")
    assert find_origin(corpus) == "feature"


def test_an_earlier_story_told_apart_is_no_original():
    # the Gulf note, filed first, shares nothing with the brief and the feature that holds it
    corpus = _series().assign(published=["1987-06-29T04:39", "1987-06-29T01:00", "1987-06-29T06:08"])
    edges = origin(corpus)
    assert edges.attrs["origin_scores"]["gulf"] > edges.attrs["origin_scores"]["brief"]
    assert edges.attrs["origin"] == "brief"
