"""A source's amounts in round figures are no facts of a later text's own (round 39, rkind39).

TUNE_39's 19349 retells 19231's exchange offer with its amounts rounded ("23,580,000 dlrs" as
"23.5 mln dlrs") and was said to add 3 names or numbers that 19231 does not have.
"""

from __future__ import annotations

import pytest

from corpus_tools import from_records
from corpus_tools.reuse.derivation_words import body_words, is_fact
from corpus_tools.reuse.doc_keys import doc_tokens, keys
from corpus_tools.reuse.novelty import SourceKeys, compounds, novel_lists

SOURCE = (
    "Halvorsen Marine Inc said it started an offer to swap new securities for all 61,204,000 dlrs "
    "of its old debentures. The new securities include up to 9,462,000 dlrs of 11 pct notes due "
    "1995, up to 27,350,000 dlrs of convertible debentures and up to 14,708,000 shares of common."
)


def _facts(text: str) -> list[tuple[str, ...]]:
    corpus = from_records([{"doc_id": "src", "text": SOURCE}, {"doc_id": "new", "text": text}])
    src_words = set(keys(doc_tokens(corpus)["src"]))
    return novel_lists(body_words(text), SourceKeys(src_words | compounds([SOURCE])), is_fact)[1]


@pytest.mark.parametrize(
    "text",
    [
        # cut to the tenth of a million, as the wire's later copy writes them
        "Halvorsen Marine said it offers about 61 mln dlrs of new issues for its old debentures, "
        "about 9.4 mln dlrs of notes, 27.3 mln dlrs of debentures and 14.7 mln shares.",
        # rounded to the tenth, and to the million
        "Halvorsen Marine offers 9.5 mln dlrs of notes and 27 mln dlrs of debentures for its debt.",
    ],
)
def test_the_sources_amounts_in_round_figures_are_not_its_own(text):
    assert _facts(text) == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Halvorsen Marine also offers 4.5 mln dlrs in cash to holders.", [("4", "5")]),
        ("Halvorsen Marine also offers 12 mln dlrs in cash to holders.", [("12",)]),
        ("Halvorsen Marine also pays 9.4 pct on its notes.", [("9", "4")]),  # no scale: no amount
    ],
)
def test_a_new_amount_stays_its_own(text, own):
    assert sorted(_facts(text)) == sorted(own)


@pytest.mark.parametrize(
    ("source", "text", "own"),
    [
        # TUNE_38's 8207 writes "the U.K." where 8071 says "Britain"
        (
            "Hartley said Britain was easing its tax on dealers.",
            "Hartley said the U.K. is easing its tax.",
            [],
        ),
        ("Dutch growers said the Netherlands cut its quota.", "Growers said Holland cut its quota.", []),
        (
            "Hartley said Britain was easing its tax on dealers.",
            "Hartley said France is easing its tax.",
            [("france",)],
        ),
    ],
)
def test_a_countrys_other_name_is_no_name_of_its_own(source, text, own):
    corpus = from_records([{"doc_id": "src", "text": source}, {"doc_id": "new", "text": text}])
    src_words = set(keys(doc_tokens(corpus)["src"]))
    facts = novel_lists(body_words(text), SourceKeys(src_words | compounds([source])), is_fact)[1]
    assert facts == own


def test_a_word_of_a_countrys_longer_name_stays_a_word():
    source = "Hartley said Britain was easing its tax on dealers."
    text = "Hartley said Britain was easing its tax, a great relief to dealers."
    corpus = from_records([{"doc_id": "src", "text": source}, {"doc_id": "new", "text": text}])
    src_words = set(keys(doc_tokens(corpus)["src"]))
    words = novel_lists(body_words(text), SourceKeys(src_words | compounds([source])), is_fact)[0]
    assert "great" in words
