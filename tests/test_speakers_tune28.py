"""Who speaks, the shapes round 28's tuning stories showed (``benchmarks/claims_tune28.md``, kinds
T1 - T7). Invented texts of the same shapes (other names, other words)."""

from __future__ import annotations

from pairs import speaker_rows

from corpus_tools.attribution.apposed_spouses import apposed_gender
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


# T2: "Roger Tagg, Tagg's husband, told the court": the husband, not the wife "Tagg"
_HUSBAND = (
    "Dale told the court she had not been drunk on the train.<\n"
    "She said she had drunk two glasses of wine.<\n"
    "Tom Dale, Dale's husband, of Mill Lane, Leeds, told the court his wife was a calm person.<\n"
    "Mr Dale said: ``She is not an angry woman.''<\n"
)


def test_a_husband_set_off_by_the_surname_is_not_the_wife():
    assert speaker_rows(_HUSBAND) == [["Dale", "person", 2], ["Tom Dale", "person", 2]]


def test_without_the_kin_word_the_full_name_joins_the_surname():
    text = _HUSBAND.replace(", Dale's husband,", "")
    assert speaker_rows(text) == [["Dale", "person", 3]]  # "She said" left unresolved either way


def test_apposed_gender_needs_the_surname_and_a_kin_word():
    text = "Dale told the court. Tom Dale, Dale's husband, said more. Ann Cole, Dale's friend, said."
    assert [apposed_gender(x, text) for x in ("Tom Dale", "Dale", "Ann Cole")] == ["m", "f", ""]
    son = "Tom Dale, Dale's son, said more."
    assert [apposed_gender(x, son) for x in ("Tom Dale", "Dale")] == ["m", ""]  # a son's parent: either
