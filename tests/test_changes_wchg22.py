"""Issue 22, round 22: word-change shapes left by wchg21 (README "Issue 22, word-change counts
round 21", Left; known debt 5 of "End of round 21").

A word written short in the other version (a clipping: "Westm" for "Westmorland", "RG" for
"radiogram", "pr" for "procedure") is style, an abbreviation, not a replacement; a common word
that opens a longer one stays a replacement. Invented texts of the shapes the audits found; each
case but the guards fails on ``0c2e3bc``."""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.clippings import is_clipping
from corpus_tools.variants.lexical import extract_variants

# ------------------------------------------------------------------ a word written short


def test_a_county_cut_short_with_its_capital_is_an_abbreviation():
    assert categorize("Westmorland", "Westm") == "abbreviation"
    assert categorize("Det Sgt Olu of Westm police", "Det Sgt Olu of Westmorland police") == "abbreviation"


def test_a_word_in_capitals_and_a_dotted_head_are_abbreviations():
    assert categorize("radiogram", "RG") == "abbreviation"
    assert categorize("Inspector Vane", "Insp. Vane") == "abbreviation"


def test_two_lower_case_letters_opening_the_word_are_an_abbreviation():
    assert categorize("the procedure", "the pr") == "abbreviation"
    assert is_clipping("pr", "procedure")


def test_common_words_opening_longer_ones_stay_replacements():
    assert categorize("the car", "the cardigan") == "word_substitution"  # guard: lower case, three letters
    assert categorize("manager", "man") == "word_substitution"  # guard
    assert categorize("He", "Helen") == "word_substitution"  # guard: a stop word
    assert categorize("Westmorland", "Wm") == "word_substitution"  # guard: a name without its head
    assert not is_clipping("the car.", "the cardigan.")  # guard: the full stop is no short mark
    assert not is_clipping("pr", "paper")  # guard: not the long word's first two letters


def test_a_clipping_through_extract_variants_is_style():
    corpus = from_records(
        [
            {"doc_id": "w", "text": "Farm fire\n\nA barn burned near Kendal in Westmorland last night, firemen said."},
            {"doc_id": "p", "text": "Farm fire\n\nA barn burned near Kendal in Westm last night, firemen said."},
        ]
    )
    v = extract_variants(corpus, source="w")
    assert v[["form", "source_form", "category"]].values.tolist() == [["Westm", "Westmorland", "abbreviation"]]
