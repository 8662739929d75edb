"""Round 35, branch rkind35 (#22): R kinds of TUNE_35 (``benchmarks/claims_tune35_r.md``), each on
invented text of the shape that showed it."""

from __future__ import annotations

import pytest

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
