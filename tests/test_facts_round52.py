"""Round 52 of the fact changes (benchmarks/family_round52.md): the false kinds of round 52 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.facts import lowercase_words, proper_words
from corpus_tools.variants.name_facts import names
from corpus_tools.variants.written_again import capital_verb, month_year_held, quarter_months_held

#: the two days (eight apart, as round 52's nine-day search) and the headline of the invented series
DAYS, HEADLINE = ["1991-05-06", "1991-05-14"], "Tarvia trade surplus"

#: the parent of the invented series: a minister on his country's trade surplus
PARENT = (
    "Tarvia's trade surplus is growing too fast and the government will act to slow it, Finance"
    " Minister Ivo Brannic said. He said the government does not want the crown to rise too fast."
    " The U.S. Wants Tarvia to cut its trade surplus with the U.S., which rose to 3.1 billion dlrs in"
    " 1990. Exports rose 22 pct to 4.17 billion dlrs in the first three months of this year, the"
    " trade ministry said. In January 1991 the government fixed the crown at six to the dollar."
)


def _names(sentence: str, text: str) -> list[str]:
    return [t for _, _, t, _ in names(sentence, [], proper_words(text), lowercase_words(text))]


def test_a_verb_capitalised_after_initials_is_no_part_of_a_name() -> None:
    s = "The U.S. Wants Tarvia to cut its trade surplus."
    assert sorted(_names(s, s + " It does not want a trade war.")) == ["Tarvia", "U.S."]
    # with no lower-case stem in the texts, or a firm after it, the run stays as it is
    assert _names(s, s) == ["U.S. Wants Tarvia"]
    assert capital_verb(["U.S.", "Wants", "Tarvia"], {"want"})
    assert not capital_verb(["U.S.", "Lines", "Inc"], {"line"})
    assert not capital_verb(["U.S.", "Growers", "Association"], {"grower"})
    assert not capital_verb(["U.S.", "Class", "Tarvia"], {"clas"})


def _later(exports: str, day: str) -> str:
    """The later text of the invented series: its exports sentence, and the day the float ended."""
    return (
        "Tarvia has decided on policy changes to slow the growth of its trade surplus, Finance"
        f" Minister Ivo Brannic said. {exports} The government has fixed the crown at six to the dollar"
        f" since it ended the float on {day}. Tarvia is under U.S. pressure to cut its trade surplus,"
        " which rose to 3.1 billion dlrs in 1990."
    )


def test_round52_shapes_are_no_fact_changes() -> None:
    later = _later("First quarter exports rose 24 pct to 4.5 billion dlrs.", "January 22")
    fa = fact_rows(PARENT, later, DAYS, HEADLINE)
    cut = set(fa[fa.change == "cut"].before)
    assert cut == {"22 pct", "4.17 billion"}, fa.to_string()
    added = set(fa[fa.change == "added"].after)
    assert added == {"24 pct", "4.5 billion", "January 22"}, fa.to_string()


def test_the_same_shapes_stay_changes_where_the_other_text_lacks_them() -> None:
    fa = fact_rows(
        PARENT, _later("Exports rose 24 pct to 4.5 billion dlrs in May.", "February 22"), DAYS, HEADLINE
    )
    cut = set(fa[fa.change == "cut"].before)
    assert {"three", "1991"} <= cut, fa.to_string()
    assert not any("Wants" in t for t in cut), fa.to_string()


def test_month_year_and_quarter_rules_read_their_own_shapes() -> None:
    from datetime import date

    assert month_year_held("1991", "In March 1991 it closed.", "It closed on March 3.", date(1991, 5, 1))
    # the other text's day given with another year, or a year with no month before it: not held
    assert not month_year_held("1991", "In March 1991 it closed.", "on March 3, 1990", date(1991, 5, 1))
    assert not month_year_held("1991", "Sales in 1991 rose.", "It closed on March 3.", date(1991, 5, 1))
    assert quarter_months_held("three", "in the past three months", "in the latest quarter")
    assert not quarter_months_held("three", "three months ago", "in the first quarter")
    assert not quarter_months_held("four", "the first four months", "in the first quarter")
