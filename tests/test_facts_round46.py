"""The false fact kinds of round 46's update series across a day's gap
(benchmarks/family_round46.md), each on invented text: one amount written exactly in one text and
rounded after a hedge word in the other ("637,000 tonnes" / "over 600,000 tonnes"); a body's
one-word short form ("the Union") held in the other text by the initials of its longer name ("NU");
a name held in the other text with its initials in brackets before its head noun ("(WGO) board");
a body set in apposition after initials of another language reported before it."""

from __future__ import annotations

import pytest
from pairs import fact_rows

_RICE = "Rice growers in the region said"


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # exact in the parent, rounded after "over" in the child: one amount, no row
        (f"{_RICE} a plan to sell 637,000 tonnes of rice to the state still stands.",
         "A spokeswoman said farmers have threatened to sell over 600,000 tonnes of rice in protest.", []),
        # and the other way: rounded after "about" in the parent, exact in the child
        (f"{_RICE} they will sell about 2.4 mln tonnes of rice to the state.",
         f"{_RICE} they will sell 2,385,000 tonnes of rice to the state.", []),
        # guard: a rounded amount a quarter below is another amount
        (f"{_RICE} a plan to sell 637,000 tonnes of rice to the state still stands.",
         "A spokeswoman said farmers have threatened to sell over 500,000 tonnes of rice in protest.",
         [("number", "cut", "637,000"), ("number", "added", "500,000")]),
        # guard: an exact amount that does not round to the hedged one is another amount
        ("Officials said steel imports were about 800 mln dlrs last year.",
         "Officials said steel imports were about 800 mln dlrs. It also bought machinery worth 725 mln dlrs.",
         [("number", "added", "725 mln")]),
        # guard: the same figures of two units are two amounts
        (f"{_RICE} a plan to sell 637,000 tonnes of rice to the state still stands.",
         "A spokeswoman said farmers have threatened to sell over 600,000 bales of rice in protest.",
         [("number", "cut", "637,000"), ("number", "added", "600,000")]),
    ],
)  # fmt: skip
def test_an_amount_exact_and_rounded(parent, child, expected):
    assert fact_rows(parent, child) == expected


_UNION = "Growers offered grain to Northern Union stores as a protest against its export rules."


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # "the Union" of "Northern Union", which the child calls "NU": no row for either
        (f"{_UNION} Under its rules, the Union has until late June to pay for the grain.",
         "NU growers have threatened to sell grain to stores as a protest against export rules.",
         [("date", "cut", "late June")]),
        # guard: a short form whose longer name the child does not hold is cut with it (one row)
        (f"{_UNION} Under its rules, the Union has until late June to pay for the grain.",
         "Growers have threatened to sell grain to stores as a protest against export rules.",
         [("name", "cut", "Northern Union"), ("date", "cut", "late June")]),
    ],
)  # fmt: skip
def test_a_short_form_held_by_its_longer_name(parent, child, expected):
    assert fact_rows(parent, child) == expected


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # the initials in brackets before the head noun: the same board, no row
        ("Minister Tomas Vilar is chairman of the WGO Board, officials said on Monday.",
         "Minister Tomas Vilar, chairman of the World Grain Office (WGO) board, will not attend.", []),
        # guard: the initials alone in brackets hold no board
        ("Minister Tomas Vilar is chairman of the WGO Board, officials said on Monday.",
         "Minister Tomas Vilar of the World Grain Office (WGO) will not attend.",
         [("name", "cut", "WGO Board")]),
    ],
)  # fmt: skip
def test_a_name_with_its_initials_in_brackets(parent, child, expected):
    assert [r for r in fact_rows(parent, child) if "WGO" in r[2]] == expected


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # initials of another language, then the body's name in apposition: one body, one row
        ("Ghana and a member of KWTF, the Kivu and Tana Tea Federation, may be invited, he said.",
         "Ghana may be invited, he said.", [("name", "cut", "KWTF")]),
        # guard: a place in a compound after the initials ("the Tana-based ...") is no apposition
        ("Ghana and KWTF, the Tana-based tea federation, may be invited, he said.",
         "Ghana may be invited, he said.", [("name", "cut", "KWTF"), ("name", "cut", "Tana")]),
        # guard: a body listed after initials without "the" is another body
        ("Ghana, KWTF, Kivu Growers Union may be invited, he said.",
         "Ghana may be invited, he said.", [("name", "cut", "KWTF"), ("name", "cut", "Kivu Growers Union")]),
    ],
)  # fmt: skip
def test_a_body_in_apposition_after_initials(parent, child, expected):
    assert fact_rows(parent, child) == expected


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # round 45's kind: an office named after its department, held by the office under the
        # department's initials after the country's
        ("The U.S. Fisheries Secretary told a hearing the USDF quota should stay at 40,000 tonnes.",
         "The USDF secretary said the quota should stay at 40,000 tonnes, aides said.", []),
        # guard: the initials alone, no office after them, hold no secretary
        ("The U.S. Fisheries Secretary told a hearing the USDF quota should stay at 40,000 tonnes.",
         "The USDF said the quota should stay at 40,000 tonnes, aides said.",
         [("name", "cut", "U.S. Fisheries Secretary")]),
    ],
)  # fmt: skip
def test_an_office_under_its_departments_initials(parent, child, expected):
    assert fact_rows(parent, child) == expected
