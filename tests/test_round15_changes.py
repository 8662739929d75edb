"""Issue 22, round 15: word-change counts a reader can check (``benchmarks/claims.md``, "Held out
(round 15)": in36, in48, fr34).

A word set one or two letters off the source's in its place is a misprint, a style change, not a
word replaced ("he" -> "be", "some" -> "me"), while a real swap of one short word for another of its
class stays a replacement ("he" -> "she", "the" -> "this"); a description of a person added or cut
beside a name is a cut or an addition, no attribution changed (", a junior official"); a sign
written out in words at its place ("44%" -> "44 per cent") is one format change. Invented texts of
the shapes the audit found; each case but the guards failed on ``266c66f``."""

from __future__ import annotations

import pytest
from pairs import pair

from corpus_tools.variants.categories import categorize, is_misprint
from corpus_tools.variants.lexical import extract_variants
from corpus_tools.variants.style import style_counts

_LATER = (
    "The clerk wept as he left the court with his friends and family.",
    "His lawyer said he was glad of the verdict and would appeal against the sentence.",
)


def _rows(src: str, tgt: str) -> list[tuple[str, str, str]]:
    v = extract_variants(pair("\n\n".join((src, *_LATER)), "\n\n".join((tgt, *_LATER)), "tgt"), source="src")
    return [(r.category, r.source_form.strip(), r.form.strip()) for r in v.itertuples()]


# ------------------------------------------------------------------ misprints


@pytest.mark.parametrize(
    ("src", "tgt", "cut", "added"),
    [
        (
            "The dealer called the clerk some of the finest help money could ever buy in town.",
            "The dealer called the clerk me of the finest help money could ever buy in town.",
            "some",
            "me",
        ),
        (
            "The jury heard that he had been paid in cash for every file he took home.",
            "The jury heard that be had been paid in cash for every file he took home.",
            "he",
            "be",
        ),
        (
            "The prosecutor told the jury the clerk had copied hundreds of secret files.",
            "The prosecuter told the jury the clerk had copied hundreds of secret files.",
            "prosecutor",
            "prosecuter",
        ),
    ],
)
def test_a_word_set_letters_off_in_its_place_is_a_misprint(src, tgt, cut, added):
    rows = _rows(src, tgt)
    assert not [r for r in rows if r[0] == "word_substitution"]
    assert ("misprint", cut, added) in rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("he", "she"),
        ("the", "this"),
        ("was", "is"),
        ("a", "an"),
        ("sentenced", "sentences"),
        ("gang", "game"),
        ("He", "The"),
        ("these", "those"),
        ("was", "as"),
    ],
)
def test_a_real_swap_of_one_short_word_stays_a_replacement(a, b):
    assert not is_misprint([a], [b])  # same class, one word's forms, a content word, an opening
    assert categorize(a, b) != "misprint"


def test_a_misprint_is_counted_in_style():
    rows = extract_variants(
        pair(
            "\n\n".join(("The jury heard that he had been paid in cash for every file.", *_LATER)),
            "\n\n".join(("The jury heard that be had been paid in cash for every file.", *_LATER)),
            "tgt",
        ),
        source="src",
    )
    assert style_counts(rows)[["style", "n"]].to_dict("records") == [{"style": "misprints", "n": 1}]


# ------------------------------------------------------------------ a description is no attribution


def test_a_description_beside_a_name_is_an_addition():
    rows = _rows(
        "Herbert allegedly used his post at the ministry to copy the secret files of the inquiry.",
        "Herbert, a junior official at the ministry, allegedly used his post to copy the secret files.",
    )
    assert not [r for r in rows if r[0] == "attribution_change"]
    assert any(r[0] == "insertion" and "junior official" in r[2] for r in rows)


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        (
            "The council will close the library at the end of the month, it said on Tuesday.",
            "The council will close the library at the end of the month, a spokesman said on Tuesday.",
        ),
        (
            'A spokesman for the county police said: "We are looking at every one of the files."',
            'The county police said: "We are looking at every one of the files."',
        ),
    ],
)
def test_a_source_named_before_its_verb_stays_an_attribution_change(src, tgt):
    assert [r for r in _rows(src, tgt) if r[0] == "attribution_change"]


# ------------------------------------------------------------------ a sign written out


def test_a_sign_written_in_words_is_one_format_change():
    rows = _rows(
        "Police found half a kilo of 44% pure heroin in the boot of his car.",
        "Police found half a kilo of 44 per cent pure heroin in the boot of his car.",
    )
    assert rows == [("number_format", "%", "per cent")]
