"""Round 50 of the fact changes (benchmarks/family_round50.md): the false kinds of round 50 fixed,
each on invented text of the real case's shape (other names, other words)."""

from __future__ import annotations

from conftest import fact_rows
from corpus_tools.variants.clock_zones import clock_zone
from corpus_tools.variants.name_spans import name_spans

#: the two days (five apart, as round 50's six-day search) and the headline of the invented series
DAYS, HEADLINE = ["1991-06-03", "1991-06-08"], "Mill takeover"
_REST = (
    " Harlow Mills said the offer for the spinning group's shares would be paid in cash and the board"
    " of the spinning group had advised its holders to accept it before the meeting in the autumn."
)


def test_a_firm_named_for_a_gerund_line_is_one_name() -> None:
    # "Marketing and Acquisition Consultants Ltd" (round 50): one firm, not two pieces
    spans = [t for _, t in name_spans("The fee went to Dorn via Printing and Binding Services Ltd in Sark.")]
    assert "Printing and Binding Services Ltd" in spans, spans
    # a short name in -ing and a company after "and" stay two firms; so does a firm's plain name
    spans = [
        t
        for _, t in name_spans("Keeling and Northern Rail Corp bid, as did Vaxo and Tern Holdings Ltd today.")
    ]
    assert "Keeling" in spans and "Northern Rail Corp" in spans, spans
    assert "Vaxo" in spans and "Tern Holdings Ltd" in spans, spans


def test_a_gerund_firm_cut_is_one_row_not_its_pieces() -> None:
    fa = fact_rows(
        "Harlow Mills said it paid 3.1 mln stg to Dorn via Printing and Binding Services Ltd in Sark."
        + _REST,
        "Harlow Mills said it paid 3.1 mln stg to Dorn via a Sark company." + _REST,
        DAYS,
        HEADLINE,
    )
    cut = set(fa[(fa.kind == "name") & (fa.change == "cut")].before)
    assert cut == {"Printing and Binding Services Ltd"}, fa.to_string()


def test_a_time_zone_after_a_clock_time_is_no_name() -> None:
    s = "The tender ends at 1700 EDT and the rights at midnight GMT on Friday."
    assert clock_zone(s, s.index("EDT"), "EDT") and clock_zone(s, s.index("GMT"), "GMT")
    # a year before capitals is no clock time; capitals of another shape are no zone
    s = "In 1990 PDT Corp and 1800 ABT sold it."
    assert not clock_zone(s, s.index("PDT"), "PDT") and not clock_zone(s, s.index("ABT"), "ABT")


def test_a_time_cut_with_its_zone_is_one_number_row() -> None:
    # "extended until March 23 at 1800 EST" -> "extended until April Three" (round 50): the hour is
    # cut, its zone is no name row
    fa = fact_rows(
        "Harlow Mills said its offer was extended until June 7 at 1700 EDT." + _REST,
        "Harlow Mills said its offer was extended until June 14." + _REST,
        DAYS,
        HEADLINE,
    )
    assert "EDT" not in set(fa.before) | set(fa.after), fa.to_string()
    assert ("number", "cut", "1700") in set(zip(fa.kind, fa.change, fa.before, strict=True)), fa.to_string()
    assert set(fa.kind) == {"number", "date"} and len(fa) == 2, fa.to_string()
