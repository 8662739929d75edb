"""Issue 22, round 23: word-change shapes of round 22's held-out change counts (claims.md,
"Twenty-second round", cause 2: bm43 and ps28).

Two words written as one ("connectionwith") are the two words, a format; the diff no longer pairs
the words around them with others. A letter bound to a word by a hyphen ("A-level") is no article
"a" of the other side. An age's suffix cut at its number ("17-year-old" -> "17") is a number's
format, apart from the words cut after it. A plural's possessive apostrophe ("judges'") goes with
the word it closes, not a quote mark of its own. Invented texts of the shapes the audit found;
every case fails on ``fc30e00`` (the modules are new: by import; the end-to-end cases by their
values, checked on the base)."""

from __future__ import annotations

from corpus_tools import from_records
from corpus_tools.lexicon import tokenize
from corpus_tools.variants.age_suffixes import is_age_suffix, split_age_suffix
from corpus_tools.variants.bound_letters import bound_keys
from corpus_tools.variants.categories import categorize
from corpus_tools.variants.joined_words import joined_pairs, split_joined
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.possessive_marks import with_possessives


def _rows(wire: str, paper: str) -> set[tuple[str, str, str]]:
    corpus = from_records([{"doc_id": "w", "text": wire}, {"doc_id": "p", "text": paper}])
    v = extract_variants(corpus, source="w")
    return {(r.source_form.replace("\n", " "), r.form, r.category) for r in v.itertuples()}


# ------------------------------------------------------------------ two words written as one

_WIRE = (
    "Ferry inquiry\n\nTwo Danish sailors appeared in court for the first time today in connection "
    "with the sinking last spring of two fishing boats off Norway."
)
_PAPER = (
    "Ferry inquiry\n\nTwo Danes appeared at Harwich coroner's court yesterday in connectionwith the "
    "sinking last spring of two fishing boats off Norway."
)


def test_two_words_written_as_one_are_kept_and_the_space_is_a_format():
    rows = _rows(_WIRE, _PAPER)
    assert ("connection with", "connectionwith", "punctuation_other") in rows
    assert ("today", "yesterday", "time_reference") in rows
    assert ("Danish sailors", "Danes", "word_substitution") in rows
    assert ("for the first time", "", "deletion") in rows
    # the words around the joined one are not cut and added whole any more
    assert not any("appeared" in a or "appeared" in b for a, b, _ in rows)
    assert not any("connectionwith" in b and c != "punctuation_other" for _, b, c in rows)


def test_a_space_lost_is_read_only_between_a_stop_word_and_another_word():
    assert joined_pairs(tokenize("in connection with it")) == {
        "inconnection": 2,
        "connectionwith": 10,
    }
    assert joined_pairs(tokenize("a week end, can not", marks=True)) == {
        "aweek": 1
    }  # guard: "weekend", "cannot"
    sa, sb = tokenize("the week end"), tokenize("the weekend")
    assert [t[2] for t in split_joined(sa, [0] * 3, sb, [0] * 2)[2]] == ["the", "weekend"]  # guard
    sa, sb = tokenize("fixed by Tom"), tokenize("fixedby Tom")
    split = split_joined(sa, [0] * 3, sb, [0] * 2)[2]
    assert [(t[0], t[1], t[2]) for t in split] == [(0, 5, "fixed"), (5, 7, "by"), (8, 11, "Tom")]


# ------------------------------------------------------------------ a letter bound by a hyphen
# ------------------------------------------------------------------ and an age's suffix


def test_a_hyphen_bound_letter_is_no_article_and_the_age_suffix_a_format():
    rows = _rows(
        "Choir case\n\nMr Rhys Bevan QC said the boy was a 15-year-old A-level pupil when he "
        "first met Price at the choir.",
        "Choir case\n\nMr Rhys Bevan QC said the boy was 15 and a chorister when he first met Price "
        "at the choir.",
    )
    assert ("-year-old", "", "number_format") in rows
    assert ("A-level pupil", "", "deletion") in rows
    assert ("", "and a chorister", "insertion") in rows  # the base: "-level pupil" -> "chorister"
    assert not any("-level" in a and b for a, b, _ in rows)


def test_bound_keys_and_the_age_suffix_rules():
    t = tokenize("an A-level and a U - turn", marks=True)
    keys = bound_keys(t, list(range(len(t))), [x[2].lower() for x in t])
    assert keys == ["an", "a-", "-", "level", "and", "a", "u", "-", "turn"]  # guard: spaced hyphen
    assert categorize("-year-old", "") == "number_format"
    assert categorize("", "-month-old") == "number_format"
    assert categorize("17-year-old", "") == "deletion"  # guard: the number cut with it
    assert not is_age_suffix("-year-old", "aged")  # guard: a replacement
    assert not is_age_suffix("-year-old girl", "")  # guard: split first, then read
    words = ["-", "year", "-", "old", "girl", "guide"]
    assert split_age_suffix(words, [], [(0, 6, 0, 0)]) == [(0, 4, 0, 0), (4, 6, 0, 0)]
    assert split_age_suffix(["girl", "-", "year"], [], [(0, 3, 0, 0)]) == [(0, 3, 0, 0)]  # guard


# ------------------------------------------------------------------ a possessive's apostrophe


def test_a_possessive_apostrophe_goes_with_its_word():
    sa, sb = tokenize("in court", marks=True), tokenize("at the judges' court", marks=True)
    assert with_possessives([(0, 1, 0, 0), (1, 1, 0, 3), (1, 1, 3, 4)], sa, sb) == [
        (0, 1, 0, 0),
        (1, 1, 0, 4),
    ]
    sa, sb = tokenize("he said", marks=True), tokenize("he said 'no'", marks=True)
    regions = [(2, 2, 2, 3), (2, 2, 3, 4), (2, 2, 4, 5)]
    assert with_possessives(regions, sa, sb) == regions  # guard: a quotation's closing mark
    rows = _rows(
        "Mill fire\n\nThe men were remanded in court.",
        "Mill fire\n\nThe men were remanded at the justices' court.",
    )
    assert not any(c == "quotation_or_apostrophe" for _, _, c in rows)
    assert ("", "at the justices'", "insertion") in rows


# ------------------------------------------------------------------ a country's initials


def test_a_country_initials_for_its_adjective_is_one_abbreviation():
    assert categorize("American", "US") == "abbreviation"
    assert categorize("U.K.", "British") == "abbreviation"
    assert categorize("British", "US") == "word_substitution"  # guard: two countries
    assert categorize("Britain", "British") != "abbreviation"  # guard: no initials
    rows = _rows(
        "Coach crash\n\nThe driver killed three British tourists near Lyon, police said.",
        "Coach crash\n\nThe driver killed three UK tourists near Lyon, police said.",
    )
    assert rows == {("British", "UK", "abbreviation")}


def test_a_name_run_together_is_the_name_a_format():
    rows = _rows(
        "Raid\n\nThe pair plotted with the rebel Hamid al Zawir to kill Danish citizens.",
        "Raid\n\nThe pair plotted with Hamid alZawir to kill Danish citizens.",
    )
    assert ("al Zawir", "alZawir", "punctuation_other") in rows
    assert ("the rebel", "", "deletion") in rows
    sa, sb = tokenize("a Hamid al Zawir"), tokenize("a Hamidalzawir")
    assert [t[2] for t in split_joined(sa, [0] * 4, sb, [0] * 2)[2]] == ["a", "Hamidalzawir"]  # guard
