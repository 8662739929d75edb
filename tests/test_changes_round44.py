"""The false fact kinds of round 44's update series across the next date in the data
(benchmarks/family_round44.md), each on invented text: a capital standing for its country's
government after a verb of help or before a verb of a government's acts ("help Oslo cut", "Oslo
complied"), a month joined to the title and name after it ("In June Governor Reed"), a date range's
end given as a date of its own ("July 8" of "July 7-8"), one day added twice under two day words
("yesterday" and "Sunday" in a story of a Monday), these two in additions only (earlier rounds read
a range and a day's two words cut as two rows), and a country under a compass adjective
("Northwestern U.S.")."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.changes import pair_changes
from corpus_tools.variants.date_facts import range_end_again
from corpus_tools.variants.name_spans import name_spans

_FISH = "Norway has curbed its fish exports, its officials said."


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # a capital standing for its government, the country named in both texts: no row
        (f"{_FISH} Sweden will lift its duties as soon as Oslo complied with the pact.",
         f"{_FISH} Sweden may lift its duties.", []),
        (f"{_FISH} Sweden offered to help Oslo cut its trade surplus.", f"{_FISH} Sweden made an offer.", []),
        # guards: a capital as a place, a capital's market, no country named in the other text
        (f"{_FISH} Sweden offered help at talks in Oslo.", f"{_FISH} Sweden offered help.",
         [("name", "cut", "Oslo")]),
        (f"{_FISH} Shares in Oslo closed higher.", f"{_FISH} Shares closed higher.",
         [("name", "cut", "Oslo")]),
        ("Sweden will lift its duties as soon as Oslo complied with the pact.", "Sweden may lift its duties.",
         [("name", "cut", "Oslo")]),
        # a month before a title and a name, the name in both texts: no row
        ("Sweden imposed the duties after President Tom Reed announced the quota last month.",
         "Sweden imposed the duties. In March President Tom Reed announced the quota.", []),
        # a country under a compass adjective, the country in both texts: no row
        ("Floods in the U.S. closed the Tarn pipeline, the firm said.",
         "Floods in the Northwestern U.S. closed the Tarn pipeline, the firm said.", []),
        # guards: a region that is a place of its own, a region of a country not named before
        ("Floods in Ireland closed the Tarn pipeline, the firm said.",
         "Floods in Northern Ireland closed the Tarn pipeline, the firm said.",
         [("name", "added", "Northern Ireland")]),
        ("Floods closed the Tarn pipeline, the firm said.",
         "Floods in the Northwestern U.S. closed the Tarn pipeline, the firm said.",
         [("name", "added", "Northwestern U.S.")]),
    ],
)  # fmt: skip
def test_the_name_rows_of_an_edge(parent, child, expected):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In March President Tom Reed announced the quota.", ["In March", "President Tom Reed"]),
        ("Since January Tarn Mining Corp has cut output.", ["Since January", "Tarn Mining Corp"]),
        # a month alone at a run's start may be a first name; a month after a name stays a name's end
        ("April Reed announced the quota.", ["April Reed"]),
        ("Governor Tom Reed announced the quota.", ["Governor Tom Reed"]),
    ],
)
def test_a_month_apart_from_the_name_after_it(sentence, expected):
    assert [text for _, text in name_spans(sentence)] == expected


_TALKS = "The talks on fish quotas will be held in Bergen"


@pytest.mark.parametrize(
    ("child", "expected"),
    [
        # a range's end after its first day: one date, the first day
        (f"{_TALKS} on July 7-8, officials said.", [("date", "added", "July 7")]),
        (f"{_TALKS} from July 7 to 8, officials said.", [("date", "added", "July 7")]),
        # two dates of one sentence, no range between them: both
        (f"{_TALKS} on July 7, and a vote is set for July 8.",
         [("date", "added", "July 7"), ("date", "added", "July 8")]),
    ],
)  # fmt: skip
def test_a_range_end_is_no_date_of_its_own(child, expected):
    rows = [r for r in fact_rows(f"{_TALKS}, officials said.", child) if r[0] == "date"]
    assert rows == expected


def test_a_range_cut_keeps_both_days():
    # cut, both days are gone (as read in rounds 12, 26 and 35)
    rows = [r for r in fact_rows(f"{_TALKS} on July 7-8, officials said.", f"{_TALKS}, officials said.")]
    assert rows == [("date", "cut", "July 7"), ("date", "cut", "July 8")]


def test_range_end_again_needs_the_first_day_reported():
    sentence = "Talks are set for July 7-8 in Bergen."
    assert range_end_again("July 8", sentence, [(sentence, "date", "July 7", "added")])
    assert not range_end_again("July 8", sentence, [])
    assert not range_end_again("July 8", sentence, [("Another sentence.", "date", "July 7", "added")])


_SHUT = "The Tarn pipeline was shut by floods, its operator said."


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # a Monday's "yesterday" is the Sunday: one day, one row
        ("1987-06-15", [("date", "added", "yesterday")]),
        # a Wednesday's "yesterday" is no Sunday: two days, two rows
        ("1987-06-17", [("date", "added", "yesterday"), ("date", "added", "Sunday")]),
    ],
)
def test_one_day_under_two_day_words(day, expected):
    child = (
        "The Tarn pipeline reopened yesterday, its operator said. "
        "It was started on Sunday after repairs, the operator said."
    )
    ch = pair_changes(child, _SHUT, published=day, parent_published="1987-06-02")
    ch = ch[(ch.section == "fact") & (ch.kind == "date")]
    assert [(r.kind, r.change, r.before or r.after) for r in ch.itertuples()] == expected


def test_one_day_under_two_day_words_cut_stays_two_rows():
    # cut, both words are gone (as read in round 7)
    parent = (
        "The Tarn pipeline reopened yesterday, its operator said. "
        "It was started on Sunday after repairs, the operator said."
    )
    ch = pair_changes(_SHUT, parent, published="1987-06-20", parent_published="1987-06-15")
    ch = ch[(ch.section == "fact") & (ch.kind == "date")]
    assert list(ch.before) == ["yesterday", "Sunday"]
