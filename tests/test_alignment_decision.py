"""The fitted alignment decision (issue 24, round 7): one logistic model over the features each
sentence and its proposed source sentences show decides the sentences the rules call rewritten
or new; verbatim and near verbatim sentences are never its to decide."""

from __future__ import annotations

import math

import pytest
from pairs import pair

from corpus_tools import load_corpus
from corpus_tools.reuse.alignment import _aligned, align_sentences, body_sentences
from corpus_tools.reuse.decision import FEATURES, THRESHOLD, WEIGHTS, admissible, probability
from corpus_tools.reuse.matching import ReuseOptions

# an invented court wire story
WIRE = (
    "Counsel Ann Reed told the court the bakery owners had sold stale bread to three schools. "
    "She said the owners were warned twice by council inspectors last spring. "
    "The owners deny all the charges and will return to court in June."
)
VERSION = (
    "Counsel Ann Reed told the court the bakery owners had sold stale bread to three schools. "
    "Council inspectors had twice warned the owners, she said, but the bakery went on selling. "
    "A new cafe opened on the high street yesterday."
)
ZEROS = (0.0,) * len(WEIGHTS)


def test_the_shipped_model_has_one_weight_per_feature_and_a_probability_threshold():
    assert len(WEIGHTS) == len(FEATURES) + 1
    assert 0.0 < THRESHOLD < 1.0
    # more of the sentence's words held in its source, more likely reused
    x = [0.0] * len(FEATURES)
    lo, hi = probability(x), probability([1.0 if f == "held_share" else 0.0 for f in FEATURES])
    assert hi > lo


def test_the_features_of_a_rewritten_sentence_and_of_a_new_one():
    a, feats = _aligned(pair(WIRE, VERSION), "src", None, None, None, weights=ZEROS)
    assert a["reuse_class"].tolist() == ["verbatim", "rewritten", "new"]
    assert feats[0] == (None, False)  # a copy is not the model's to decide
    x = dict(zip(FEATURES, feats[1][0], strict=True))
    # 6 of its 9 evidence words ("council", "inspectors", "twice", "warned", "owners", "said")
    assert x["held_share"] == pytest.approx(6 / 9)
    assert x["n_fused"] == 1.0 and x["beside_words"] == 1.0
    assert x["doc_fixed_share"] == pytest.approx(1 / 3)
    assert feats[1][1] is True
    # the cafe sentence shares no word with the source: no proposal, the rules' "new" stands
    x, ok = feats[2]
    assert (x[:-3], ok) == ([0.0] * (len(FEATURES) - 3), False)
    # its text: 1 of 3 sentences copied, the mean share held (1, 6/9, 0), 3 sentences
    assert x[-3:] == pytest.approx([1 / 3, (1 + 6 / 9) / 3, math.log(4)])


def test_the_model_overrules_a_rewrite_but_never_a_copy():
    never = (-50.0, *ZEROS[1:])  # a model that calls nothing reused
    a, _ = _aligned(pair(WIRE, VERSION), "src", None, None, None, weights=never)
    assert a["reuse_class"].tolist() == ["verbatim", "new", "new"]
    always = (50.0, *ZEROS[1:])  # ... and one that calls everything with a proposal reused
    a, _ = _aligned(pair(WIRE, VERSION), "src", None, None, None, weights=always)
    assert a["reuse_class"].tolist() == ["verbatim", "rewritten", "new"]


@pytest.mark.parametrize(
    ("sentence", "expected"), [("The hearing continues.", False), (VERSION.split(". ")[1], True)]
)
def test_a_short_sentence_is_never_admitted_by_the_model(sentence, expected):
    t = body_sentences(pair(WIRE, sentence))["v"][0]
    assert admissible(t, ReuseOptions()) is expected


def test_the_seeds_keep_their_classes_with_the_fitted_decision():
    a = align_sentences(load_corpus("seeds"), source="001", options=ReuseOptions(fitted_decision=1))
    assert a.groupby("doc_id").reuse_class.value_counts().to_dict() == {
        ("000", "verbatim"): 6,
        ("000", "near_verbatim"): 5,
        ("000", "rewritten"): 1,
        ("002", "near_verbatim"): 13,
        ("002", "verbatim"): 7,
    }


def test_the_fitted_decision_is_off_by_default_and_leans_on_the_length_of_the_text():
    # a one-sentence text holding the source's names and "extradition" (METER pinochet's Sun:
    # "Pinochet's extradition is being fought by Spain." was no sentence of PA's): the rules leave
    # it new; the model, for which a short text's sentences are mostly reused, aligns it
    wire = (
        "Ortiz faces 12 charges of fraud. He says Ortiz can be extradited, but only for the extradition "
        "offences committed after the treaty of 1990, when the convention became binding on Ruritania."
    )
    corpus = pair(wire, "Ortiz's extradition is being fought by Ruritania.")
    assert align_sentences(corpus, source="src")["reuse_class"].tolist() == ["new"]
    fitted = align_sentences(corpus, source="src", options=ReuseOptions(fitted_decision=1))
    assert fitted["reuse_class"].tolist() == ["rewritten"]
