"""Round 60 of the fact changes (branch facts38): round 60's false kinds (benchmarks/family_round60.md,
summary), each on invented text of the real case's shape (other bodies, other words): a day written
"last night" in one text and "yesterday" in the other read as a day added, and the capitalised kind
of a body after "a" and a country's initials ("a U.K. Bank") read as a body's name."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import fact_rows
from corpus_tools.variants.periods import held_as_period

#: the two texts' times (one morning, three hours apart, as round 60's bid and its rejection)
DAYS, HEADLINE = ["1991-05-07", "1991-05-07"], "Harrow bid for Delmont"

#: the parent: the bid, the target's shares against "a close last night", a dealer with "a U.K. Bank"
#: (the word "Bank" capitalised in a bank's name too, as the real case's "Royal Bank of Canada")
PARENT = (
    "Harrow Industries Plc said it was bidding 310 mln stg for the packaging group Delmont Plc.\n\n"
    "The offer would be made on the basis of nine new Harrow shares for every ten in Delmont, and a"
    " full cash alternative would be offered to every shareholder of the packaging group.\n\n"
    "Delmont shares rose to 215p from a close last night of 204p, dealers said.\n\n"
    "A dealer with a U.K. Bank said the offer was pitched low, and an economist at the Bank of Norland"
    " agreed."
)

#: the later story: the rejection, the close written "yesterday's", no dealer
LATER = (
    "Delmont Plc said its board rejected the 310 mln stg bid from Harrow Industries Plc.\n\n"
    "The offer would be made on the basis of nine new Harrow shares for every ten in Delmont, and a"
    " full cash alternative would be offered to every shareholder of the packaging group.\n\n"
    "Delmont shares were quoted at 221p, up from 204p at yesterday's close."
)


def _rows(parent: str, later: str, days=DAYS) -> list[tuple[str, str]]:
    fa = fact_rows(parent, later, days, HEADLINE)
    return sorted(zip(fa.change, fa.before.fillna("") + fa.after.fillna(""), strict=True))


def test_a_close_last_night_is_yesterdays_close():
    # the base reported "yesterday" added and "U.K. Bank" cut besides the real rows
    expected = [("added", "221"), ("cut", "215"), ("cut", "Bank of Norland"), ("cut", "U.K.")]
    assert _rows(PARENT, LATER) == expected


def test_a_bank_of_the_country_is_no_name():
    rows = _rows(PARENT, LATER.replace("yesterday's close", "the last close"))
    assert ("cut", "U.K. Bank") not in rows and ("cut", "U.K.") in rows, rows


def test_yesterday_written_the_next_day_is_another_day():
    rows = _rows(PARENT, LATER, ["1991-05-07", "1991-05-08"])
    assert ("added", "yesterday") in rows, rows


def test_yesterday_against_no_night_is_added():
    rows = _rows(PARENT.replace("from a close last night of 204p", "from 204p"), LATER)
    assert ("added", "yesterday") in rows, rows


@pytest.mark.parametrize(
    ("form", "other", "days", "held"),
    [
        ("yesterday", "a close last night of 97p", (date(1991, 5, 7), date(1991, 5, 7)), True),
        ("yesterday", "the talks last night ended", (date(1991, 5, 8), date(1991, 5, 7)), False),
        ("today", "the talks last night ended", (date(1991, 5, 6), date(1991, 5, 7)), True),
        ("yesterday", "the talks last nightclub", (date(1991, 5, 7), date(1991, 5, 7)), False),
    ],
)
def test_last_night_names_the_day_before_writing(form, other, days, held):
    assert held_as_period(form, other, *days) is held


def test_a_body_named_after_the_country_is_a_name():
    parent = PARENT.replace("a U.K. Bank", "the U.K. Bank of Trade")
    rows = _rows(parent, LATER)
    assert ("cut", "U.K. Bank of Trade") in rows, rows


def test_a_firm_after_a_city_is_still_a_name():
    parent = PARENT.replace("a U.K. Bank", "a Leeds Bank")
    rows = _rows(parent, LATER)
    assert ("cut", "Leeds Bank") in rows, rows


#: round 59's missed kind (benchmarks/family_round59.md, 1259 -> 1348): a country opening a sentence
#: the later story cuts, named nowhere else in either text
COUNTRY_PARENT = (
    "A Treasury official said the lending talks with the banks were making progress.\n\n"
    "He said a package for the region was close and the banks would meet next month.\n\n"
    "Colombia signed its own accord with the banks in February, he added."
)
COUNTRY_LATER = (
    "A Treasury official said the lending talks with the banks were making progress.\n\n"
    "He said a package for the region was close and the banks would meet next month."
)


def test_a_country_opening_a_cut_sentence_is_cut():
    # the base read "Colombia" as a sentence's ordinary first word: only "February" was cut
    assert _rows(COUNTRY_PARENT, COUNTRY_LATER) == [("cut", "Colombia"), ("cut", "February")]


def test_an_ordinary_word_opening_a_cut_sentence_is_no_name():
    parent = COUNTRY_PARENT.replace("Colombia signed its own", "Lenders signed an")
    assert _rows(parent, COUNTRY_LATER) == [("cut", "February")]
