"""The general rules of round 4's false facts (benchmarks/family.md): a number changes only
into one that counts the same thing, a range is one number, a relative date is the absolute
one it names, an adjective is not a name, a title joined by "and" is one name. On sentences
written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from corpus_tools.variants.changes import pair_changes
from corpus_tools.variants.fact_changes import held_as_period, same_thing
from corpus_tools.variants.facts import facts


def _facts(child: str, parent: str, **kw) -> list[tuple[str, str, str]]:
    ch = pair_changes(child, parent, **kw)
    ch = ch[ch.section == "fact"]
    return list(zip(ch.change, ch.before, ch.after, strict=True))


def test_numbers_of_two_goods_are_not_one_number_changed():
    parent = "The crude materials index rose 1.8 pct in February after a 2.9 pct rise in January."
    child = "Natural gas prices rose 1.8 pct after a 4.2 pct rise in January."
    # "February" is cut too: a month alone is a date (benchmarks/family_round41.md)
    expected = [("cut", "February", ""), ("cut", "2.9 pct", ""), ("added", "", "4.2 pct")]
    assert _facts(child, parent) == expected


def test_a_number_changed_in_place_is_still_found_first():
    parent = "Two people were killed in the blast on Monday, police said.\n\nThe port was shut."
    child = "Three people were killed in the blast on Monday, police said.\n\nThe port was shut."
    assert _facts(child, parent) == [("changed", "Two", "Three")]


def test_two_sentences_carrying_both_numbers_change_nothing():
    parent = "Exports rose 5 pct in March and imports rose 7 pct."
    child = "Imports rose 7 pct in March and exports rose 5 pct."
    assert _facts(child, parent) == []


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("Two", "Three", True),
        ("5 pct", "5 mln", False),  # another unit
    ],
)
def test_same_thing_needs_the_same_unit(old, new, same):
    parent = f"Officials said {old} were lost in the flood."
    assert same_thing(parent, parent.replace(old, new), old, new) is same


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("Prices will rise 5 to 7 pct this year.", ["5-7pct"]),
        ("Prices will rise 5-7 pct this year.", ["5-7pct"]),
        ("The gap will fall by 15 billion to 20 billion dlrs.", ["15-20bln"]),
        ("The gap will fall by 15 to 20 billion dlr.", ["15-20bln"]),
        ("Growth is seen between 0.5 and 1.5 pct.", ["0.5-1.5pct"]),
        ("Rates rose from 5 to 7 pct.", ["5", "7pct"]),  # a change, not a range
        ("He sold 5-1/2 pct notes.", ["5-1/2pct"]),  # a fraction
        ("Exports rose 5 pct and imports 7 pct.", ["5pct", "7pct"]),
    ],
)
def test_a_range_is_one_number(sentence, keys):
    assert [k for kind, _, k in facts(sentence) if kind == "number"] == keys


def test_a_range_in_two_forms_is_no_change():
    parent = "Baker said he expected a 15 to 20 billion dlr drop in the deficit."
    child = "Baker said he expected the deficit to drop by 15 billion to 20 billion dlrs."
    assert _facts(child, parent) == []


def test_a_relative_date_is_the_period_it_names():
    parent = "Baker said the deficit would fall 15 to 20 billion dlrs this year."
    child = "Baker said the deficit would fall by 15 to 20 billion dlrs in 1987."
    day = "1987-03-26T10:00:00"
    assert _facts(child, parent, published=day, parent_published=day) == []
    # without the days of writing "this year" names no year: 1987 is added
    assert _facts(child, parent) == [("added", "", "1987")]
    # another year is a change
    assert _facts(child.replace("1987", "1988"), parent, published=day, parent_published=day) == [
        ("added", "", "1988")
    ]


@pytest.mark.parametrize(
    ("form", "other", "day", "other_day", "sentence", "held"),
    [
        ("Tuesday", "The talks resumed today.", date(1987, 6, 2), date(1987, 6, 2), "", True),
        ("Tuesday", "The talks resumed today.", date(1987, 6, 19), date(1987, 6, 2), "", False),
        ("May 21", "They met yesterday.", date(1987, 5, 22), date(1987, 5, 22), "", True),
        # a year in a sentence the other text does not state: "last year" elsewhere is no match
        (
            "1986",
            "It mined 2.2 mln tons last year.",
            date(1987, 6, 2),
            date(1987, 6, 15),
            "Sales were 356 mln in 1986.",
            False,
        ),
    ],
)
def test_held_as_period(form, other, day, other_day, sentence, held):
    assert held_as_period(form, other, day, other_day, sentence) is held


def test_an_adjective_is_not_a_name():
    parent = (
        "Baker said that he opposes a Federal tax increase to help reduce the budget deficit.\n\n"
        "The Federal Reserve was not asked, he told Oman."
    )
    child = "Baker said that he opposes any new taxes.\n\nThe plan was discussed."
    cut = [b for c, b, _ in _facts(child, parent) if c == "cut"]
    assert cut == ["Federal Reserve", "Oman"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "He met Posts and Telecommunications Minister Shunjiro Karasawa on Friday.",
            ["Posts and Telecommunications Minister Shunjiro Karasawa"],
        ),
        (
            "He saw the Trade and Industry Secretary Paul Channon.",
            ["Trade and Industry Secretary Paul Channon"],
        ),
        # a person and a titled person are two names
        (
            "He met Poehl and CDU Finance Minister Gerhard Stoltenberg.",
            ["Poehl", "CDU Finance Minister Gerhard Stoltenberg"],
        ),
        ("Talks between Japan and France ended.", ["Japan", "France"]),
    ],
)
def test_a_title_joined_by_and_is_one_name(sentence, names):
    assert [t for kind, t, _ in facts(sentence) if kind == "name"] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # an institution's name over "and"
        (
            "Dart will file with the Securities and Exchange Commission.",
            ["Securities and Exchange Commission"],
        ),
        # a name ends where a date begins
        ("The company met Dayton Hudson Thursday night.", ["Dayton Hudson"]),
    ],
)
def test_names_of_round_five(sentence, names):
    assert [t for kind, t, _ in facts(sentence) if kind == "name"] == names


def test_a_person_under_a_title_after_the_full_name_is_one_fact():
    parent = (
        "Dart declined to comment.\n\n"
        "The company met Minnesota governor Rudy Perpich. A spokesman for Governor Perpich said so."
    )
    child = "Dart declined to comment."
    assert _facts(child, parent) == [("cut", "Minnesota", ""), ("cut", "Rudy Perpich", "")]


def test_an_adverb_starting_a_quotation_is_not_part_of_a_name():
    parent = (
        'Dart bought Dayton Hudson stock.\n\n"Obviously Dayton-Hudson people feel unprotected," Vanasek said.'
    )
    child = "Dart bought Dayton Hudson stock."
    assert _facts(child, parent) == [("cut", "Vanasek", "")]


@pytest.mark.parametrize(
    ("old", "new"), [("Monday", "Tuesday"), ("May 1", "May 6"), ("12.5 pct", "13.5 pct")]
)
def test_a_date_or_number_changed_in_place(old, new):
    parent = f"The talks resumed on {old} in Geneva, officials said."
    assert _facts(parent.replace(old, new), parent) == [("changed", old, new)]


def test_a_decade_is_not_the_year_it_starts_with():
    parent = "The bank lent heavily to the region in the early 1980s, its president said."
    child = "The bank lent heavily to the region in the early 1980s, the bank's president said."
    assert _facts(child, parent) == []
    assert [f for f in facts("Lending fell in the 1980s.") if f[0] == "date"] == [("date", "1980s", "1980s")]


def test_a_number_word_inside_a_compound_is_held():
    parent = "The company makes a two-passenger helicopter in Texas."
    child = "The company makes a helicopter for two passengers in Texas."
    assert _facts(child, parent) == []
    # a compound is held, not a number fact of its own: "two" -> "three" in place is still found
    assert _facts("Three people were hurt in the crash.", "Two people were hurt in the crash.") == [
        ("changed", "Two", "Three")
    ]


def test_a_rank_before_an_institution_the_other_text_names_is_no_new_name():
    parent = "Officials at the state department said the visit was set for next week."
    child = "Deputy State Department spokesman Paul Hale said the visit was set for next week."
    assert _facts(child, parent) == [("added", "", "Paul Hale")]


def test_a_range_with_and_without_its_unit_is_one_number():
    parent = "The company will offer rebates of 2.5 to 7.5 on its new models, it said."
    child = "The company will offer rebates of 2.5 pct to 7.5 pct on its new models, it said."
    assert _facts(child, parent) == []


def test_the_last_day_of_a_date_range_is_a_day():
    parent = "The survey of 800 voters, taken between May 3 and 5, was published on Sunday."
    child = "The survey of 800 voters was published on Sunday."
    # cut, both days are gone (benchmarks/family_round12.md, round 26, round 35); added, the end is
    # one span with its first day (round 44: tests/test_changes_round44.py)
    assert _facts(child, parent) == [("cut", "May 3", ""), ("cut", "May 5", "")]
    # the same range written two ways is no change
    assert _facts("The talks are set for May 3 to 5.", "The talks are set for May 3-5.") == []


def test_two_companies_joined_by_and_are_two_names():
    parent = "Dealers said Acme Widget Co and Brandt Tools Co fell."
    child = "Dealers said shares fell."
    assert _facts(child, parent) == [("cut", "Acme Widget Co", ""), ("cut", "Brandt Tools Co", "")]


def test_a_state_abbreviation_and_a_company_s_initials_are_held():
    parent = "KMP workers at the plant in Lincoln City, Neb., voted to strike."
    child = "Workers at Kettle Meat Packers Inc Lincoln City plant in Nebraska voted to strike."
    assert _facts(child, parent) == []
    assert _facts(parent, child) == []


def test_a_participle_starting_a_sentence_is_no_name():
    parent = "Striking Chilean dockers met the owners on Monday, a union official said."
    child = "Chilean dockers met the owners on Monday, a union official said."
    assert _facts(child, parent) == []


def test_a_government_named_by_its_country_and_a_teen_number():
    parent = "The loan from Kenya will build roads, the ministry said. The board has fifteen seats."
    child = "The loan from the Kenyan Government will build roads, the ministry said."
    assert _facts(child, parent) == [("cut", "fifteen", "")]


def test_round_nine_kinds():
    # a name "X of the Y" is one name; a digit inside a garbled word is no number
    sentence = "He cited the Law of the Sea and the Treaty of Rome."
    assert [t for k, t, _ in facts(sentence) if k == "name"] == ["Law of the Sea", "Treaty of Rome"]
    assert [f for f in facts("It values the entire grop_j9culd at 12 dlrs.") if f[0] == "number"] == [
        ("number", "12 dlrs", "12dlrs")
    ]
    # a state abbreviation that is also an English word
    parent = "It will buy two nursing homes in Mass. for 29 mln dlrs."
    assert _facts("It will buy two nursing homes in Massachusetts for 29 mln dlrs.", parent) == []


def test_round_ten_and_eleven_kinds():
    # a lawmaker's party and state written two ways
    parent = "Rep. Ann Vogel, an Ohio Democrat, backed the bill on Monday."
    assert _facts("Rep. Ann Vogel, D-OH., backed the bill on Monday.", parent) == []
    # a clock time is one time, not numbers and a name; a title capitalised inside a sentence is no day
    # the clock is a time, not three facts, and its GMT form in brackets the same moment (round 32)
    assert facts("The strike began at 12:01 A.M. (0401 GMT) on Monday, the union said.") == [
        ("date", "Monday", "monday"),
    ]
    assert [f for f in facts("He spoke on the Today show on Tuesday.") if f[0] == "date"] == [
        ("date", "Tuesday", "tuesday")
    ]
    # a quotation's first words are no name; a surname of two words after the full name is no new name
    quote = 'He said, "Expansion of the ECU market is welcome."'
    assert [t for k, t, _ in facts(quote) if k == "name"] == ["ECU"]
    parent = "Talks went on in La Paz on Monday."
    child = (
        "President Victor Paz Estenssoro met miners. Paz Estenssoro said talks went on in La Paz on Monday."
    )
    assert _facts(child, parent) == [("added", "", "President Victor Paz Estenssoro")]
