"""The false fact kinds of round 43's update series across midnight (benchmarks/family_round43.md),
each on invented text: a capital standing for its country's government before a government's noun
("the Oslo government") while the other text names the country, a post's field joined to the name
of the person who holds it ("director for Asia Hal Brodsky"), a firm named by initials broken at
its "and" ("J K and L Lund"), one day written two ways across midnight ("today" / "this week"),
and a missed fact: a country's body after "U.S." read as a verb before "that"."""

from __future__ import annotations

import pytest
from pairs import fact_rows

from corpus_tools.variants.changes import pair_changes
from corpus_tools.variants.facts import facts
from corpus_tools.variants.initials import as_initials

_FURS = "Sweden has banned the sale of furs, its officials said."


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        # a capital before a government's noun, its country named in the other text: no row
        (f"{_FURS} The Stockholm government hopes the move will press the Copenhagen regime to follow. "
         "Denmark has made no reply.", f"{_FURS} Denmark has made no reply.", []),
        # guards: a capital as a place, and a capital's government where no country is named
        (f"{_FURS} The mission arrived in Stockholm.", _FURS, [("name", "cut", "Stockholm")]),
        ("The furs ban will hurt trade. The Stockholm government hopes the move will help.",
         "The furs ban will hurt trade.", [("name", "cut", "Stockholm")]),
        # a post's field and the person who holds it: two rows, not one name
        ("The mission, led by deputy director for Asia Hal Brodsky, will end its talks on time.",
         "The mission will end its talks on time.",
         [("name", "cut", "Asia"), ("name", "cut", "Hal Brodsky")]),
        # a firm named by initials: one row; its initials against its full name: none
        ("Tarn trader J K and L Lund said it sold two cargoes at a good price.",
         "A trader sold two cargoes at a good price.", [("name", "cut", "J K and L Lund")]),
        ("Rolland and Tarne Corp cut the rating of the bonds, it said.",
         "R and T cut the rating of the bonds, it said.", []),
        # a country's body before "that" (a missed fact)
        ("Tarnland deplored the moves on textile imports.",
         "Tarnland deplored a bill before the U.S. Congress that would curb textile imports.",
         [("name", "added", "U.S. Congress")]),
    ],
)  # fmt: skip
def test_the_name_rows_of_an_edge(parent, child, expected):
    assert [r for r in fact_rows(parent, child) if r[0] == "name"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a post's field, a region or a country, and its holder are two names
        ("The mission, led by deputy director for Asia Hal Brodsky, ended.", ["Asia", "Hal Brodsky"]),
        ("The mission, led by the minister for Iran Hal Brodsky, ended.", ["Iran", "Hal Brodsky"]),
        ("The team, led by the director for Latin America Tom Reed, left.", ["Latin America", "Tom Reed"]),
        # no title before "for", no person after the field, or a portfolio: one name, as before
        ("The bank set up the Fund for Asia Pacific Growth, Tom Reed said.",
         ["Fund for Asia Pacific Growth", "Tom Reed"]),
        ("Tom Reed, the director for Asia Pacific Operations, left.",
         ["Tom Reed", "Asia Pacific Operations"]),
        ("Tom Reed, the director for Asia Pacific Growth Fund, left.",
         ["Tom Reed", "Asia Pacific Growth Fund"]),
        ("Tom Reed, an official of the National Tarn Dockers Union, left.",
         ["Tom Reed", "National Tarn Dockers Union"]),
        # a firm named by initials is one name; two countries' initials are two
        ("Tarn trader J K and L Lund said it sold two cargoes.", ["J K and L Lund"]),
        ("The R and T chain was sold.", ["R and T"]),
        ("Talks with M and W Tarnfield Plc ended.", ["M and W Tarnfield Plc"]),
        ("The U.S. and U.K. talks ended.", ["U.S.", "U.K."]),
        # a country's body after "U.S." is no verb; a verb after it is no part of the name
        ("The bill before the U.S. Senate that would tax imports was dropped.", ["U.S. Senate"]),
        ("The U.S. Wants to cut the deficit.", ["U.S."]),
    ],
)  # fmt: skip
def test_the_names_of_a_sentence(sentence, expected):
    assert [t for k, t, _ in facts(sentence) if k == "name"] == expected


def test_joined_initials_are_the_initials_of_the_full_name():
    assert as_initials("R and T", "Rolland and Tarne Corp said")
    assert not as_initials("R and T", "Moody's said")


_TENDER = "Ruritania bought up to six cargoes of rice at a buying tender today, traders said."
_WEEK = "Ruritania bought eight cargoes of rice at a buying tender this week, traders said."


@pytest.mark.parametrize(
    ("parent", "child", "parent_day", "day", "row", "cut"),
    [
        # "today" (a Wednesday) and "this week" the next day, after the same words: one day
        (_TENDER, _WEEK, "1987-03-04", "1987-03-05", ("date", "cut", "today"), False),
        # guards: "this week" dating something else, or another week, or after other words
        (f"{_TENDER} The port opened.", "The port opened this week. Ruritania bought rice.",
         "1987-03-04", "1987-03-05", ("date", "cut", "today"), True),
        (_TENDER, _WEEK, "1987-03-06", "1987-03-09", ("date", "cut", "today"), True),
        ("The assembly was to vote today on the plan.",
         "The council was expected to approve the plan this week.",
         "1987-03-04", "1987-03-04", ("date", "cut", "today"), True),
        # a deadline new in the later text ("by tomorrow") after the earlier text's "this week"
        ("Tom Reed said it was vital to settle the open rice issues this week.",
         "Tom Reed said if the open rice issues are not settled by tomorrow he would hold talks.",
         "1987-03-11", "1987-03-12", ("date", "added", "tomorrow"), True),
        # "last week" against a day: the day is lost, a cut as before
        ("Tom Reed told reporters Friday the rice plan was sound.",
         "Tom Reed told reporters late last week that the rice plan was sound.",
         "1987-03-16", "1987-03-16", ("date", "cut", "Friday"), True),
    ],
)  # fmt: skip
def test_a_day_and_this_week_across_midnight(parent, child, parent_day, day, row, cut):
    ch = pair_changes(child, parent, published=day, parent_published=parent_day)
    rows = [(r.kind, r.change, r.before or r.after) for r in ch[ch.section == "fact"].itertuples()]
    assert (row in rows) is cut
