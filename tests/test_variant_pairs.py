"""Change counts a reader can check (issue 22, round 8): one replacement is one change, a moved
word is no change, a charge, an order or a belief is no attribution, and a word is never paired
with a comma. Invented texts of the shapes the claims audit found (``benchmarks/claims.md``, the
wrong claims of the seventh marking, item 3: tr46, dc23, dc34, sw14, n6, l11, sw32); each failed
on the code before."""

from __future__ import annotations

import pytest
from test_variant_moves import _variants

from corpus_tools.variants.categories import categorize


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        (  # tr46: "horrific" -> "other" was a cut and an addition
            "The driver said the horrific injuries had kept him in hospital for months.",
            "The driver said the other injuries had kept him in hospital for months.",
            [("word_substitution", "horrific", "other")],
        ),
        (  # dc23: "has alleged" -> "alleges" was an attribution change and an addition
            "The prosecution has alleged that the nurse poisoned three patients with insulin.",
            "The prosecution alleges that the nurse poisoned three patients with insulin.",
            [("word_substitution", "has alleged", "alleges")],
        ),
        (  # dc23: "already" moved was counted cut and added
            "The builder had already been fined for dumping waste in the canal today.",
            "The builder had been fined for dumping waste in the canal already yesterday.",
            [("time_reference", "today", "yesterday")],
        ),
        (  # dc34: the honorific was paired with a comma ("Miss" -> ",")
            "The case against the nurse was opened by Miss Helen Price QC.",
            "The case against the nurse was opened by, Helen Price QC.",
            [("honorific", "Miss", ""), ("punctuation_other", "", ",")],
        ),
        (  # sw14: "ordered to pay" (the court's order) was an attribution change
            "The water company was ordered to pay costs of 5,000 pounds.",
            "The water company was told to pay costs of 5,000 pounds.",
            [("word_substitution", "ordered", "told")],
        ),
        (  # sw32, u6: an attribution was paired with words that are not one
            "A council spokesman said the river was clean again by the spring.",
            "Some of the river was clean again by the spring.",
            [("attribution_change", "A council spokesman said", ""), ("insertion", "", "Some of")],
        ),
        (  # an empty quote-mark change was counted beside the honorific
            "The jury heard from Miss Helen Price QC that the nurse had lied.",
            "The jury heard from prosecutor, Helen Price QC that the nurse had lied.",
            [("insertion", "", "prosecutor"), ("honorific", "Miss", ""), ("punctuation_other", "", ",")],
        ),
        (  # dc23: the honorific of a cut attribution was paired with another person's ("Miss" -> "Dr")
            "Miss Price told the jury that Smith's diary had been altered.",
            "Dr Smith's diary had been altered.",
            [("deletion", "Miss Price told the jury that", ""), ("honorific", "", "Dr")],
        ),
    ],
)
def test_one_change_is_counted_once_and_named_right(src, tgt, expected):
    assert [g[2:] for g in _variants(src, tgt)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("charged", "accused", "word_substitution"),  # n6: the charge, reworded
        ("believed", "feared", "word_substitution"),  # l11: a belief
        ("spokesman said", "some", "word_substitution"),  # sw32: an attribution against no attribution
        ("alleged victims", "", "deletion"),  # dc12: the charge's words, cut
        ("told Reuters", "said", "attribution_change"),
        ("told Reuters", "was", "attribution_change"),  # auxiliaries alone on one side
        ("said", "", "attribution_change"),
    ],
)
def test_attribution_change_needs_an_attribution_on_both_sides(a, b, expected):
    assert categorize(a, b) == expected
