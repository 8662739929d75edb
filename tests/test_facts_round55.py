"""Round 55 of the fact changes (benchmarks/family_round55.md): the false kinds of round 55 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.act_names import act_joins
from corpus_tools.variants.name_particles import compound_particles
from corpus_tools.variants.name_spans import name_spans

#: the two days (fifteen apart, as round 55's sixteen-day search) and the headline of the series
DAYS, HEADLINE = ["1991-05-06", "1991-05-21"], "Tarvia to watch timber trade"

#: the parent of the invented series: officials say the country may watch its timber trade
PARENT = (
    "Tarvia may begin watching timber flowing in and out of the country to see whether logs from"
    " Norland are being passed on to Vesk, officials said. Tarvian timber sales to Vesk have risen to"
    " 8.5 pct of the Vesk market this year, almost twice the level of two years ago. Some Vesk"
    " lawmakers have proposed that Tarvia's share of the market be held to 4.5 pct."
)

#: the later text: the minister announces it, under a law holding "and", a chairman with "van den"
LATER = (
    "Tarvia will watch timber flowing in and out of the country, Trade Minister Jan van den Berg said."
    " He told parliament he will soon amend the Exports and Imports Permits Act to set up the plan."
    " Tarvian timber sales to Vesk have risen to 8.5 pct of the Vesk market this year, almost twice"
    " the level of two years ago. Some Vesk lawmakers have proposed that Tarvia's share of the market"
    " be held to 4.5 pct."
)


def test_round55_shapes_are_one_name_each() -> None:
    fa = fact_rows(PARENT, LATER, DAYS, HEADLINE)
    # the base gave "Trade Minister Jan", "Berg", "Exports" and "Imports Permits Act" added (the name
    # cut at its particle, the law at its "and"): the minister and the law are each one added name
    assert set(fa[fa.change == "cut"].before) == {"Norland"}, fa.to_string()
    assert set(fa[fa.change == "added"].after) == {
        "Trade Minister Jan van den Berg",
        "Exports and Imports Permits Act",
    }, fa.to_string()


def test_a_name_with_a_compound_particle() -> None:
    assert [t for _, t in name_spans("Chairman Otto von der Heide told the meeting.")] == [
        "Chairman Otto von der Heide"
    ]
    assert compound_particles("Jan van den Berg and Ria van der Wal; a van driver") == ["van den", "van der"]
    # a one-word particle was joined before; a word after "van" that is no particle is left alone
    assert [t for _, t in name_spans("Ludwig van Beethoven and Rene de la Serre met.")] == [
        "Ludwig van Beethoven",
        "Rene de la Serre",
    ]
    assert [t for _, t in name_spans("A Berg van drove to Orlik today.")] == ["A Berg", "Orlik"]


def test_a_law_whose_name_holds_and() -> None:
    assert [t for _, t in name_spans("She will amend the Exports and Imports Permits Act soon.")] == [
        "She",
        "Exports and Imports Permits Act",
    ]
    # a run of three words before "and" is another law; an article between; no act
    assert [t for _, t in name_spans("repeal of the Windfall Profits Tax and Fuel Use Act now")] == [
        "Windfall Profits Tax",
        "Fuel Use Act",
    ]
    assert [t for _, t in name_spans("Tarvia and the Clean Air Act")] == ["Tarvia", "Clean Air Act"]
    assert act_joins("Exports", "Imports Permits Act")
    assert not act_joins("Ottawa", "Quebec City")
    assert not act_joins("U.S.", "Trade Act")
    assert not act_joins("Exports", "Act")
