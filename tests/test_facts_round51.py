"""Round 51 of the fact changes (benchmarks/family_round51.md): the false kinds of round 51 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.coordinated_kinds import coordinated_kind_held
from corpus_tools.variants.facts import holds, lowercase_words, proper_words
from corpus_tools.variants.name_facts import names
from corpus_tools.variants.party_titles import party_word_cut
from corpus_tools.variants.state_initials import dotted_state_held

#: the two days (six apart, as round 51's seven-day search) and the headline of the invented series
DAYS, HEADLINE = ["1991-05-06", "1991-05-12"], "Quarry purchase"


def test_a_name_kept_with_its_kind_coordinated_is_held() -> None:
    lower = {"copper", "mine", "said", "the"}
    assert coordinated_kind_held("varna copper mine", "the varna gold and copper mine", lower)
    assert coordinated_kind_held("varna copper mine", "the varna gold, silver or copper mine", lower)
    # no coordination, another head, or a last word no text writes in lower case: not held
    assert not coordinated_kind_held("varna copper mine", "varna said the copper mine", lower)
    assert not coordinated_kind_held("varna copper mine", "the tolna gold and copper mine", lower)
    assert not coordinated_kind_held("varna copper mine", "the varna gold and copper mine", {"copper"})


def test_a_field_named_again_with_a_second_kind_is_no_cut() -> None:
    # "the Broussard Gas Field" / "the Broussard oil and gas field" (round 51): one field
    fa = fact_rows(
        "Orvan Corp said it agreed to buy a 35 pct interest in the Kessel Gas Field in western Texas"
        " from Dunley Oil Co for about 14.5 mln dlrs in cash. Orvan is 80 pct owned by Helm Group.",
        "Orvan Corp said it closed the purchase of a 35 pct interest in the Kessel oil and gas field"
        " from Dunley Oil Co for about 14.5 mln dlrs in cash. The field is in western Texas.",
        DAYS,
        HEADLINE,
    )
    cut = set(fa[(fa.kind == "name") & (fa.change == "cut")].before)
    assert cut == {"Helm Group"}, fa.to_string()
    # a field the child does not name at all is still cut
    fa = fact_rows(
        "Orvan Corp said it agreed to buy a 35 pct interest in the Kessel Gas Field in western Texas"
        " from Dunley Oil Co for about 14.5 mln dlrs in cash. Orvan is 80 pct owned by Helm Group.",
        "Orvan Corp said it closed the purchase of a 35 pct interest in a Texas oil and gas field"
        " from Dunley Oil Co for about 14.5 mln dlrs in cash. The field is in western Texas.",
        DAYS,
        HEADLINE,
    )
    assert "Kessel Gas Field" in set(fa.before), fa.to_string()


def test_a_party_word_before_a_title_is_no_part_of_the_body() -> None:
    assert party_word_cut(["U.S.", "House", "Democratic"], "U.S. House Democratic", " whip Ann Roe")[1] == (
        "U.S. House"
    )
    # no title after it, or a party's own name: the run stays as it is
    assert party_word_cut(["Senate", "Republican"], "Senate Republican", " votes")[1] == "Senate Republican"
    assert party_word_cut(["Social", "Democratic"], "Social Democratic", " leader")[1] == "Social Democratic"
    s = "U.S. House Democratic leader Ann Roe said Congress should act. The House agreed."
    found = [t for _, _, t, _ in names(s, [], proper_words(s), lowercase_words(s))]
    assert "U.S. House" in found and "Ann Roe" in found, found


def test_a_body_whose_letters_are_its_own_first_word_is_not_held_as_initials() -> None:
    # "U.S. Senate" where the other text writes "U.S." (round 51): "us" is no initials of the body
    assert not holds("us rep ann roe said", "name", "us senate")
    # initials of other names still hold: "British Columbia" where the other text says "B.C."
    assert holds("the bc government said", "name", "british columbia")


def test_a_senate_leader_cut_is_the_body_and_the_person() -> None:
    shared = (
        " The plan would pay growers at least 85 pct of their support payments regardless of how"
        " much they planted, the sponsors of the plan said on the farm committee."
    )
    fa = fact_rows(
        "U.S. Senate Democratic leader Ann Roe said Congress should consider the plan." + shared,
        "U.S. Rep. Tom Vale said he would introduce a bill to apply the plan to wheat." + shared,
        DAYS,
        "Support plan",
    )
    cut = set(fa[(fa.kind == "name") & (fa.change == "cut")].before)
    assert {"U.S. Senate", "Ann Roe"} <= cut and "U.S. Senate Democratic" not in cut, fa.to_string()


def test_a_state_initials_after_a_town_are_the_state_named_in_the_other_text() -> None:
    assert dotted_state_held("N.M.", "Vell runs the Ardent Inn in Tarn Falls, N.M.", "the New Mexico board")
    # other initials, or no town before them: not held
    assert not dotted_state_held("N.M.", "Vell runs the Ardent Inn in Tarn Falls, N.M.", "the New York board")
    assert not dotted_state_held("N.M.", "N.M. Power said", "the New Mexico board")


def test_a_state_initials_added_after_a_town_is_no_row() -> None:
    # "Atlantic City, N.J." where both texts name the "New Jersey Casino Control Commission" (round 51)
    fa = fact_rows(
        "Vell Corp said the New Mexico Racing Board will rule June 2 on its request for approval"
        " of its plan to sell the track. The board ruling is the final approval needed.",
        "Vell Corp said the New Mexico Racing Board has approved its plan to sell the track,"
        " the final approval needed. Vell runs the Ardent Inn in Tarn Falls, N.M.",
        DAYS,
        "Track sale",
    )
    added = set(fa[(fa.kind == "name") & (fa.change == "added")].after)
    assert "N.M." not in added and "Tarn Falls" in added, fa.to_string()
