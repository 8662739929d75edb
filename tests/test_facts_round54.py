"""Round 54 of the fact changes (benchmarks/family_round54.md): the false kinds of round 54 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.facts import lowercase_words, proper_words
from corpus_tools.variants.first_word_body import first_word_held
from corpus_tools.variants.lower_case_body import lower_case_body_held
from corpus_tools.variants.name_facts import names

#: the two days (thirteen apart, as round 54's fourteen-day search) and the headline of the series
DAYS, HEADLINE = ["1991-05-06", "1991-05-19"], "Tarvia flood aid bill"

#: the parent of the invented series: a chamber passes a flood aid bill, an adviser objects
PARENT = (
    "The Chamber of Deputies approved a bill to let Tarvian barley growers hit by floods last year receive"
    " 90 pct of their support payments. The bill would also aid about 300 growers along the Varna and"
    " Orlik Rivers who could not plant. Ana Petrel, head of the premier's council of farm advisors, said"
    " the bill was too costly."
)


def _later(chamber: str, council: str) -> str:
    """The later text of the invented series: the senators' changes, the chamber and the council."""
    return (
        f"Senators are weighing changes to a flood aid bill already passed by {chamber}, aides said. The"
        " bill would let Tarvian barley growers hit by floods last year receive 90 pct of their support"
        f" payments. Ana Petrel, head of {council}, said the changes would cost more."
    )


def _names(sentence: str) -> list[str]:
    return [t for _, _, t, _ in names(sentence, [], proper_words(sentence), lowercase_words(sentence))]


def test_round54_shapes_are_no_fact_changes() -> None:
    fa = fact_rows(PARENT, _later("the Chamber", "the Palace Council of Farm Advisers"), DAYS, HEADLINE)
    # the chamber named by its first word ("the Chamber") and the council written in lower case in
    # the parent ("the premier's council of farm advisors") are no rows; the second river is its
    # own name in the singular, not "Orlik Rivers" (the base gave those three rows so)
    assert set(fa[fa.change == "cut"].before) == {"300", "Varna", "Orlik River"}, fa.to_string()
    assert set(fa[fa.change == "added"].after) == set(), fa.to_string()


def test_the_same_shapes_stay_changes_where_the_other_text_lacks_them() -> None:
    fa = fact_rows(
        PARENT, _later("the Chamber Farm Committee", "the Palace Council of Trade Advisers"), DAYS, HEADLINE
    )
    assert "Chamber of Deputies" in set(fa[fa.change == "cut"].before), fa.to_string()
    assert "Palace Council of Trade Advisers" in set(fa[fa.change == "added"].after), fa.to_string()


def test_a_body_by_its_first_word() -> None:
    assert first_word_held("Chamber of Deputies", "passed by the Chamber, aides said")
    assert first_word_held("House of Representatives", "The House voted 300-100 for it.")
    # another body beginning with the same word, or the word before "of"
    assert not first_word_held("Chamber of Deputies", "the Chamber of Commerce said")
    assert not first_word_held("Chamber of Deputies", "the Chamber Farm Committee said")
    assert not first_word_held("Chamber of Deputies", "a Chamber vote")
    assert not first_word_held("Port Authority", "the Port said")  # no "of": not this shape


def test_a_body_in_lower_case() -> None:
    assert lower_case_body_held("Palace Council of Farm Advisers", "the premier's council of farm advisors")
    assert lower_case_body_held("Board of Trade", "the board of trade said")
    assert not lower_case_body_held("Board of Trade", "the board said trade fell")
    assert not lower_case_body_held("Palace Council of Farm Advisers", "the council of farm workers")


def test_two_names_sharing_a_plural_head() -> None:
    assert _names("About 300 growers along the Varna and Orlik Rivers could not plant.") == [
        "Varna",
        "Orlik River",
    ]
    # a plural that is the name itself, and a plural head after no "and": left as they are
    assert _names("Snow fell on the Rocky and Appalachian Mountains today.") == [
        "Rocky",
        "Appalachian Mountains",
    ]
    assert _names("Barges sailed up the Orlik Rivers today.") == ["Orlik Rivers"]
