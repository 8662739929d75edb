"""Round 35, branch rkind35 (#22): R kinds of TUNE_35 (``benchmarks/claims_tune35_r.md``), each on
invented text of the shape that showed it."""

from __future__ import annotations

import pytest
from pairs import pair, rules_alignment

from corpus_tools import extract_variants
from corpus_tools.reuse.derivation import body_words
from corpus_tools.reuse.derivation_words import novelty
from corpus_tools.reuse.party_tags import party_tag_known

WIRE = (
    "Republican Tom Vale of Oregon said the panel's bill was weak. "
    "Senate chairman Ann Rusk, a Kansas Democrat, said it would pass."
)


def _keys(text: str) -> set[str]:
    return {k for k, _, _ in body_words(text)}


def test_party_tags_of_named_party_and_state_are_no_names_of_its_own():
    """5561's shape: "Bill Frenzel, R-MI." for "Republican Bill Frenzel of Michigan"."""
    text = "Tom Vale, R-Ore., said the panel's bill was weak. "
    text += "Senate chairman Ann Rusk (D-KS) said it would pass."
    assert novelty(body_words(text), _keys(WIRE)) == (0, 0)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Tom Vale, D-Ore., said the panel's bill was weak.", 1),  # the party is not the source's
        ("Tom Vale, R-Wash., said the panel's bill was weak.", 1),  # nor is the state
        ("Tom Vale, R-Ore., said the panel's bill was weak.", 0),
    ],
)
def test_party_tag_stays_its_own_when_the_source_names_another_party_or_state(text, facts):
    wire = "Republican Tom Vale of Oregon said the panel's bill was weak."
    assert novelty(body_words(text), _keys(wire))[1] == facts


def test_party_tag_reads_only_an_initial_joined_to_a_state():
    ws = body_words("Ms D-Day and Jo Pim, R-Ohio, met in Dover.")
    src = {"republican", "ohio", "democrat"}
    keys = [w[0] for w in ws]
    assert [party_tag_known(ws, keys.index(k), src) for k in ("r", "ohio", "dover")] == [True, True, False]


SOURCE = (
    "Trade Minister Ola Brandt said the time has come for rich nations to act on tariffs. "
    "In Oslo, six nations agreed to cut their farm tariffs by half. "
    "Brandt would not say what steps rich nations would take, but said the steps were agreed in Oslo."
)
ECHO = (
    "Asked if rich nations were now talking about what steps to take, "
    "Brandt said they were not as steps were agreed in Oslo."
)


def _classes(version: str) -> list[tuple[str, tuple]]:
    a = rules_alignment(pair(SOURCE, version))
    return [(r.reuse_class, r.source_sent_ids) for r in a.itertuples()]


def test_a_sentence_echoing_a_source_sentence_copied_word_for_word_is_new():
    """8670's shape: the first take word for word, then a new answer in the take's words."""
    rows = _classes(f"{SOURCE} {ECHO}")
    assert [c for c, _ in rows[:3]] == ["verbatim"] * 3
    assert rows[3] == ("new", ())


def test_the_echo_of_a_sentence_not_copied_stays_aligned():
    # without the word-for-word copy of the third sentence the retelling is the text's taking
    rows = _classes(" ".join(SOURCE.split(". ")[:2]) + ". " + ECHO)
    assert rows[-1][0] != "new"
    assert rows[-1][1] == (2,)


def test_a_possessive_added_on_a_kept_word_is_no_quote_mark():
    """19981's shape: "Fox Tech Inc's Fox Lab unit" for "Fox Tech Inc ... its Fox Lab unit"."""
    corpus = pair(
        "Dana Systems Inc said it agreed with Fox Tech Inc to buy its Fox Lab unit for cash.",
        "Dana Systems Inc said it agreed to buy all the assets of Fox Tech Inc's Fox Lab unit for cash.",
    )
    v = extract_variants(corpus, alignment=rules_alignment(corpus))
    assert "quotation_or_apostrophe" not in set(v.category)
    assert "s" not in {f.strip() for f in v.form}
