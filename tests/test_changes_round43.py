"""The false fact kinds of round 43's update series across midnight (benchmarks/family_round43.md),
each on invented text: a capital standing for its country's government before a government's noun
("the Oslo government") while the other text names the country, a post's field joined to the name
of the person who holds it ("director for Asia Hal Brodsky"), a firm named by initials broken at
its "and" ("J K and L Lund"), and one day written two ways across midnight ("today" / "this week")."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.changes import pair_changes
from corpus_tools.variants.facts import facts
from corpus_tools.variants.initials import as_initials


def _names(parent: str, child: str) -> list[tuple[str, str, str]]:
    return [r for r in fact_rows(parent, child) if r[0] == "name"]


def _dated_rows(parent: str, child: str, parent_day: str, day: str) -> list[tuple[str, str, str]]:
    ch = pair_changes(child, parent, published=day, parent_published=parent_day)
    ch = ch[ch.section == "fact"]
    return [(r.kind, r.change, r.before or r.after) for r in ch.itertuples()]


# a capital standing for its government


def test_a_capital_before_a_governments_noun_is_no_change_where_the_country_is_named():
    rows = _names(
        "Sweden has banned the sale of furs, its officials said. The Stockholm government hopes the "
        "move will press the Copenhagen regime to follow. Denmark has made no reply.",
        "Sweden has banned the sale of furs, its officials said. Denmark has made no reply.",
    )
    assert rows == []


def test_a_capital_as_a_place_is_still_a_change():
    rows = _names(
        "Sweden has banned the sale of furs, its officials said. The mission arrived in Stockholm.",
        "Sweden has banned the sale of furs, its officials said.",
    )
    assert rows == [("name", "cut", "Stockholm")]


def test_a_capitals_government_is_still_a_change_where_the_other_text_names_no_country():
    rows = _names(
        "The furs ban will hurt trade. The Stockholm government hopes the move will help.",
        "The furs ban will hurt trade.",
    )
    assert rows == [("name", "cut", "Stockholm")]


# a post's field and its holder


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mission, led by deputy director for Asia Hal Brodsky, ended its talks.",
            ["Asia", "Hal Brodsky"],
        ),
        ("The mission, led by the minister for Iran Hal Brodsky, ended its talks.", ["Iran", "Hal Brodsky"]),
        ("The team, led by the director for Latin America Tom Reed, left.", ["Latin America", "Tom Reed"]),
    ],
)
def test_a_posts_field_and_its_holder_are_two_names(sentence, expected):
    assert [t for k, t, _ in facts(sentence) if k == "name"] == expected


def test_a_posts_field_and_its_holder_cut_give_the_person():
    rows = _names(
        "The mission, led by deputy director for Asia Hal Brodsky, will end its talks on time.",
        "The mission will end its talks on time.",
    )
    assert ("name", "cut", "Hal Brodsky") in rows
    assert not any("Asia Hal" in r[2] for r in rows)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no title before "for": one name, as before
        (
            "The bank set up the Fund for Asia Pacific Growth, Tom Reed said.",
            ["Fund for Asia Pacific Growth", "Tom Reed"],
        ),
        # a title before "for", but no person after the field: one name
        (
            "Tom Reed, the director for Asia Pacific Operations, left.",
            ["Tom Reed", "Asia Pacific Operations"],
        ),
        (
            "Tom Reed, the director for Asia Pacific Growth Fund, left.",
            ["Tom Reed", "Asia Pacific Growth Fund"],
        ),
        # a portfolio is no field: "National" starts the body's name
        (
            "Tom Reed, an official of the National Tarn Dockers Union, left.",
            ["Tom Reed", "National Tarn Dockers Union"],
        ),
    ],
)
def test_a_run_after_for_with_no_person_in_it_is_one_name(sentence, expected):
    assert [t for k, t, _ in facts(sentence) if k == "name"] == expected


# a firm named by initials


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tarn trader J K and L Lund said it sold two cargoes.", "J K and L Lund"),
        ("The R and T chain was sold.", "R and T"),
        ("Talks with M and W Tarnfield Plc ended.", "M and W Tarnfield Plc"),
    ],
)
def test_a_firm_named_by_initials_is_one_name(sentence, name):
    assert [t for k, t, _ in facts(sentence) if k == "name"][-1:] == [name]


def test_a_firm_named_by_initials_cut_is_one_row():
    rows = _names(
        "Tarn trader J K and L Lund said it sold two cargoes at a good price.",
        "A trader sold two cargoes at a good price.",
    )
    assert rows == [("name", "cut", "J K and L Lund")]


def test_two_countries_initials_stay_two_names():
    assert [t for k, t, _ in facts("The U.S. and U.K. talks ended.") if k == "name"] == ["U.S.", "U.K."]


def test_joined_initials_are_the_initials_of_the_full_name():
    assert as_initials("R and T", "Rolland and Tarne Corp said")
    assert not as_initials("R and T", "Moody's said")


def test_joined_initials_against_the_full_name_are_no_change():
    rows = _names(
        "Rolland and Tarne Corp cut the rating of the bonds, it said.",
        "R and T cut the rating of the bonds, it said.",
    )
    assert rows == []


# one day written two ways across midnight


def test_today_held_by_this_week_in_the_same_statement_of_the_next_day():
    rows = _dated_rows(
        "Ruritania bought up to six cargoes of rice at a buying tender today, traders said.",
        "Ruritania bought eight cargoes of rice at a buying tender this week, traders said.",
        "1987-03-04",
        "1987-03-05",
    )
    assert ("date", "cut", "today") not in rows
    assert ("number", "changed", "six") in rows


def test_today_is_cut_where_this_week_dates_something_else():
    rows = _dated_rows(
        "Ruritania bought up to six cargoes of rice at a buying tender today, traders said. The port opened.",
        "The port opened this week. Ruritania bought rice.",
        "1987-03-04",
        "1987-03-05",
    )
    assert ("date", "cut", "today") in rows


def test_today_is_cut_where_this_week_is_another_week():
    rows = _dated_rows(
        "Ruritania bought up to six cargoes of rice at a buying tender today, traders said.",
        "Ruritania bought eight cargoes of rice at a buying tender this week, traders said.",
        "1987-03-06",
        "1987-03-09",
    )
    assert ("date", "cut", "today") in rows


# a missed fact of round 43: a country's body before "that" read as a verb after "U.S."


def test_a_countrys_body_before_that_is_a_name():
    names = [
        t
        for k, t, _ in facts("The bill before the U.S. Senate that would tax imports was dropped.")
        if k == "name"
    ]
    assert names == ["U.S. Senate"]


def test_a_countrys_body_added_is_a_change():
    rows = _names(
        "Tarnland deplored the moves on textile imports.",
        "Tarnland deplored a bill before the U.S. Congress that would curb textile imports.",
    )
    assert ("name", "added", "U.S. Congress") in rows


def test_a_verb_after_the_us_is_still_no_part_of_the_name():
    assert [t for k, t, _ in facts("The U.S. Wants to cut the deficit.") if k == "name"] == ["U.S."]
