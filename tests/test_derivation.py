"""Derivation classes: what a text adds to its source, the rules, their leaves — seeds and built corpora."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from corpus_tools import from_records
from corpus_tools.reuse.derivation import (
    DERIVATION_LEAVES,
    DerivationRules,
    body_words,
    classify_documents,
    derivation_features,
    is_fact,
    novelty,
)

WIRE = (
    "A man was jailed for six years on Friday for a robbery at a post office.\n"
    "The court heard that he threatened the staff with a knife and took the cash.\n"
    "The judge said the staff had been terrified by what happened."
)
# the wire's three sentences, plus a sentence of facts the wire does not have
FACTS = WIRE + "\nHarold Pike, 43, of Dunmore, robbed the Westgate branch in March."
# the wire's first sentence, then a report of another subject
HALF = (
    "A man was jailed for six years on Friday for a robbery at a post office.\n"
    "Elsewhere, gardeners prepared colourful displays of roses and tulips for the flower show, "
    "while volunteers painted benches, repaired fences, planted hedges and cleared ponds near "
    "the museum before visitors arrived for summer concerts."
)


def _corpus(**texts: str):
    return from_records([{"doc_id": d, "text": t} for d, t in texts.items()])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Ann.", [("he", "He", True), ("met", "met", False), ("ann", "Ann", False)]),
        (
            'She said: "Go home."',
            [("she", "She", True), ("said", "said", False), ("go", "Go", True), ("home", "home", False)],
        ),
        (
            "The programme ran.",
            [("the", "The", True), ("program", "programme", False), ("ran", "ran", False)],
        ),
    ],
)
def test_body_words(text, expected):
    assert body_words(text) == expected


@pytest.mark.parametrize(
    ("word", "initial", "expected"),
    [
        ("Leeds", False, True),
        ("Leeds", True, False),
        ("The", False, False),
        ("43", True, True),
        ("six", False, True),
        ("robbery", False, False),
    ],
)
def test_is_fact(word, initial, expected):
    assert is_fact(word, initial) is expected


def test_novelty_counts_new_content_words_and_new_facts():
    src = {k for k, _, _ in body_words(WIRE)}
    assert novelty(body_words(WIRE), src) == (0, 0)
    # 5 new names and numbers (Harold Pike, 43, Dunmore, Westgate, March) and, apart from them, 2 new
    # words (robbed, branch); "Harold", sentence-initial, starts the name "Harold Pike" (issue 22,
    # round 6: it was counted a word before)
    assert novelty(body_words(FACTS), src) == (2, 5)


def test_features_and_classes_on_built_corpus():
    corpus = _corpus(wire=WIRE, copy=WIRE, facts=FACTS, half=HALF)
    f = derivation_features(corpus, source="wire").set_index("doc_id")
    assert f[["novel_words", "novel_facts"]].to_dict("index") == {
        "copy": {"novel_words": 0, "novel_facts": 0},
        "facts": {"novel_words": 2, "novel_facts": 5},  # "Harold" starts the name "Harold Pike"
        "half": {"novel_words": 22, "novel_facts": 0},  # spaCy stop words ("show", "elsewhere") left out
    }
    c = classify_documents(corpus, source="wire").set_index("doc_id")
    assert c[["derivation", "probability"]].to_dict("index") == {
        "copy": {"derivation": "wholly_derived", "probability": DERIVATION_LEAVES["few_new_words"][1]},
        "facts": {
            "derivation": "partially_derived",
            "probability": DERIVATION_LEAVES["few_new_words_new_facts"][1],
        },
        "half": {"derivation": "partially_derived", "probability": DERIVATION_LEAVES["new_words_run"][1]},
    }
    # without the run rule the half copy is not derived: its words are mostly not the wire's
    off = classify_documents(corpus, source="wire", rules=DerivationRules(min_passage=1.0))
    assert off.set_index("doc_id").loc["half", "derivation"] == "non_derived"


@pytest.mark.parametrize(
    ("novel_words", "novel_facts", "word_containment", "longest_passage", "leaf"),
    [
        (11, 2, 0.0, 0.0, "few_new_words"),
        (11, 3, 1.0, 1.0, "few_new_words_new_facts"),
        (12, 0, 0.81, 0.0, "new_words_shared"),
        (12, 0, 0.80, 0.08, "new_words_run"),
        (12, 0, 0.80, 0.079, "new_words_few_shared"),
    ],
)
def test_rules_leaves(novel_words, novel_facts, word_containment, longest_passage, leaf):
    row = SimpleNamespace(
        novel_words=novel_words,
        novel_facts=novel_facts,
        word_containment=word_containment,
        longest_passage=longest_passage,
    )
    assert DerivationRules().leaf(row) == leaf


def test_rules_are_validated_and_honoured(seeds):
    with pytest.raises(ValueError, match="max_novel_words must be an integer"):
        DerivationRules(max_novel_words=1.5)
    with pytest.raises(ValueError, match="min_containment must be in"):
        DerivationRules(min_containment=2.0)
    c = classify_documents(seeds, source="001").set_index("doc_id")
    assert c[["novel_words", "novel_facts"]].to_dict("index") == {
        "000": {"novel_words": 0, "novel_facts": 0},  # "Mohammed" is 001's "Mohammad" respelt
        # was 2 facts ("Mr" of "Mr Trump", "September"): an honorific is no name of its own, and
        # "September" is 001's "Sept." (issue 22, round 6)
        "002": {"novel_words": 3, "novel_facts": 0},
    }
    strict = classify_documents(seeds, source="001", rules=DerivationRules(max_novel_words=2))
    assert strict.set_index("doc_id")["derivation"].to_dict() == {
        "000": "wholly_derived",
        "002": "partially_derived",
    }
