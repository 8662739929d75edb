"""Who speaks, the shapes round 28's tuning stories showed (``benchmarks/claims_tune28.md``, kinds
T1 - T7). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.disputing_bodies import disputing_body

# T1: "The X Police disputed that ... Afterwards, a spokesman said": the police's spokesman
_DISPUTED = (
    "Tom Dale, 41, said he was stopped four times by officers.<\n"
    "The Westshire Police disputed that the stops had taken place.<\n"
    "Afterwards, a spokesman said that the force would study the verdict.<\n"
)


def test_a_bare_spokesman_after_a_body_disputed_is_that_body():
    assert speaker_rows(_DISPUTED) == [["Tom Dale", "person", 1], ["Westshire Police", "organisation", 1]]


def test_a_bare_spokesman_after_a_person_disputed_stays_apart():
    text = _DISPUTED.replace("The Westshire Police disputed", "Ann Cole disputed")
    assert ["a spokesman", "anonymous", 1] in speaker_rows(text)


def test_without_the_body_before_him_the_spokesman_stays_apart():
    text = _DISPUTED.replace("The Westshire Police disputed that the stops had taken place.<\n", "")
    assert ["a spokesman", "anonymous", 1] in speaker_rows(text)


def test_disputing_body_reads_only_the_sentence_right_before_and_a_short_front():
    text = "The Acme Council denied it. Later that night, a spokesman said more."
    assert disputing_body("a spokesman", text, text.index("a spokesman")) == "Acme Council"
    far = "The Acme Council denied it. Tom Dale said more. Later, a spokesman said more."
    assert disputing_body("a spokesman", far, far.index("a spokesman")) == ""
    named = "The Acme Council denied it. A spokesman for Bolt Ltd said more."
    assert disputing_body("A spokesman for Bolt Ltd", named, named.index("A spokesman")) == ""
    mid = "The Acme Council denied it, and a spokesman said more."
    assert disputing_body("a spokesman", mid, mid.index("a spokesman")) == ""
