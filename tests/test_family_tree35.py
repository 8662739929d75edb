"""Updates the lead rule missed: the news dated, a name opening a sentence or respelled (#23, tree35).

Invented texts of the shapes of round 34's missed edges 16232 <- 11602, 7403 <- 4130 and
11459 <- 4470 (``benchmarks/family_edges.csv``). A bidder's offer, and thirteen days later the
target's board on it: the later lead opens with the target's name, and the later story dates the
offer on the day the earlier story was filed while it tells the price as its parts
(:mod:`corpus_tools.reuse.news_day`, :mod:`corpus_tools.reuse.names_told`); without the date, or
with another day, it stays a root. A crop estimate cut two weeks on tells five of the earlier
story's figures again and writes "Lindia" for the earlier lead's "Lindian": an update; naming
another place, a root.
"""

from __future__ import annotations

import pandas as pd
from wire_updates import later_row

from corpus_tools.reuse.names_told import RESPELT_MIN, opening_names, respelled
from corpus_tools.reuse.news_day import dates_news, news_days

OFFER = [
    "<Tarn Silver Mining Corp> said it is making an offer for <Osprey Valley Metals Ltd> of 60 dlrs "
    "per share and 45 dlrs per warrant.",
    "The offer covers three mln Osprey common shares and all outstanding 8.25 dlr Osprey share "
    "purchase warrants expiring October 15, 1990, Tarn said.",
    "Tarn said that if it gains three mln Osprey common shares, its interest in Osprey will rise to "
    "55 pct from 41 pct.",
    "Tarn said the price for each Osprey share is one Tarn series A preference share, one Tarn "
    "series D preference share, one 6.75 dlr Tarn warrant and five dlrs in cash.",
]
#: thirteen days later, "Osprey" opening the lead, the offer dated on the earlier story's day
BOARD = [
    "Osprey Valley Metals Ltd said its board of directors believes that the terms of Tarn Silver "
    "Mining Corp's previously announced offer are fair, but it will make no recommendation on it.",
    "Tarn on May 14 offered to buy three mln Osprey shares. For each Osprey share it offered five "
    "dlrs cash, one series A share of Tarn, one series D share of Tarn and one purchase warrant.",
]
START = pd.Timestamp("1990-05-14T15:02:00", tz="UTC")

ESTIMATE = [
    "Gloom over the effects of a long dry spell on the coming Lindian midyear cocoa crop is growing "
    "with trade forecasts mostly in the 3.0 mln to 3.5 mln bag range against 3.5 mln to 4.0 mln a "
    "fortnight ago.",
    "Trade sources told Reuters from the state capital that plantations have not recovered and very "
    "little cocoa is expected to be picked in the first months of the crop.",
    "If forecasts of a 3.0 to 3.5 mln bag midyear crop prove right this would be below the 3.6 mln "
    "bag average for the past ten years.",
    "The last poor midyear crop was in 1981 when long drought and later pod rot cut output to 2.68 "
    "mln bags, while last year's output, also hit by drought, was 3.84 mln bags.",
    "The sources said the fertiliser and insecticide use of farmers was cut because of low prices.",
]
#: nineteen days later: the range cut again, the earlier range and the old crops told again
CUT = [
    "Trade estimates of the coming midyear harvest in the main cocoa growing state of Lindia are now "
    "in the 2.5 mln to 3.0 mln bag range against 3.0 mln to 3.5 mln two weeks ago.",
    "Traders in the state capital told Reuters the dry spell had been harsher than thought and that "
    "plantations have not recovered.",
    "Last year's midyear harvest, which drought also hurt, came to 3.84 mln bags. In 1981 drought and rot "
    "cut the crop to 2.68 mln bags.",
    "The traders said farmers cut their use of fertiliser and insecticide because of low prices.",
]


def test_a_later_story_dating_the_earlier_news_is_its_update():
    row = later_row(OFFER, BOARD, START, 13.3)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


def test_without_the_date_or_with_another_day_it_stays_a_root():
    for day in ("earlier", "on May 7"):
        other = [BOARD[0], BOARD[1].replace("on May 14", day)]
        row = later_row(OFFER, other, START, 13.3)
        assert (row["parent_doc_id"], row["relation"]) == (None, "independent"), day


def test_a_weekday_in_the_earlier_lead_is_a_day_of_its_news():
    thursday = pd.Timestamp("1990-05-17T07:30:00", tz="UTC")
    assert {str(d) for d in news_days("Reforms announced on Tuesday end the monopoly.", thursday)} == {
        "1990-05-15",
        "1990-05-17",
    }
    earlier = "Reforms announced on Tuesday end the brokers' monopoly."
    later = "The minister announced on May 15 that the monopoly ends."
    assert dates_news(earlier, later, thursday, thursday + pd.Timedelta(days=7))
    assert not dates_news(earlier, later, thursday, thursday + pd.Timedelta(hours=3))  # the same day


def test_a_respelled_place_with_the_figures_told_again_is_an_update():
    row = later_row(ESTIMATE, CUT, START, 18.9)
    assert (row["parent_doc_id"], row["relation"]) == ("first", "update")


def test_another_place_with_the_figures_told_stays_a_root():
    other = [s.replace("Lindia", "Morava") for s in CUT]
    row = later_row(ESTIMATE, other, START, 18.9)
    assert (row["parent_doc_id"], row["relation"]) == (None, "independent")


def test_names_opening_a_sentence_and_respelled():
    assert opening_names("Osprey Valley said it agreed. The board met. 40 pct voted.") == {"osprey", "the"}
    assert respelled(frozenset({"lindian", "3.0", "iraq"}), frozenset({"lindia", "iran"})) == {"lindian"}
    assert RESPELT_MIN == 5  # "Iraq" / "Iran": shorter names one letter apart are two names
