"""Round 49 of the fact changes (benchmarks/family_round49.md): the false kinds of round 49 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

import pandas as pd

from conftest import fact_rows
from corpus_tools.variants.name_spans import name_spans
from corpus_tools.variants.other_writings import a_part_held, initials_given_held, people_of_place_held


def _fact_rows(first: str, later: str) -> pd.DataFrame:
    return fact_rows(first, later, ["1991-05-10", "1991-05-14"], "Port works")


_REST = (
    " The dockers' council said almost every shipping line would be hit and the stoppage would "
    "spread to the rail yards if the port board went ahead with its plan to cut the night shifts."
)


def _rows(fa: pd.DataFrame) -> str:
    return fa[["kind", "change", "before", "after"]].to_string()


def test_a_french_name_runs_over_de_la_and_et_des() -> None:
    # "Rene de la Serre", "Banque du Batiment et des Travaux Publics" (round 49): one name each
    spans = [
        t for _, t in name_spans("Deputy head Luc de la Marre said <Caisse du Port et des Ecluses> would go.")
    ]
    assert "Luc de la Marre" in spans and "Caisse du Port et des Ecluses" in spans, spans
    spans = [t for _, t in name_spans("The sale of Credit Rural et Maritime Prive ends, Jean du Mont said.")]
    assert "Credit Rural et Maritime Prive" in spans and "Jean du Mont" in spans, spans
    # a name after "and" stays apart; lower-case "et al" joins nothing
    assert [t for _, t in name_spans("Hals et al. met Ward and Lee")] == ["Hals", "Ward", "Lee"]


def test_a_french_name_cut_is_one_row_not_its_pieces() -> None:
    fa = _fact_rows(
        "Caisse Maritime will split its shares before its sale at the end of the month, deputy head "
        "Luc de la Marre said. The sale of <Caisse du Port et des Ecluses> ends this month." + _REST,
        "Caisse Maritime has split its shares before its sale at the end of the month, an official "
        "said. The share price will be set on May 20." + _REST,
    )
    cut = set(fa[fa.change == "cut"].before)
    assert {"Luc de la Marre", "Caisse du Port et des Ecluses"} <= cut, _rows(fa)
    assert not cut & {"Luc", "Marre", "Caisse du Port", "Ecluses"}, _rows(fa)


def test_one_third_and_a_third_are_one_number() -> None:
    fa = _fact_rows(
        "Dockers will strike for a week in Belport against a law that would cut by up to one third "
        "the night pay of port workers." + _REST,
        "Dockers have begun a week of strikes in Belport against a law that would cut the night pay "
        "of port workers by up to a third." + _REST,
    )
    assert "one third" not in set(fa.before), _rows(fa)
    assert a_part_held("1/4", "nearly a quarter of the staff") and not a_part_held(
        "1/3", "sold to a third party"
    )


def test_one_third_against_a_third_party_is_still_cut() -> None:
    fa = _fact_rows(
        "Dockers will strike for a week in Belport against a law that would cut by up to one third "
        "the night pay of port workers." + _REST,
        "Dockers have begun a week of strikes in Belport against a law that would hand the night "
        "shifts to a third party." + _REST,
    )
    assert "one third" in set(fa.before), _rows(fa)


def test_a_name_given_with_its_initials_is_held_by_the_initials() -> None:
    fa = _fact_rows(
        "Norwick Data said its unit will join a Leeds partnership to run a freight booking "
        "system, named Cargo Open Slot Trading, or COST, over its own network." + _REST,
        "Norwick Data and the Leeds partnership said they have built COST, a freight booking "
        "system that will run over the Norwick Beacon network." + _REST,
    )
    assert "Cargo Open Slot Trading" not in set(fa.before), _rows(fa)
    assert "Norwick Beacon" in set(fa.after), _rows(fa)
    # the initials must be the text's own apposition and be in the other text
    assert not initials_given_held("Cargo Open Slot Trading", "named Cargo Open Slot Trading.", "COST")
    assert initials_given_held("Port Works Board", "the Port Works Board (PWB) met", "the PWB said")


def test_a_place_and_its_people_are_one_place() -> None:
    fa = _fact_rows(
        "Premier Ann Colt said the talks with the federal government went well, and Manitoba "
        "Premier Tom Reye agreed." + _REST,
        "Premier Ann Colt said the talks with the federal government would give Manitobans a "
        "chance, speaking for 40 minutes." + _REST,
    )
    assert "Manitobans" not in set(fa.after), _rows(fa)
    assert "40" in set(fa.after), _rows(fa)
    assert people_of_place_held("Newfoundland", "Newfoundlanders will trade")
    # a people's name whose place is not in the other text stays a change, and short stems do not join
    assert not people_of_place_held("Manitobans", "the Manitou lakes")
    assert not people_of_place_held("Sand", "Ray Sanders said")
