"""Round 53 of the fact changes (benchmarks/family_round53.md): the false kinds of round 53 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.facts import lowercase_words, proper_words
from corpus_tools.variants.name_facts import names
from corpus_tools.variants.written_shorter import (
    day_dropped_held,
    owner_before_adjective,
    owner_named_before,
    rounded_decimal_held,
)

#: the two days (eleven apart, as round 53's twelve-day search) and the headline of the invented series
DAYS, HEADLINE = ["1991-05-06", "1991-05-17"], "Tarvia crown auction"

#: the parent of the invented series: a central bank's new auction rules, and a union's threat
PARENT = (
    "Tarvia's central bank has changed the rules of its currency auctions to defend the crown. Banks"
    " will pay the rate they bid from May 17, the bank said. The crown has fallen 41 pct since the"
    " auctions, known as the Crown Window, began last October 12. At last week's session the crown"
    " was fixed at 6.0 to the dollar."
    " The Dockers' Federation of Tarvia said it may strike. Ivo Brannic, head of the Dockers' Tarvian"
    " branch, said a strike was certain."
)


def _later(rate: str, began: str, union: str) -> str:
    """The later text of the invented series: its rate, the auctions' start and the union's words."""
    return (
        "The Tarvian crown firmed after the central bank changed the rules of its currency auctions to"
        " defend the crown. Banks will pay the rate they bid from May 17, the bank said. The rate set at"
        " the auction, the first closed to the press since the sessions began"
        f" {began}, was 5.4102 to the dollar, against {rate} at the last session. {union}"
    )


def _names(sentence: str, text: str) -> list[str]:
    return [t for _, _, t, _ in names(sentence, [], proper_words(text), lowercase_words(text))]


def test_round53_shapes_are_no_fact_changes() -> None:
    fa = fact_rows(PARENT, _later("6.0031", "last October", "Dock work went on."), DAYS, HEADLINE)
    cut = set(fa[fa.change == "cut"].before)
    # the rate rounded ("6.0" / "6.0031"), the day dropped ("last October 12" / "last October") and
    # the union's owner before its branch's adjective ("Dockers' Tarvian") are gone
    assert cut == {"41 pct", "Crown Window", "Dockers' Federation of Tarvia", "Ivo Brannic"}, fa.to_string()
    added = set(fa[fa.change == "added"].after)
    assert added == {"5.4102"}, fa.to_string()


def test_the_same_shapes_stay_changes_where_the_other_text_lacks_them() -> None:
    fa = fact_rows(PARENT, _later("6.04", "in the autumn", "Dock work went on."), DAYS, HEADLINE)
    cut = set(fa[fa.change == "cut"].before)
    # "6.0" against "6.04" is a change of rate, and no month is left of "October 12"
    assert {"6.0", "October 12"} <= cut, fa.to_string()
    assert "6.04" in set(fa[fa.change == "added"].after), fa.to_string()


def test_the_owner_of_a_possessive_before_an_adjective_is_the_name() -> None:
    s = "Ivo Brannic, head of the Dockers' Tarvian branch, said a strike was certain."
    assert _names(s, s) == ["Ivo Brannic", "Dockers"]
    # a capital after the adjective ("Tarvian Branch said"): the run is left as it is
    assert owner_before_adjective(["Dockers'", "Tarvian"], "Dockers' Tarvian", " Branch said") == (
        ["Dockers'", "Tarvian"],
        "Dockers' Tarvian",
    )
    assert owner_before_adjective(["Royal", "Dutch"], "Royal Dutch", " shares rose") == (
        ["Royal", "Dutch"],
        "Royal Dutch",
    )
    fed = [("s", "name", "Dockers' Federation of Tarvia", "cut")]
    assert owner_named_before("Dockers", s, fed)
    assert not owner_named_before("Dockers", "The Dockers said no.", fed)
    assert not owner_named_before("Dockers", s, [("s", "name", "Porters' Federation", "cut")])
    # a person's title after the place: "Tarvia's Lo" names the country too
    assert not owner_named_before(
        "Tarvia", "Tarvia's Lo said", [("s", "name", "Tarvia Premier Ann Lo", "cut")]
    )


def test_rounded_decimal_and_dropped_day_read_their_own_shapes() -> None:
    assert rounded_decimal_held("6.0", "fixed at 6.0031 to the dollar")
    assert rounded_decimal_held("6.0031", "fixed at 6.0 to the dollar")
    # one more decimal only, a real move, or a number with no decimal: not held
    assert not rounded_decimal_held("6.0", "fixed at 6.03 to the dollar")
    assert not rounded_decimal_held("6.0", "fixed at 6.0400 to the dollar")
    assert not rounded_decimal_held("6", "fixed at 6.0031 to the dollar")
    assert day_dropped_held("October 12", "They began last October 12.", "Sessions began last October.")
    # other words before the month, or another day of that month in the other text: not held
    assert not day_dropped_held("October 12", "They began last October 12.", "Prices rose in October.")
    assert not day_dropped_held("October 12", "They began last October 12.", "It began last October 3.")
