"""Round 48 of the fact changes (benchmarks/family_round48.md): the false kinds of round 48 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

import pandas as pd

from conftest import fact_rows
from corpus_tools.variants.clipped_names import clipped_held
from corpus_tools.variants.name_spans import name_spans


def _fact_rows(first: str, later: str) -> pd.DataFrame:
    return fact_rows(first, later, ["1991-05-10", "1991-05-13"], "Fund visit")


_REST = (
    " The fund's director Olga Brenner said the country was managing its economy well but the fall "
    "in copper prices called for deeper changes in its farm and trade policy, and she would meet "
    "the prime minister before she left."
)


def _rows(fa: pd.DataFrame) -> str:
    return fa[["kind", "change", "before", "after"]].to_string()


def test_a_period_since_a_year_is_the_same_period_as_a_count_of_years() -> None:
    # "since 1968" / "in the past 20 years" in texts of 1987 (round 48): one period, no change
    fa = _fact_rows(
        "Norland has received 4.2 billion crowns from the Nordic Fund since 1970." + _REST,
        "Norland has received 4.2 billion crowns from the Nordic Fund in the past 21 years."
        + _REST
        + " Lending is now about 300 mln crowns a year.",
    )
    assert not ({"1970"} & set(fa.before) or {"21"} & set(fa.after)), _rows(fa)
    assert "300 mln" in set(fa.after), _rows(fa)


def test_a_count_of_years_far_from_the_year_is_a_change() -> None:
    # the same shape with a count that names another period: the year cut, the count added
    fa = _fact_rows(
        "Norland has received 4.2 billion crowns from the Nordic Fund since 1970." + _REST,
        "Norland has received 4.2 billion crowns from the Nordic Fund in the past five years." + _REST,
    )
    assert "1970" in set(fa.before), _rows(fa)
    assert "five" in set(fa.after), _rows(fa)


def test_a_hyphenated_name_clipped_is_the_same_name() -> None:
    # "Export-Import Bank" / "Ex-Im bank" (round 48): one bank, not cut and added
    fa = _fact_rows(
        "Sweden's state Trade-Credit Bank last month agreed to lend 700 mln crowns to Norland." + _REST,
        "Sweden's Tra-Cre bank announced a 700 mln crown loan to Norland last month." + _REST,
    )
    names = set(fa[fa.kind == "name"].before) | set(fa[fa.kind == "name"].after)
    assert not names & {"Trade-Credit Bank", "Tra-Cre"}, _rows(fa)


def test_a_clipped_word_must_clip_every_part() -> None:
    assert clipped_held("tra-cre bank", "the state trade-credit bank")
    assert not clipped_held("tra-cre bank", "the state trade-bank")  # one part only
    assert not clipped_held("tra-cre bank", "the state credit-trade bank")  # the parts swapped
    assert not clipped_held("tra-cre bank", "the state trade-credit fund")  # another body


def test_a_body_named_for_a_list_of_subjects_is_one_name() -> None:
    # "Subcommittee on Conservation, Credit and Rural Development" (round 48): one name
    s = "said Senator Ann Vale, chair of the Senate Subcommittee on Forests, Fisheries and Rural Roads."
    last = [t for _, t in name_spans(s)][-1].rstrip(".")
    assert last == "Senate Subcommittee on Forests, Fisheries and Rural Roads"
    fa = _fact_rows(
        "Norland's minister Olaf Dunn told the Senate Budget Committee that the 40 mln crown plan was ready."
        + _REST,
        "Norland's minister Olaf Dunn told the Senate Budget Committee that the 40 mln crown plan was ready."
        + _REST
        + " Senator Ann Vale, chair of the Senate Subcommittee on Forests, Fisheries and Rural Roads, "
        "opposed it.",
    )
    added = set(fa[fa.kind == "name"].after)
    assert "Senate Subcommittee on Forests, Fisheries and Rural Roads" in added, _rows(fa)
    assert not added & {"Fisheries", "Rural Roads"}, _rows(fa)


def test_a_list_of_people_after_a_body_is_no_subject_list() -> None:
    # a person (an honorific) or speakers (a reporting verb after the list) are no body's subjects
    s = "Officials at the Council for Trade, Mr Hall and Peters met on Monday."
    assert [t for _, t in name_spans(s)][1:4] == ["Council for Trade", "Mr Hall", "Peters"]
    s = "Officials at the Council for Trade, Hall and Peters said on Monday."
    assert [t for _, t in name_spans(s)][1:4] == ["Council for Trade", "Hall", "Peters"]
    s = "Officials at the Council for Trade, Industry and Labour met on Monday."
    assert [t for _, t in name_spans(s)][1:2] == ["Council for Trade, Industry and Labour"]


def test_a_day_and_the_part_of_its_month_are_one_date() -> None:
    # "by mid-April" / "due April 15" (round 48): one deadline written two ways
    fa = _fact_rows(
        "Norland's minister Olaf Dunn said the fund and the treasury would finish the study by mid-June."
        + _REST,
        "Norland's minister Olaf Dunn said the fund and the treasury would finish the study, due June 14."
        + _REST,
    )
    assert fa[fa.kind == "date"].empty, _rows(fa)


def test_a_day_of_another_part_of_the_month_is_a_change() -> None:
    fa = _fact_rows(
        "Norland's minister Olaf Dunn said the fund and the treasury would finish the study by mid-June."
        + _REST,
        "Norland's minister Olaf Dunn said the fund and the treasury would finish the study, due June 28."
        + _REST,
    )
    assert {"mid-June"} <= set(fa.before) and {"June 28"} <= set(fa.after), _rows(fa)
