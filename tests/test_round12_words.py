"""Issue 22, round 12's words of its own (benchmarks/claims.md, "Twelfth round", R kind 4): a
word that ends like an inflection and is none ("breed", "need") was cut to a key its own
inflections never meet, and "goes", too short for the "es" rule, kept its "e". Invented texts of
the shapes the audit found."""

from __future__ import annotations

import pytest

from corpus_tools.lexicon import lemma_key
from corpus_tools.reuse.derivation import body_words, is_fact
from corpus_tools.reuse.novelty import compounds, novel_lists


def _own(source: str, text: str) -> list[str]:
    source_keys = {k for k, _, _ in body_words(source)} | compounds([source])
    return novel_lists(body_words(text), source_keys, is_fact)[0]


@pytest.mark.parametrize(
    "source_word, word",
    [
        ("breed", "breeding"),
        ("breed", "bred"),
        ("need", "needed"),
        ("go", "goes"),
        ("do", "does"),
        ("proceed", "proceeded"),
        ("speed", "speeding"),
    ],
)
def test_an_inflection_of_a_word_ending_like_one_is_not_a_word_of_its_own(source_word, word):
    # before: "breed" -> "bre" but "breeding" -> "breed"; "goes" -> "goe"
    source = f"The farmers wanted to {source_word} the birds for meat, the court heard."
    text = f"The farmers were {word} the birds for meat, the court heard."
    assert lemma_key(source_word) == lemma_key(word)
    assert word not in _own(source, text)


def test_inflections_stripped_as_before():
    assert [lemma_key(w) for w in ("agreed", "agree", "denies", "denied", "beatings")] == [
        "agr",
        "agr",
        "deny",
        "deny",
        "beat",
    ]
