"""A body in one wire story and its spokesman in the next are one speaker for survival (round 38,
branch survival38, ``benchmarks/survival38.md``): the check series' 18186+18389 (a company relabelled
as its own spokesman) and 13052+13287 (a company's named spokesman dropped while the company speaks).
Invented texts of the same shapes (other bodies, people, figures and words); each behaviour test
fails on the base ``c09f424``; the guards pass on both."""

from __future__ import annotations

import pytest
from pairs import survival_fates

from corpus_tools.attribution.body_voices import voiced_body

# the union by its name, then its unnamed spokesman on the same proposal
_DOCKERS = (
    "Dutch port employers will be asked next month to fund early retirement for 3,000 dockers.\n"
    "    A spokesman for Havenbond, the dockers' trade union, said the plan seeks pensions for 2,000\n"
    "men in Rotterdam and Amsterdam. Some 1,000 more would be retrained for warehouse work.\n"
    "    Havenbond said the pensions would cost 300 mln guilders over five years.\n"
)
_DOCKERS_LATER = (
    "Dutch port employers today considered a plan to fund early retirement for 3,000 dockers.\n"
    "    A spokesman for Havenbond said the plan seeks pensions for 2,000 men in Rotterdam and\n"
    "Amsterdam, while 1,000 more would be retrained for warehouse work.\n"
)


def test_a_body_told_by_its_spokesman_is_kept():
    rows = survival_fates(_DOCKERS, _DOCKERS_LATER)
    assert rows["Havenbond"] == ("kept", "")


# a company, then "a spokesman for <the company> Inc." on its price cut
_REFINER = (
    "Borealis Petroleum cut its posted price for heavy crude by 50 cts a barrel today.\n"
    "    Borealis Petroleum Co said the cut reflected lower demand from Gulf Coast refiners.\n"
)
_REFINER_LATER = (
    "Borealis Petroleum Inc cut its posted heavy crude price by 50 cts a barrel.\n"
    "    A spokesman for Borealis Petroleum Inc. said the cut reflected weaker demand from Gulf\n"
    "Coast refiners.\n"
)


def test_a_company_told_by_its_spokesman_with_its_suffix_is_kept():
    rows = survival_fates(_REFINER, _REFINER_LATER)
    assert rows["Borealis Petroleum Co"][0] == "kept"


# another body's spokesman is not the body (a guard: passes on both)
_OTHER = (
    "Borealis Petroleum cut its posted price for heavy crude by 50 cts a barrel today.\n"
    "    Borealis Petroleum Co said the cut reflected lower demand from Gulf Coast refiners.\n"
)
_OTHER_LATER = (
    "Crude prices fell in Houston trading.\n"
    "    A spokesman for Meridian Oil said demand from Gulf Coast refiners was weaker this month.\n"
)


def test_another_bodys_spokesman_is_not_the_body():
    rows = survival_fates(_OTHER, _OTHER_LATER)
    assert rows["Borealis Petroleum Co"][0] != "kept"


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("A spokesman for Havenbond, the dockers' trade union", "Havenbond"),
        ("spokesman for Borealis Petroleum Inc.", "Borealis Petroleum Inc."),
        ("Tarrant spokesman Jan Pieters", "Tarrant"),
        ("a Havenbond spokeswoman", "Havenbond"),
        ("a spokesman for the union", ""),
        ("Havenbond", ""),
        ("A spokesman at the national strike headquarters in Rio", ""),
    ],
)
def test_voiced_body(label, body):
    assert voiced_body(label) == body


# bare "officials" of one maker, then bare "officials" of another on something else (issue 22's rule;
# its one known case is a held-out row, HELD_OUT_37's 627+1539): no identity a reader can check
_MAKER = (
    "Tatra Motors will begin selling its small trucks in Canada next year, its chairman said.\n"
    "    The company is aiming at farmers who want a light diesel truck, officials said.\n"
)
_MAKER_LATER = (
    "Truck makers are hoping for new sales in Canada this year.\n"
    "    Volvo's Canadian unit sold about 4,000 heavy trucks there last year, officials said.\n"
)


def test_bare_officials_of_another_story_are_not_quoted_on_something_else():
    rows = survival_fates(_MAKER, _MAKER_LATER)
    assert rows["officials"] == ("dropped", "")


# a guard (passes on both): officials told by whose they are stay the same officials
_MAKER_NAMED = _MAKER.replace("officials said", "Tatra officials said")
_MAKER_NAMED_LATER = _MAKER_LATER.replace("officials said", "Tatra officials said").replace(
    "Volvo's Canadian unit sold", "Tatra's dealers sold"
)


def test_officials_named_by_their_body_stay_quoted_on_something_else():
    rows = survival_fates(_MAKER_NAMED, _MAKER_NAMED_LATER)
    assert rows["Tatra officials"][0] == "kept_other_statement"
