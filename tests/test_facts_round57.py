"""Round 57 of the fact changes: the months round 56 missed (benchmarks/family_round56.md, "Missed"),
each on invented text of the real case's shape (other names, other words): a month after a
capitalised "In" at a sentence's start, and both months of "between January and May"."""

from __future__ import annotations

import pytest

from conftest import fact_rows
from corpus_tools.variants.date_facts import months_alone
from corpus_tools.variants.facts import facts

#: the two days (seventeen apart, as round 56's series) and the headline of the series
DAYS, HEADLINE = ["1991-06-03", "1991-06-20"], "Norland curbs money flowing in"

#: the parent: the bank's curbs, with the earlier curbs of a month alone at a sentence's start
PARENT = (
    "The Norland central bank froze the foreign borrowings of local banks, bankers said. In March"
    " the bank restricted transfers of money from abroad to slow the rise of the crown. The crown has"
    " risen 20 pct against the dollar since the end of 1989, dealers said."
)

#: the later text: the earlier curbs cut, the reserves' rise between two months added
LATER = (
    "The Norland central bank froze the foreign borrowings of local banks, bankers said. Reserves"
    " rose 4.5 billion dlrs between January and May, officials said. The crown has risen 20 pct"
    " against the dollar since the end of 1989, dealers said."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In March the bank restricted transfers.", ["March"]),
        ("Since April, prices rose.", ["April"]),
        ("Reserves rose between January and May.", ["January", "May"]),
        ("Sales rose from March to June.", ["March", "June"]),
        # a day or a year after the month is no month alone; a month in capitals is no month
        ("In May 1987 it fell.", []),
        ("Talks run between January and May 5.", ["January"]),
        ("IN MARCH the bank acted.", []),
        # "and" or "to" before a month with no range: no month alone
        ("He met Smith and May in London.", []),
    ],
)
def test_a_month_after_a_capital_preposition_or_in_a_range_is_alone(sentence, expected):
    assert [month for _, _, month, _ in months_alone(sentence)] == expected


def test_the_months_are_date_facts():
    assert [(k, t) for k, t, _ in facts("In March the bank acted between January and May.")] == [
        ("date", "March"),
        ("date", "January"),
        ("date", "May"),
    ]


def test_round56_missed_months_are_reported():
    fa = fact_rows(PARENT, LATER, DAYS, HEADLINE)
    dates = fa[fa.kind == "date"]
    # the base gave no date row: "In March" (a capital "In") and "between January and May" missed
    assert sorted(zip(dates.change, dates.before.fillna("") + dates.after.fillna(""), strict=True)) == [
        ("added", "January"),
        ("added", "May"),
        ("cut", "March"),
    ], fa.to_string()


def test_a_month_kept_or_written_as_a_range_both_ways_is_no_change():
    later = PARENT.replace("In March the bank", "In March, the central bank")
    assert fact_rows(PARENT, later, DAYS, HEADLINE).empty
    first = LATER.replace("between January and May", "from January to May")
    assert fact_rows(first, LATER, DAYS, HEADLINE).empty
