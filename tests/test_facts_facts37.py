"""Round 59 of the fact changes (branch facts37): round 59's false kinds (benchmarks/family_round59.md,
summary), each on invented text of the real case's shape (other bodies, other words): a statement's
numbered paragraphs read as numbers cut, initials a text gives in brackets after a name the other
text holds read as a name added, and a country's initials before a comma missed as its name."""

from __future__ import annotations

import pytest

from conftest import fact_changes
from corpus_tools.variants.facts import facts, holds, norm_text
from corpus_tools.variants.list_numbers import list_number, list_prefix
from corpus_tools.variants.other_writings import initials_given_held

#: the two texts' times (one night apart, as round 59's statement and its stories) and headline
DAYS, HEADLINE = ["1991-05-06", "1991-05-07"], "Council of Nine statement"

#: the parent: the statement's text, its paragraphs numbered, the U.K. named by its initials
PARENT = (
    "Following is the text of a statement by the Council of Nine -- the U.K., Norland, Sorel and"
    " Vesta -- issued after a Lisbon meeting.\n\n"
    "1. The trade ministers of nine coastal nations met to review the fishing quotas.\n\n"
    "2. The ministers reaffirmed the commitment to the quota accord agreed at the recent Oslo"
    " meeting and welcomed the proposals of the Norland government.\n\n"
    "3. The ministers agreed that further steps will be needed to protect the cod stocks."
)

#: the later story: the paragraphs quoted without their numbers, the council's initials given in
#: brackets, the United Kingdom named in full
LATER = (
    "The Council of Nine (C-9) said its trade ministers of nine coastal nations met to review the"
    " fishing quotas, and the United Kingdom pressed for a cut.\n\n"
    "The ministers reaffirmed the commitment to the quota accord agreed at the recent Oslo meeting"
    " and welcomed the proposals of the Norland government.\n\n"
    "The ministers agreed that further steps will be needed to protect the cod stocks, the C-9"
    " statement said."
)


def _rows(parent: str, later: str) -> list[tuple[str, str]]:
    return fact_changes(parent, later, DAYS, HEADLINE)


def test_a_statement_quoted_without_its_numbers_cuts_nothing():
    # the base reported "1", "2" and "3" cut, "C-9" added and "United Kingdom" added
    assert _rows(PARENT, LATER) == [("cut", "Lisbon"), ("cut", "Sorel"), ("cut", "Vesta")]


def test_a_real_change_beside_them_is_still_given():
    later = LATER.replace("Oslo meeting", "Oslo meeting of May 2").replace("nine coastal", "11 coastal")
    rows = _rows(PARENT, later)
    assert ("added", "May 2") in rows and ("cut", "Lisbon") in rows, rows
    assert not {"1", "2", "3", "C-9", "United Kingdom"} & {v for _, v in rows}, rows


def test_the_initials_of_a_name_the_parent_lacks_are_added():
    parent = PARENT.replace("by the Council of Nine", "by the coastal nations")
    rows = _rows(parent, LATER)
    assert ("added", "Council of Nine") in rows, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1. The ministers met today.", ["today"]),
        ("(2) Reviews will be held every 15 months.", ["15"]),
        ("3) If the stock reaches 400,000 tonnes, it will sell.", ["400,000 tonnes"]),
        ("12.", []),
        # a number that counts stays a fact: a figure, a decimal, a year, a number in the sentence
        ("15 pct of the shares were sold.", ["15 pct"]),
        ("3.5 mln dlrs was paid.", ["3.5 mln dlrs"]),
        ("1987 was a good year.", ["1987"]),
        ("The price rose 3. Analysts were surprised.", ["3"]),
    ],
)
def test_a_numbered_paragraph_opens_on_no_fact(sentence, expected):
    got = [t for kind, t, _ in facts(sentence, set(), set()) if kind != "name"]
    assert [t.split()[0] for t in got] == [e.split()[0] for e in expected], got


def test_a_numbered_paragraph_s_first_word_opens_the_sentence():
    assert [t for _, t, _ in facts("1. Others agreed.", set(), set())] == []
    assert list_prefix("1. ") and list_prefix("(3) ") and not list_prefix("up 3. ")
    assert list_number("2. The ministers") == (0, 2) and list_number("20 pct") is None


@pytest.mark.parametrize(
    ("name", "this", "other", "expected"),
    [
        ("C-9", "the Council of Nine (C-9) met", "the Council of Nine met", True),
        ("C-9", "The Council of Nine (C-9) met", "the Council of Nine met", True),
        ("NFU", "the National Farmers Union, or NFU, said", "the National Farmers Union said", True),
        # the name not in the other text, the initials not in apposition, or not initials
        ("C-9", "the Council of Nine (C-9) met", "the council met", False),
        ("C-9", "the Council of Nine met; C-9 said", "the Council of Nine met", False),
        ("Nine", "the Council of Nine (Nine) met", "the Council of Nine met", False),
        # the forward way, as before: the name given with initials held by the initials alone
        ("Council of Nine", "the Council of Nine (C-9) met", "C-9 said", True),
    ],
)
def test_initials_in_apposition_are_held_by_their_name(name, this, other, expected):
    assert initials_given_held(name, this, other) is expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("the U.K., Norland and Sorel met", True),
        ("talks with the U.K.; Norland said", True),
        ("the U.K. Treasury", True),  # as before
        ("the UKA, Norland", False),
        ("the Norland government", False),
    ],
)
def test_a_country_s_initials_before_a_comma_hold_its_name(other, expected):
    assert holds(norm_text(other), "name", "united kingdom") is expected
