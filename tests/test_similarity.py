"""The calibrated sentence score."""

from __future__ import annotations

import pytest

from corpus_tools.reuse.similarity import FEATURES, SCORE_WEIGHTS, features, sentence_score, sentence_words


@pytest.mark.parametrize(
    "a,b,low,high",
    [
        ("The man was jailed for six years.", "The man was jailed for six years yesterday.", 0.95, 1.0),
        ("The man was jailed for six years.", "Oil prices rose sharply in Asian trading.", 0.0, 0.05),
        ("", "Anything at all.", 0.0, 0.0),
    ],
)
def test_score_range(a, b, low, high):
    assert low <= sentence_score(a, b) <= high
    assert sentence_score(a, b) == pytest.approx(sentence_score(b, a))


def test_features_are_in_unit_range_and_named():
    assert list(SCORE_WEIGHTS)[1:] == list(FEATURES)
    f = features(
        sentence_words("He faces five counts".split()), sentence_words("He faces 5 counts today".split())
    )
    assert len(f) == len(FEATURES) and all(0.0 <= v <= 1.0 for v in f)
    assert dict(zip(FEATURES, f, strict=True))["numbers"] == 1.0  # "five" = "5"


def test_topical_words_leave_out_names_numbers_and_saying():
    w = sentence_words("Mr Smith told colleagues he saw 12 cuts".split())
    assert sorted(w.topical) == ["colleagues", "cuts", "saw"]
