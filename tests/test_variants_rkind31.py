"""Issue 22, round 31 (branch rkind31): change rows audit30 marked wrong on round 30's held-out ten
(benchmarks/claims.md, "Thirtieth round", cause 2).

A possessive's apostrophe on a word both texts keep ("the season ticket holders' battle" for "as
season ticket holders") is no quote mark (variants/plural_possessives.py, ft11); two numbers in the
same slot of a kept phrase ("two other special hospitals" / "three other special hospitals") are one
number changed, not hidden at the end of a cut and of an addition (variants/slot_numbers.py, bw11).
Invented texts of the shapes; the end-to-end cases fail on ``93492da``."""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.variants.lexical import _context, extract_variants
from corpus_tools.variants.plural_possessives import drop_kept_possessives, is_possessive_mark
from corpus_tools.variants.slot_numbers import split_slot_numbers


def _rows(wire: str, paper: str) -> list[tuple[str, str, str]]:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    return [(" ".join(r.source_form.split()), " ".join(r.form.split()), r.category) for r in v.itertuples()]


def test_a_possessive_apostrophe_on_a_kept_plural_is_no_quote_mark():
    wire = (
        "Allotment case\n\nA judge will give his ruling at noon tomorrow in the case which nine "
        "Leeds allotment holders brought against the city council.\n\nThey claim the plots they "
        "rented in 1995 should have been theirs for 20 years."
    )
    paper = (
        "A judge will give his ruling at noon tomorrow in the nine Leeds allotment holders' case "
        "against the city council."
    )
    rows = _rows(wire, paper)
    assert not [r for r in rows if r[2] == "quotation_or_apostrophe"], rows
    assert ("brought", "", "deletion") in rows


def test_a_closing_single_quote_after_a_plural_stays_a_quote_mark():
    wire = "Fans case\n\nThe fans said they were loyal supporters and would fight on."
    paper = "The fans said 'we were loyal supporters' and would fight on."
    rows = _rows(wire, paper)
    assert [r for r in rows if r[2] == "quotation_or_apostrophe"], rows


@pytest.mark.parametrize(
    ("text", "at", "mine"),
    [
        ("the season ticket holders' battle at noon.", 25, True),
        ("at the magistrates' court in Leeds", 18, True),
        ("at Sheffield's ground", 12, False),  # a singular's: left to the other rules
        ("He said 'we were his friends' and left.", 28, False),  # closes the quote opened before
        ("They were 'the best of friends'.", 30, False),  # nothing after it
        ("They said it was 'the lads' night out'.", 26, False),  # inside an open quote: could close it
        ("he joined Irish peers' the prosecution said.", 21, False),  # a comma misprinted
    ],
)
def test_is_possessive_mark(text, at, mine):
    assert text[at] == "'"
    assert is_possessive_mark(text, at) is mine


def test_a_cut_possessive_on_a_kept_word_is_dropped_but_a_mark_taken_off_stays():
    wire = "as the judges' panel met"
    row = ("p", 0, 13, 13, "", "", "w", 0, 13, 14, "'", "", "quotation_or_apostrophe", "")
    assert drop_kept_possessives([row], "as the judges met", {"w": wire}) == []
    # the same words after it: the paper wrote the phrase without its apostrophe, a mark changed
    assert drop_kept_possessives([row], "as the judges panel met", {"w": wire}) == [row]


def test_two_numbers_in_the_same_slot_are_one_number_changed():
    wire = (
        "Hospital visits\n\nThree patients today won permission to challenge new limits on visits "
        "from their children.\n\nThey were given leave to seek review of the strict rules brought in "
        "at Carstairs, Lanark, and two other secure hospitals, Fernhill and Moorlands."
    )
    paper = (
        "Three patients won a review of limits there and at three other secure hospitals on visits "
        "from their children."
    )
    rows = _rows(wire, paper)
    assert ("two", "three", "word_substitution") in rows, rows
    assert not [r for r in rows if r[1].endswith("three") and r[2] == "insertion"], rows
    assert not [r for r in rows if r[0].endswith("two") and r[2] == "deletion"], rows


def test_the_same_number_or_other_words_after_it_give_no_number_row():
    ver = "He won a review there and at two other special hospitals."
    src = "He won leave to challenge Broadmoor and two other special hospitals."
    add = ("p", 0, 16, 32, "there and at two", "", "w", 0, 7, 7, "", "", "insertion", "")
    cut = ("p", 0, 16, 16, "", "", "w", 0, 7, 43, "leave to challenge Broadmoor and two", "", "deletion", "")
    assert split_slot_numbers([add, cut], ver, {"w": src}, _context) == [add, cut]
    ver = "He won a review there and at three new units."
    add = ("p", 0, 16, 34, "there and at three", "", "w", 0, 7, 7, "", "", "insertion", "")
    assert split_slot_numbers([add, cut], ver, {"w": src}, _context) == [add, cut]


def test_the_findings_count_the_number_changed_as_a_word_replaced():
    from corpus_tools.report.change_claims import claimed_changes

    wire = (
        "Hospital visits\n\nThree patients today won permission to challenge new limits on visits "
        "from their children.\n\nThey were given leave to seek review of the strict rules brought in "
        "at Carstairs, Lanark, and two other secure hospitals, Fernhill and Moorlands."
    )
    paper = (
        "Three patients won a review of limits there and at three other secure hospitals on visits "
        "from their children."
    )
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    told = claimed_changes(extract_variants(corpus, source="w"))
    got = [(a, b) for c, a, b in told.itertuples(index=False) if c == "word_substitution"]
    assert got == [("two", "three")], told
