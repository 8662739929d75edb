"""One change counted once (issue 22, round 6): a modifier moved across its noun, a number written
otherwise in pieces, the closing mark of a quotation cut whole, and one addition counted in two
groups. Invented texts of the shapes the claims audit found (``benchmarks/claims.md``, fifth round,
"Word-level change counts": j38, j47, j16, l24, l11, bs30, i6)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from test_variant_moves import _variants

from corpus_tools.variants.merges import _once, merge_parts, number_value


def test_a_modifier_moved_across_its_noun_is_one_replacement():
    # j38, j47: "by a court in Prague" -> "by a Czech court" was "Czech" added and "in Prague" cut
    got = _variants(
        "The baker was fined today by a court in Leeds for selling stale bread.",
        "The baker was fined yesterday by a Yorkshire court for selling stale bread.",
    )
    assert [g[2:] for g in got] == [
        ("time_reference", "today", "yesterday"),
        ("word_substitution", "court in Leeds", "Yorkshire court"),
    ]


def test_words_around_a_function_word_are_not_merged():
    # "the" kept between an addition and a cut is no noun with its modifier
    got = _variants(
        "Police said the contract was signed on Monday by the two firms.",
        "Police said voted yes, the firms signed on Monday.",
    )
    assert not any(g[2] == "word_substitution" and " the " in f" {g[3]} " for g in got)


def test_a_number_written_otherwise_in_pieces_is_one_number_format_change():
    # j38: "four-and-a-half" -> "4 1/2" was "four" -> "4", "-and-a-half" cut and "1/2" added
    got = _variants(
        "The baker was jailed for four-and-a-half years today.",
        "The baker was jailed for 4 1/2 years yesterday.",
    )
    assert [g[2:] for g in got] == [
        ("number_format", "four-and-a-half", "4 1/2"),
        ("time_reference", "today", "yesterday"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four-and-a-half", Fraction(9, 2)),
        ("4 1/2", Fraction(9, 2)),
        ("twelve", 12),
        ("3", 3),
        ("a half", None),
    ],
)
def test_number_value(text, value):
    assert number_value(text) == value


def test_the_closing_mark_of_a_quotation_cut_whole_is_part_of_the_cut():
    # l24, l11: the cut `please forgive us,` and its closing '' were two changes
    got = _variants(
        "The pair died after leaving a note saying ``please forgive us,'' an inquest heard today.",
        "The pair died, an inquest heard yesterday.",
    )
    assert [g[2] for g in got] == ["deletion", "time_reference"]


def _row(category: str, sent: int, start: int, end: int, src_start: int, src_end: int) -> tuple:
    return ("v", sent, start, end, "x", "", "src", 0, src_start, src_end, "y", "", category, "rewritten")


def test_one_addition_counted_in_two_groups_is_counted_once():
    # bs30, i6: "'limp and lifeless'" added twice, once with its marks, once without
    rows = [
        _row("insertion", 3, 10, 31, 5, 5),
        _row("insertion", 3, 11, 30, 9, 9),
        _row("insertion", 4, 11, 30, 9, 9),
    ]
    assert _once(rows) == [rows[0], rows[2]]
    # an addition in another sentence, or a cut, is not the same change
    assert (
        len(merge_parts(rows + [_row("deletion", 3, 11, 11, 0, 4)], "v" * 40, "s" * 40, lambda *a: "")) == 3
    )


def test_an_age_for_one_word_is_one_replacement():
    # bs69: "13-year-old" -> "TEENAGE" was a cut and an addition
    got = _variants(
        "A 15-year-old babysitter denied murder at Leeds Crown Court today.",
        "A TEENAGE babysitter denied murder at Leeds Crown Court yesterday.",
    )
    assert [g[2:] for g in got] == [
        ("word_substitution", "15-year-old", "TEENAGE"),
        ("time_reference", "today", "yesterday"),
    ]
