"""Issue 22, round 16: word-change shapes of the held-out audit (``benchmarks/claims.md``,
"Sixteenth round", cause 3: pl21, pl34, pl120, tp11; round 15's kind 4: in36).

A verb cut and a verb added at its place are one replacement, not a cut and an attribution change
("was criticised" -> "were attacked"); two words run together one letter off ("he have" ->
"behave"), a plural's dropped "s" and a number with a digit printed as a letter ("£1O0") are
misprints; a contraction is never cut in two in a row's form ("I wasn't"); a word written as two at
the edge of a replacement is a spacing change and the rest an addition ("girlfriend" -> "girl
friend Jo Smith"); a number at the end of a replacement is read apart from the words replaced.
Invented texts of the shapes the audit found; each case but the guards fails on ``ab50e2a``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.variants.categories import categorize, is_misprint
from corpus_tools.variants.lexical import extract_variants

_LATER = (
    "The baker wept as she left the court with her friends and family.",
    "Her lawyer said she was glad of the verdict and would appeal against the sentence.",
)


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    v = extract_variants(pair("\n\n".join((src, *_LATER)), "\n\n".join((tgt, *_LATER)), "tgt"), source="src")
    return [(r.category, r.source_form.strip(), r.form.strip()) for r in v.itertuples()]


# ------------------------------------------------------------------ a verb replaced


def test_a_verb_replaced_at_its_place_is_one_replacement():
    rows = _rows(
        "Mayor Anna Holt was today criticised by a county inspector for the state of the town roads.",
        "Mayor Anna Holt were blasted by a county inspector yesterday for the state of the town roads.",
    )
    subs = [r for r in rows if r[0] == "word_substitution"]
    assert subs == [("word_substitution", "was today criticised", "were blasted")]
    assert not [r for r in rows if r[0] in ("attribution_change", "deletion")]


def test_a_verb_cut_and_a_clause_added_elsewhere_stay_apart():
    rows = _rows(
        "The council was criticised by a county inspector for the state of the town roads last winter.",
        "The council by a county inspector for the state of the town roads last winter, officials said.",
    )
    assert ("deletion", "was criticised", "") in rows


# ------------------------------------------------------------------ misprints


@pytest.mark.parametrize(
    ("cut", "added", "expected"),
    [
        (["he", "have"], ["behave"], True),  # two words run together, one letter off
        (["places"], ["place"], True),  # the plural's "s" dropped
        (["#100"], ["£1O0"], True),  # a digit printed as a letter
        (["lOO"], ["100"], False),  # the source's misprint put right is no misprint of the version
        (["he", "said"], ["hesitated"], False),  # more than one letter off
        (["judge"], ["judges"], False),  # an "s" added is a plural, a change
        (["Places"], ["Place"], False),  # a name's form
        (["#100"], ["£200"], False),  # another number
    ],
)
def test_misprint_shapes(cut, added, expected):
    assert is_misprint(cut, added) is expected


def test_misprints_in_place_are_no_word_replaced():
    rows = _rows(
        "The court heard that not only did he have the keys but he kept the stolen vans.",
        "The court heard that not only did behave the keys but he kept the stolen vans.",
    )
    assert ("misprint", "he have", "behave") in rows
    assert not [r for r in rows if r[0] == "word_substitution"]
    assert categorize("places", "place") == "misprint"


# ------------------------------------------------------------------ a word cut in two


def test_a_contraction_is_never_cut_in_two():
    rows = _rows(
        "She said she felt that because you are a pupil you are not allowed to have any say at all.",
        "She said she felt that because you are a pupil I wasn't allowed to have any say at all.",
    )
    forms = [r[2] for r in rows]
    assert "I wasn't" in forms
    assert ("word_substitution", "you are not", "I wasn't") in rows


# ------------------------------------------------------------------ two changes in one row


def test_a_word_written_as_two_then_a_name_is_spacing_and_an_addition():
    rows = _rows(
        "He feared that either he or his girlfriend would be harmed if he did not pay the gang.",
        "He feared that either he or his girl friend Jo Smith would be harmed if he did not pay the gang.",
    )
    assert ("punctuation_other", "girlfriend", "girl friend") in rows
    assert ("insertion", "", "Jo Smith") in rows
    assert not [r for r in rows if r[0] == "word_substitution"]


def test_a_number_at_the_end_of_a_replacement_is_read_apart():
    rows = _rows(
        "Officials argued that the sale would release #100 million to mend the town roads.",
        "Officials argued that the sale would free £1O0 million to mend the town roads.",
    )
    assert ("word_substitution", "release", "free") in rows
    assert ("misprint", "#100", "£1O0") in rows


def test_a_verb_of_saying_for_another_at_its_place_is_one_attribution_change():
    rows = _rows(
        "Later the minister also wrote to Mrs Dale saying her son could stay at the college.",
        "Later Mrs Dale was later told her son could stay at the college.",
    )
    changed = [r for r in rows if r[0] == "attribution_change"]
    assert changed == [("attribution_change", "saying", "was later told")]


def test_another_figure_after_a_word_replaced_stays_one_change():
    rows = _rows(
        "Officials argued that the sale would raise up to #80 million to mend the town roads.",
        "Officials argued that the sale would raise around £72 million to mend the town roads.",
    )
    assert ("word_substitution", "up to #80", "around £72") in rows


def test_a_possessive_is_not_taken_into_a_word_replaced():
    rows = _rows(
        "Officials said the nation's roads would be mended within a year of the sale.",
        "Officials said the country's roads would be mended within a year of the sale.",
    )
    assert ("word_substitution", "nation", "country") in rows


def test_a_cut_whose_edges_are_run_together_is_a_cut_and_a_misprint():
    rows = _rows(
        "He was tried in a fraud case where he pleaded guilty and was fined a large sum.",
        "He was tried in a fraud case where hewas fined a large sum.",
    )
    assert ("deletion", "pleaded guilty and", "") in rows
    assert ("misprint", "was", "hewas") in rows
    assert len([r for r in rows if r[0] in ("deletion", "insertion", "word_substitution")]) == 1
